package org.agora.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agora.groups.CommunityGroup;
import org.agora.people.Employee;

/** Something an employee wrote, on their own profile or in a group. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Employee author;

    /** Null for a post on the author's profile, which everyone may read. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private CommunityGroup group;

    @Column(name = "body_html", nullable = false, length = 40000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 10000)
    private String bodyText;

    @Column(name = "body_source", length = 20000)
    private String bodySource;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PostKind kind = PostKind.DISCUSSION;

    /** For a question, the comment its asker accepted as the answer. */
    @Column(name = "accepted_comment_id")
    private Long acceptedCommentId;

    /** An announcement stays at the top of its feed until it is unpinned. */
    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "poll_multiple", nullable = false)
    private boolean pollMultiple;

    @Column(name = "poll_closes_at")
    private Instant pollClosesAt;

    /** Set when a moderator hid the post: it is kept, out of feeds and search, and its author sees why. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    /** When the author last changed the text; null if never. */
    @Column(name = "edited_at")
    private Instant editedAt;

    /** Colleagues the post mentions; each may be told once. */
    @ElementCollection
    @CollectionTable(name = "post_mention", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "employee_id")
    private Set<Long> mentionedIds = new HashSet<>();

    /** Canonical topics of the post's hashtags, shared with expertise tags. */
    @ElementCollection
    @CollectionTable(name = "post_hashtag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag")
    private Set<String> hashtags = new HashSet<>();

    /** Set for a post only a few may read, such as a recognition shared with the team: see {@code audience}. */
    @Column(nullable = false)
    private boolean restricted;

    /** For a restricted post, who reads it, as {@link Audience} names; the author always does. */
    @ElementCollection
    @CollectionTable(name = "post_audience", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "audience")
    private Set<String> audience = new HashSet<>();

    /** Images and documents, in the order the author added them. */
    @OneToMany(mappedBy = "post")
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected Post() {
    }

    public Post(Employee author, CommunityGroup group, PostBody body, Instant createdAt) {
        this.author = author;
        this.group = group;
        this.bodyHtml = body.html();
        this.bodyText = body.text();
        this.bodySource = body.source();
        this.createdAt = createdAt;
    }

    /** Makes the post a question, a poll or an announcement (pinned at once). */
    public void markAs(PostKind kind, boolean pollMultiple, Instant pollClosesAt) {
        this.kind = kind;
        this.pinned = kind == PostKind.ANNOUNCEMENT;
        this.pollMultiple = kind == PostKind.POLL && pollMultiple;
        this.pollClosesAt = kind == PostKind.POLL ? pollClosesAt : null;
    }

    /** Makes the post readable only by these audiences (and its author), whatever its group's rule. */
    public void restrictTo(Set<String> audiences) {
        this.restricted = true;
        this.audience.clear();
        this.audience.addAll(audiences);
        this.audience.add(Audience.employee(author.getId()));
    }

    public boolean isRestricted() {
        return restricted;
    }

    /** Who reads a restricted post; empty for any other. */
    public Set<String> getAudience() {
        return restricted ? Set.copyOf(audience) : Set.of();
    }

    /** Accepts one comment as the answer to this question, or none ({@code null}). */
    public void accept(Long commentId) {
        this.acceptedCommentId = commentId;
    }

    /** Hides the post from everyone but its author, with the moderator's reason. */
    public void hide(String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenReason = reason;
        this.pinned = false;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public void unpin() {
        this.pinned = false;
    }

    public boolean isPollOpen(Instant now) {
        return kind == PostKind.POLL && pollClosesAt != null && now.isBefore(pollClosesAt);
    }

    /**
     * Replaces the text, keeping the earlier wording as a revision.
     *
     * @return the revision that keeps what the post said until now
     */
    public PostRevision revise(PostBody body, Instant now) {
        PostRevision previous = new PostRevision(this, bodyHtml, editedAt == null ? createdAt : editedAt);
        this.bodyHtml = body.html();
        this.bodyText = body.text();
        this.bodySource = body.source();
        this.editedAt = now;
        return previous;
    }

    /** Records whom the post mentions and its topics; returns the colleagues mentioned for the first time. */
    public Set<Long> tag(Set<Long> mentioned, Set<String> topics) {
        Set<Long> newlyMentioned = new HashSet<>(mentioned);
        newlyMentioned.removeAll(mentionedIds);
        mentionedIds.clear();
        mentionedIds.addAll(mentioned);
        hashtags.clear();
        hashtags.addAll(topics);
        return newlyMentioned;
    }

    public boolean isWrittenBy(long employeeId) {
        return author.getId() == employeeId;
    }

    /**
     * Whether someone who belongs to {@code memberGroupIds} and to {@code personalAudiences} (see
     * {@link Audience#of}) may read it: profile posts and public groups are open, a restricted post is for its
     * audience, and a hidden post is for its author only.
     */
    public boolean isReadableBy(long employeeId, Set<Long> memberGroupIds, Set<String> personalAudiences) {
        if (hiddenAt != null) {
            return isWrittenBy(employeeId);
        }
        if (restricted && audience.stream().noneMatch(personalAudiences::contains)) {
            return false;
        }
        return group == null || group.isOpenToEveryone() || memberGroupIds.contains(group.getId());
    }

    /** The event that tells other capabilities (search, notifications) about this post as it now stands. */
    public PostPublished published() {
        return new PostPublished(id, version, author.getId(), author.getFullName(), author.getDepartment(),
                group == null ? null : group.getId(), group == null ? null : group.getName(),
                !restricted && (group == null || group.isOpenToEveryone()), bodyText, createdAt);
    }

    public Long getId() {
        return id;
    }

    public Employee getAuthor() {
        return author;
    }

    public CommunityGroup getGroup() {
        return group;
    }

    public PostBody getBody() {
        return PostBody.stored(bodyHtml, bodyText, bodySource);
    }

    public PostKind getKind() {
        return kind;
    }

    public Long getAcceptedCommentId() {
        return acceptedCommentId;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isPollMultiple() {
        return pollMultiple;
    }

    public Instant getPollClosesAt() {
        return pollClosesAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    /** Adds an upload of its author's to the post, after the files it already has. */
    public void attach(Attachment attachment) {
        attachment.attachTo(this, attachments.size());
        attachments.add(attachment);
    }

    public Set<String> getHashtags() {
        return Set.copyOf(hashtags);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
