package org.agora.feed;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One employee's reaction to one post; reacting again changes its kind. */
@Entity
@Table(name = "post_reaction")
public class Reaction {

    @Embeddable
    public record Key(@Column(name = "post_id") Long postId, @Column(name = "employee_id") Long employeeId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReactionKind kind;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected Reaction() {
    }

    public Reaction(long postId, long employeeId, ReactionKind kind) {
        this.key = new Key(postId, employeeId);
        change(kind);
    }

    public void change(ReactionKind kind) {
        this.kind = kind;
        this.reactedAt = Instant.now();
    }
}
