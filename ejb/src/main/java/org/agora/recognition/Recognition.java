package org.agora.recognition;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.agora.feed.Audience;
import org.agora.feed.Post;
import org.agora.people.Employee;

/**
 * Colleagues recognised with a badge, or a milestone the company celebrates. It is a post of kind RECOGNITION (whose
 * body is the giver's message, with the feed's comments and reactions) and shares that post's id.
 */
@Entity
@Table(name = "recognition")
public class Recognition {

    @Id
    @Column(name = "post_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RecognitionKind kind;

    /** Null for a milestone. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "badge_id")
    private Badge badge;

    /** Null for a milestone. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "giver_id")
    private Employee giver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RecognitionVisibility visibility;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "recognition_recipient", joinColumns = @JoinColumn(name = "recognition_id"))
    private Set<Recipient> recipients = new HashSet<>();

    protected Recognition() {
    }

    private Recognition(Post post, RecognitionKind kind, Badge badge, Employee giver, RecognitionVisibility visibility,
                        Set<Employee> recipients) {
        this.post = post;
        this.kind = kind;
        this.badge = badge;
        this.giver = giver;
        this.visibility = visibility;
        this.createdAt = post.getCreatedAt();
        recipients.forEach(recipient -> this.recipients.add(
                new Recipient(recipient.getId(), recipient.getDepartment(), createdAt)));
    }

    public static Recognition withBadge(Post post, Badge badge, Employee giver, RecognitionVisibility visibility,
                                        Set<Employee> recipients) {
        return new Recognition(post, RecognitionKind.BADGE, badge, giver, visibility, recipients);
    }

    public static Recognition milestone(Post post, RecognitionKind kind, Employee celebrated) {
        return new Recognition(post, kind, null, null, RecognitionVisibility.COMPANY, Set.of(celebrated));
    }

    /** Who reads a recognition shared with the team: the people recognised, their managers and their departments. */
    public static Set<String> teamOf(Set<Employee> recipients) {
        Set<String> audience = new HashSet<>();
        for (Employee recipient : recipients) {
            audience.addAll(Audience.of(recipient.getId(), recipient.getDepartment()));
            if (recipient.getManager() != null) {
                audience.add(Audience.employee(recipient.getManager().getId()));
            }
        }
        return audience;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public RecognitionKind getKind() {
        return kind;
    }

    public Badge getBadge() {
        return badge;
    }

    public Employee getGiver() {
        return giver;
    }

    public RecognitionVisibility getVisibility() {
        return visibility;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Recipient> getRecipients() {
        return Set.copyOf(recipients);
    }
}
