package org.agora.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.agora.people.Employee;

/** A comment on a post, or a reply to one ({@code parent}); replies go one level deep. */
@Entity
@Table(name = "post_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_comment_seq")
    @SequenceGenerator(name = "post_comment_seq", sequenceName = "post_comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Comment parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Employee author;

    @Column(name = "body_html", nullable = false, length = 40000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 10000)
    private String bodyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when a moderator hid the comment: kept, shown to its author only, with the reason. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    protected Comment() {
    }

    public Comment(Post post, Comment parent, Employee author, PostBody body, Instant createdAt) {
        this.post = post;
        this.parent = parent;
        this.author = author;
        this.bodyHtml = body.html();
        this.bodyText = body.text();
        this.createdAt = createdAt;
    }

    public void hide(String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenReason = reason;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Comment getParent() {
        return parent;
    }

    public Employee getAuthor() {
        return author;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
