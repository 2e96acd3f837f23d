package org.agora.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.liveqa.LiveSession;
import org.agora.liveqa.LiveSessionChanged;
import org.agora.liveqa.Question;
import org.agora.liveqa.QuestionVote;
import org.agora.liveqa.SessionDraft;
import org.agora.people.Employee;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chief executive's live Q&A sessions in the demo company: one finished last week, its questions voted on and
 * mostly answered (some asked anonymously), and one coming up next week. Loaded after the demo company, once: when
 * the demo is on, its chief executive exists and no session does.
 */
@Singleton
@Startup
@DependsOn("DemoCompany")
public class DemoLiveQa {

    private static final Logger LOG = Logger.getLogger(DemoLiveQa.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LiveSessionChanged> liveSessionChanged;

    @Inject
    @ConfigProperty(name = "agora.demo.enabled", defaultValue = "false")
    boolean enabled;

    private record Asked(String asker, boolean anonymous, String text, int votes, String answer) {
    }

    private static final List<Asked> FINISHED_QUESTIONS = List.of(
            new Asked("sam", false, "How will the new strategy change what engineering works on next year?", 41,
                    "Fewer, bigger bets: we will fund three platform teams for two years instead of a dozen short projects."),
            new Asked(null, true, "Are there going to be layoffs after the reorganisation?", 57,
                    "No. The reorganisation moves teams; it does not remove roles. I will say so in writing every quarter."),
            new Asked("tomas", false, "Can we get a clearer career path for community and support roles?", 23,
                    "Yes: HR publishes the new career framework in January, with support and community tracks."),
            new Asked(null, true, "Why did the bonus pool shrink this year when revenue grew?", 35,
                    "Revenue grew, margins did not. Next year the pool is tied to margin, and the formula will be public."),
            new Asked("priya", false, "What are we doing to keep hybrid work fair for people who are rarely in the office?", 18,
                    "Every meeting with a remote attendee runs as if everyone were remote. Managers are measured on it."),
            new Asked("marcus", false, "Will we open an engineering hub in Latin America?", 12, null),
            new Asked(null, true, "How do you decide which products get sunset?", 9,
                    "Usage, cost to run and fit with the strategy, reviewed twice a year; we will share the list earlier."),
            new Asked("sam", false, "Could the next all-hands be at a time that works for Asia-Pacific?", 6, null));

    @PostConstruct
    void loadOnce() {
        if (!enabled || em.createQuery("select count(s) from LiveSession s", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Employee> employees = new HashMap<>();
        em.createQuery("select a.username, a.employee from Account a", Object[].class)
                .getResultStream().forEach(row -> employees.put((String) row[0], (Employee) row[1]));
        if (!employees.keySet().containsAll(List.of(DemoCompanyGenerator.CHIEF_EXECUTIVE, "sam", "tomas", "priya", "marcus"))) {
            return; // not the demo company
        }
        List<Long> sessions = persist(employees, Instant.now());
        sessions.forEach(id -> liveSessionChanged.fire(new LiveSessionChanged(id)));
        LOG.info(() -> "Demo live Q&A sessions loaded: " + sessions.size());
    }

    /** Persists the sessions; the ids of those search should hold. */
    private List<Long> persist(Map<String, Employee> employees, Instant now) {
        Employee host = employees.get(DemoCompanyGenerator.CHIEF_EXECUTIVE);
        Instant finishedStart = now.minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        LiveSession finished = new LiveSession(host, new SessionDraft("Ask me anything: our strategy for next year",
                "An hour with Helena on the strategy, the reorganisation and what it means for each of us. "
                        + "Anonymous questions welcome.",
                finishedStart, finishedStart.plus(Duration.ofHours(1)), null, null, false, true),
                finishedStart.minus(3, ChronoUnit.DAYS));
        em.persist(finished);
        List<Employee> voters = new ArrayList<>(employees.values());
        voters.sort(Comparator.comparing(Employee::getEmployeeNumber));
        List<Employee> anonymousAskers = voters.subList(voters.size() - 3, voters.size());
        int anonymousAsked = 0;
        Instant askedAt = finishedStart.minus(Duration.ofHours(2));
        for (Asked asked : FINISHED_QUESTIONS) {
            Employee asker = asked.anonymous() ? anonymousAskers.get(anonymousAsked++) : employees.get(asked.asker());
            askedAt = askedAt.plus(Duration.ofMinutes(7));
            Question question = new Question(finished, asker, asked.anonymous(), asked.text(), askedAt);
            em.persist(question);
            int votes = 0;
            for (Employee voter : voters) {
                if (votes == asked.votes()) {
                    break;
                }
                if (!voter.getId().equals(asker.getId())) {
                    em.persist(new QuestionVote(question.getId(), voter.getId(), askedAt.plus(Duration.ofMinutes(votes))));
                    votes++;
                }
            }
            question.recountVotes(votes);
            if (asked.answer() != null) {
                question.answered(asked.answer(), finishedStart.plus(Duration.ofMinutes(5L * (anonymousAsked + votes % 9))));
            }
        }
        Instant upcomingStart = now.plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        LiveSession upcoming = new LiveSession(host, new SessionDraft("Quarterly results: your questions",
                "Helena and the leadership team on the quarter's results. Questions are approved by the community "
                        + "team before they appear; ask anonymously if you prefer.",
                upcomingStart, upcomingStart.plus(Duration.ofMinutes(45)), null, null, true, true), now);
        em.persist(upcoming);
        return List.of(finished.getId(), upcoming.getId());
    }
}
