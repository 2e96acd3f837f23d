package org.agora.liveqa;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An employee's upvote of a question; the key makes it one per employee and question. */
@Entity
@Table(name = "qa_vote")
public class QuestionVote {

    @Embeddable
    public record Key(@Column(name = "question_id") Long questionId, @Column(name = "voter_id") Long voterId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected QuestionVote() {
    }

    public QuestionVote(long questionId, long voterId, Instant votedAt) {
        this.key = new Key(questionId, voterId);
        this.votedAt = votedAt;
    }

    public Key getKey() {
        return key;
    }
}
