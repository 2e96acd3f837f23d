package org.agora.people;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One employee follows another: their posts reach the follower's home feed. */
@Entity
@Table(name = "employee_follow")
public class Follow {

    @Embeddable
    public record Key(@Column(name = "follower_id") Long followerId, @Column(name = "followed_id") Long followedId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected Follow() {
    }

    public Follow(long followerId, long followedId) {
        this.key = new Key(followerId, followedId);
        this.followedAt = Instant.now();
    }
}
