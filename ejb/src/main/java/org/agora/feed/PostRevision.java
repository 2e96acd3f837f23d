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

/** What a post said before its author edited it, kept so readers can see what changed. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Column(name = "body_html", nullable = false, length = 40000)
    private String bodyHtml;

    /** When this wording was written: the post's creation, or the edit that produced it. */
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PostRevision() {
    }

    PostRevision(Post post, String bodyHtml, Instant writtenAt) {
        this.post = post;
        this.bodyHtml = bodyHtml;
        this.writtenAt = writtenAt;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
