package org.agora.feed;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An employee's vote for one option of a poll. */
@Entity
@Table(name = "poll_vote")
public class PollVote {

    @Embeddable
    public record Key(@Column(name = "option_id") Long optionId, @Column(name = "employee_id") Long employeeId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected PollVote() {
    }

    public PollVote(PollOption option, long employeeId, Instant votedAt) {
        this.key = new Key(option.getId(), employeeId);
        this.postId = option.getPost().getId();
        this.votedAt = votedAt;
    }
}
