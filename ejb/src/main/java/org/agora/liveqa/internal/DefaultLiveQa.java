package org.agora.liveqa.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.liveqa.LiveQa;
import org.agora.liveqa.LiveSession;
import org.agora.liveqa.LiveSessionChanged;
import org.agora.liveqa.Question;
import org.agora.liveqa.QuestionState;
import org.agora.liveqa.QuestionView;
import org.agora.liveqa.QuestionVote;
import org.agora.liveqa.QueueChanged;
import org.agora.liveqa.SessionDraft;
import org.agora.liveqa.SessionEvent;
import org.agora.liveqa.SessionQueue;
import org.agora.liveqa.SessionStatus;
import org.agora.liveqa.SessionView;
import org.agora.people.Employee;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;

/**
 * Changes a session's queue one at a time: every change locks the session row, takes the session's next change
 * number and records the change as the message open pages receive, in the same transaction. Votes are checked
 * under that lock, and the primary key of {@code qa_vote} is the backstop.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultLiveQa implements LiveQa {

    private static final int MAX_LIST = 200;

    /** The queue's order: the question answered now, those waiting for approval, open ones, answered, the rest. */
    static final Comparator<QuestionView> QUEUE_ORDER = Comparator
            .comparingInt((QuestionView q) -> rank(q.state()))
            .thenComparing((a, b) -> a.state() == QuestionState.ANSWERED && b.state() == QuestionState.ANSWERED
                    ? compareNullsLast(b.answeredAt(), a.answeredAt()) : 0)
            .thenComparing(Comparator.comparingInt(QuestionView::votes).reversed())
            .thenComparing(QuestionView::askedAt)
            .thenComparingLong(QuestionView::id);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Resource
    SessionContext context;

    @Inject
    AuditLog audit;

    @Inject
    Event<QueueChanged> queueChanged;

    @Inject
    Event<LiveSessionChanged> sessionChanged;

    @Override
    public SessionView schedule(SessionDraft draft) {
        if (!context.isCallerInRole(Role.EXECUTIVE_ROLE)) {
            throw new NotAllowedException("Only executives schedule live Q&A sessions.");
        }
        validate(draft);
        LiveSession session = new LiveSession(currentEmployee.get(), draft, Instant.now());
        em.persist(session);
        em.flush();
        sessionChanged.fire(new LiveSessionChanged(session.getId()));
        return view(session, 0, Instant.now());
    }

    @Override
    public List<SessionView> sessions(SessionStatus status, int max) {
        Instant now = Instant.now();
        String where = switch (status) {
            case UPCOMING -> "s.startsAt > :now order by s.startsAt, s.id";
            case LIVE -> "s.startsAt <= :now and s.endsAt > :now order by s.startsAt, s.id";
            case FINISHED -> "s.endsAt <= :now order by s.endsAt desc, s.id desc";
        };
        List<LiveSession> sessions = em.createQuery("select s from LiveSession s join fetch s.host where " + where,
                        LiveSession.class)
                .setParameter("now", now)
                .setMaxResults(Math.max(1, Math.min(max, MAX_LIST)))
                .getResultList();
        return views(sessions, now);
    }

    @Override
    public List<SessionView> hostedBy(long hostId) {
        List<LiveSession> sessions = em.createQuery("""
                        select s from LiveSession s join fetch s.host
                        where s.host.id = :host order by s.startsAt desc, s.id desc""", LiveSession.class)
                .setParameter("host", hostId)
                .setMaxResults(MAX_LIST)
                .getResultList();
        return views(sessions, Instant.now());
    }

    @Override
    public SessionQueue session(long sessionId) {
        LiveSession session = find(sessionId);
        Instant now = Instant.now();
        long me = currentEmployee.id();
        boolean moderating = isModerator(session);
        Set<Long> myVotes = new HashSet<>(em.createQuery("""
                        select v.key.questionId from QuestionVote v, Question q
                        where q.id = v.key.questionId and q.session.id = :session and v.key.voterId = :me""", Long.class)
                .setParameter("session", sessionId)
                .setParameter("me", me)
                .getResultList());
        List<QuestionView> questions = new ArrayList<>();
        long shown = 0;
        for (Question question : questionsOf(sessionId)) {
            if (question.getState().isPublic()) {
                shown++;
            }
            if (visible(question, moderating, me)) {
                questions.add(view(question, me, myVotes.contains(question.getId())));
            }
        }
        questions.sort(QUEUE_ORDER);
        return new SessionQueue(view(session, shown, now), questions, session.getLastSeq(), moderating,
                session.isHostedBy(me), session.statusAt(now) != SessionStatus.FINISHED);
    }

    @Override
    public QuestionView ask(long sessionId, String text, boolean anonymous) {
        LiveSession session = lock(sessionId);
        Instant now = Instant.now();
        if (session.statusAt(now) == SessionStatus.FINISHED) {
            throw new InvalidInputException("This session has ended; it takes no more questions.");
        }
        String question = text == null ? "" : text.strip();
        if (question.isEmpty()) {
            throw new InvalidInputException("Write your question first.");
        }
        if (question.length() > Question.MAX_TEXT) {
            throw new InvalidInputException("A question takes at most " + Question.MAX_TEXT + " characters.");
        }
        if (anonymous && !session.isAnonymousAllowed()) {
            throw new InvalidInputException("This session does not take anonymous questions.");
        }
        Employee asker = currentEmployee.get();
        Question asked = new Question(session, asker, anonymous, question, now);
        em.persist(asked);
        if (anonymous) {
            // the only place the asker of an anonymous question is shown
            audit.record(AuditAction.ANONYMOUS_QUESTION_ASKED, "live Q&A question " + asked.getId(),
                    "Asked by " + asker.getFullName() + " (employee " + asker.getId() + ") in session " + sessionId);
        }
        changed(session, List.of(asked), true);
        return view(asked, asker.getId(), false);
    }

    @Override
    public QuestionView upvote(long questionId) {
        LiveSession session = lock(sessionOf(questionId));
        Question question = em.find(Question.class, questionId);
        long me = currentEmployee.id();
        if (!visible(question, isModerator(session), me)) {
            throw new NotFoundException("No question " + questionId + ".");
        }
        if (question.isAskedBy(me)) {
            throw new InvalidInputException("You cannot upvote your own question.");
        }
        if (question.getState() != QuestionState.OPEN && question.getState() != QuestionState.ANSWERING) {
            throw new InvalidInputException("Only questions in the queue take votes.");
        }
        if (session.statusAt(Instant.now()) == SessionStatus.FINISHED) {
            throw new InvalidInputException("This session has ended; its questions take no more votes.");
        }
        if (em.find(QuestionVote.class, new QuestionVote.Key(questionId, me)) == null) {
            em.persist(new QuestionVote(questionId, me, Instant.now()));
            em.flush();
            question.recountVotes(question.getVotes() + 1);
            changed(session, List.of(question), false);
        }
        return view(question, me, true);
    }

    @Override
    public QuestionView approve(long questionId) {
        Question question = moderated(questionId);
        if (question.getState() != QuestionState.PENDING) {
            throw new InvalidInputException("Only a question waiting for approval can be approved.");
        }
        question.approve();
        changed(question.getSession(), List.of(question), true);
        return view(question);
    }

    @Override
    public QuestionView merge(long duplicateId, long targetId) {
        if (duplicateId == targetId) {
            throw new InvalidInputException("A question cannot be merged into itself.");
        }
        Question duplicate = moderated(duplicateId);
        Question target = em.find(Question.class, targetId);
        if (target == null || !target.getSession().getId().equals(duplicate.getSession().getId())) {
            throw new InvalidInputException("Merge into a question of the same session.");
        }
        if (!isActive(duplicate.getState()) || !isActive(target.getState())) {
            throw new InvalidInputException("Only questions waiting or in the queue can be merged.");
        }
        // each voter counts once on the target, however many of the two questions they upvoted
        List<Long> voters = em.createQuery("""
                        select v.key.voterId from QuestionVote v where v.key.questionId = :duplicate
                        and v.key.voterId <> :targetAsker and v.key.voterId not in
                            (select w.key.voterId from QuestionVote w where w.key.questionId = :target)""", Long.class)
                .setParameter("duplicate", duplicateId)
                .setParameter("target", targetId)
                .setParameter("targetAsker", target.getAsker().getId())
                .getResultList();
        Instant now = Instant.now();
        voters.forEach(voter -> em.persist(new QuestionVote(targetId, voter, now)));
        em.createQuery("delete from QuestionVote v where v.key.questionId = :duplicate")
                .setParameter("duplicate", duplicateId)
                .executeUpdate();
        em.flush();
        target.recountVotes(em.createQuery("select count(v) from QuestionVote v where v.key.questionId = :target",
                        Long.class)
                .setParameter("target", targetId)
                .getSingleResult().intValue());
        duplicate.recountVotes(0);
        duplicate.mergeInto(target);
        changed(duplicate.getSession(), List.of(duplicate, target), true);
        return view(target);
    }

    @Override
    public QuestionView dismiss(long questionId) {
        Question question = moderated(questionId);
        if (!isActive(question.getState())) {
            throw new InvalidInputException("This question is already out of the queue.");
        }
        question.dismiss();
        changed(question.getSession(), List.of(question), true);
        return view(question);
    }

    @Override
    public QuestionView answering(long questionId) {
        Question question = hosted(questionId);
        if (question.getState() != QuestionState.OPEN) {
            throw new InvalidInputException("Only a question in the queue can be answered now.");
        }
        List<Question> changedQuestions = new ArrayList<>();
        em.createQuery("select q from Question q where q.session.id = :session and q.state = :answering", Question.class)
                .setParameter("session", question.getSession().getId())
                .setParameter("answering", QuestionState.ANSWERING)
                .getResultList()
                .forEach(previous -> {
                    previous.reopen();
                    changedQuestions.add(previous);
                });
        question.answerNow();
        changedQuestions.add(question);
        changed(question.getSession(), changedQuestions, false);
        return view(question);
    }

    @Override
    public QuestionView answered(long questionId, String answer) {
        Question question = hosted(questionId);
        if (question.getState() != QuestionState.OPEN && question.getState() != QuestionState.ANSWERING) {
            throw new InvalidInputException("Only a question in the queue can be marked answered.");
        }
        if (answer != null && answer.strip().length() > Question.MAX_ANSWER) {
            throw new InvalidInputException("An answer takes at most " + Question.MAX_ANSWER + " characters.");
        }
        question.answered(answer, Instant.now());
        changed(question.getSession(), List.of(question), true);
        return view(question);
    }

    private static void validate(SessionDraft draft) {
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("Give the session a title.");
        }
        if (draft.title().strip().length() > LiveSession.MAX_TITLE) {
            throw new InvalidInputException("A title takes at most " + LiveSession.MAX_TITLE + " characters.");
        }
        if (draft.description() != null && draft.description().strip().length() > LiveSession.MAX_DESCRIPTION) {
            throw new InvalidInputException("A description takes at most " + LiveSession.MAX_DESCRIPTION + " characters.");
        }
        if (draft.startsAt() == null || draft.endsAt() == null) {
            throw new InvalidInputException("Say when the session starts and ends.");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new InvalidInputException("The session must end after it starts.");
        }
        if (draft.streamUrl() != null && !draft.streamUrl().isBlank()) {
            String url = draft.streamUrl().strip();
            if (url.length() > LiveSession.MAX_URL) {
                throw new InvalidInputException("A stream address takes at most " + LiveSession.MAX_URL + " characters.");
            }
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new InvalidInputException("The stream address must be an http or https address.");
                }
            } catch (URISyntaxException e) {
                throw new InvalidInputException("The stream address must be an http or https address.");
            }
        }
    }

    private LiveSession find(long sessionId) {
        LiveSession session = em.find(LiveSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("No live Q&A session " + sessionId + ".");
        }
        return session;
    }

    /** The session, locked until the transaction ends: its changes happen one at a time, in number order. */
    private LiveSession lock(long sessionId) {
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("No live Q&A session " + sessionId + ".");
        }
        return session;
    }

    /** Read before the lock without loading the question, so the question is loaded as the lock holder left it. */
    private long sessionOf(long questionId) {
        return em.createQuery("select q.session.id from Question q where q.id = :id", Long.class)
                .setParameter("id", questionId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No question " + questionId + "."));
    }

    private Question moderated(long questionId) {
        LiveSession session = lock(sessionOf(questionId));
        if (!isModerator(session)) {
            throw new NotAllowedException("Only the host and moderators approve, merge or dismiss questions.");
        }
        return em.find(Question.class, questionId);
    }

    private Question hosted(long questionId) {
        LiveSession session = lock(sessionOf(questionId));
        if (!session.isHostedBy(currentEmployee.id())) {
            throw new NotAllowedException("Only the host of the session answers its questions.");
        }
        return em.find(Question.class, questionId);
    }

    private boolean isModerator(LiveSession session) {
        return session.isHostedBy(currentEmployee.id()) || context.isCallerInRole(Role.MODERATOR_ROLE)
               || context.isCallerInRole(Role.ADMIN_ROLE);
    }

    private static boolean visible(Question question, boolean moderating, long me) {
        if (question == null) {
            return false;
        }
        return question.getState().isPublic() || moderating
               || question.getState() == QuestionState.PENDING && question.isAskedBy(me);
    }

    private static boolean isActive(QuestionState state) {
        return state == QuestionState.PENDING || state == QuestionState.OPEN || state == QuestionState.ANSWERING;
    }

    private List<Question> questionsOf(long sessionId) {
        return em.createQuery("select q from Question q join fetch q.asker where q.session.id = :session",
                        Question.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    /** Numbers the change, records its messages and announces it; pages hear of it once it has committed. */
    private void changed(LiveSession session, List<Question> questions, boolean searchable) {
        em.flush();
        long seq = session.nextSeq();
        String payload = QueueMessages.message(session.getId(), seq, questions, false);
        String moderatorPayload = QueueMessages.message(session.getId(), seq, questions, true);
        SessionEvent event = new SessionEvent(session.getId(), seq, payload, moderatorPayload, Instant.now());
        em.persist(event);
        queueChanged.fire(new QueueChanged(session.getId(), seq, payload, event.getModeratorPayload()));
        if (searchable) {
            sessionChanged.fire(new LiveSessionChanged(session.getId()));
        }
    }

    private QuestionView view(Question question) {
        long me = currentEmployee.id();
        boolean voted = em.find(QuestionVote.class, new QuestionVote.Key(question.getId(), me)) != null;
        return view(question, me, voted);
    }

    static QuestionView view(Question q, long me, boolean votedByMe) {
        return new QuestionView(q.getId(), q.getSession().getId(), q.getText(), q.getState(), q.getVotes(),
                q.isAnonymous(), q.isAnonymous() ? null : q.getAsker().getId(),
                q.isAnonymous() ? QuestionView.ANONYMOUS : q.getAsker().getFullName(), q.getAskedAt(),
                q.getAnswerText(), q.getAnsweredAt(), q.getMergedIntoId(), q.isAskedBy(me), votedByMe);
    }

    private List<SessionView> views(List<LiveSession> sessions, Instant now) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select q.session.id, count(q) from Question q
                        where q.session.id in :ids and q.state in :shown group by q.session.id""", Object[].class)
                .setParameter("ids", sessions.stream().map(LiveSession::getId).toList())
                .setParameter("shown", List.of(QuestionState.OPEN, QuestionState.ANSWERING, QuestionState.ANSWERED))
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return sessions.stream().map(session -> view(session, counts.getOrDefault(session.getId(), 0L), now)).toList();
    }

    static SessionView view(LiveSession s, long questions, Instant now) {
        Employee host = s.getHost();
        return new SessionView(s.getId(), s.getTitle(), s.getDescription(), s.getStartsAt(), s.getEndsAt(),
                s.statusAt(now), host.getId(), host.getFullName(), host.getTitle(), host.initials(), s.getVideoId(),
                s.getStreamUrl(), s.isModerated(), s.isAnonymousAllowed(), questions);
    }

    private static int rank(QuestionState state) {
        return switch (state) {
            case ANSWERING -> 0;
            case PENDING -> 1;
            case OPEN -> 2;
            case ANSWERED -> 3;
            case MERGED, DISMISSED -> 4;
        };
    }

    private static int compareNullsLast(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
