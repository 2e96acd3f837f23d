package org.agora.liveqa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.agora.people.Employee;

/**
 * A question asked in a live session. The asker of an anonymous question is kept for the audit trail only: views of
 * the question leave it out.
 */
@Entity
@Table(name = "qa_question")
public class Question {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_ANSWER = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_question_seq")
    @SequenceGenerator(name = "qa_question_seq", sequenceName = "qa_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private LiveSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asker_id", nullable = false)
    private Employee asker;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuestionState state;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(nullable = false)
    private int votes;

    @Column(name = "answer_text", length = MAX_ANSWER)
    private String answerText;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Question() {
    }

    public Question(LiveSession session, Employee asker, boolean anonymous, String text, Instant askedAt) {
        this.session = session;
        this.asker = asker;
        this.anonymous = anonymous;
        this.text = text;
        this.state = session.isModerated() ? QuestionState.PENDING : QuestionState.OPEN;
        this.askedAt = askedAt;
    }

    public void approve() {
        state = QuestionState.OPEN;
    }

    public void dismiss() {
        state = QuestionState.DISMISSED;
    }

    /** Becomes a duplicate of {@code target}; the votes are moved by the caller, who knows the voters. */
    public void mergeInto(Question target) {
        state = QuestionState.MERGED;
        mergedIntoId = target.getId();
    }

    public void answerNow() {
        state = QuestionState.ANSWERING;
    }

    /** Back in the queue, when the host turns to another question before answering this one. */
    public void reopen() {
        state = QuestionState.OPEN;
    }

    public void answered(String answer, Instant at) {
        state = QuestionState.ANSWERED;
        answerText = answer == null || answer.isBlank() ? null : answer.strip();
        answeredAt = at;
    }

    public void recountVotes(int votes) {
        this.votes = votes;
    }

    public boolean isAskedBy(long employeeId) {
        return asker.getId() == employeeId;
    }

    public Long getId() {
        return id;
    }

    public LiveSession getSession() {
        return session;
    }

    /** Only for the audit trail and for the asker's own view; never for showing who asked an anonymous question. */
    public Employee getAsker() {
        return asker;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getText() {
        return text;
    }

    public QuestionState getState() {
        return state;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public int getVotes() {
        return votes;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
