package org.agora.recognition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.feed.PostPublished;
import org.agora.people.Employee;
import org.agora.recognition.Recognition;
import org.agora.recognition.RecognitionKind;

/**
 * Posts each day's work anniversaries and welcomes from the employees' hire dates, once each. The job locks the
 * milestone settings first, so a second node (or a second run) waits, then finds the milestones already recorded.
 * The posts are the celebrated employee's own, on their profile, where colleagues congratulate them.
 */
@Stateless
@PermitAll
public class MilestonePosts {

    private static final Logger LOG = Logger.getLogger(MilestonePosts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PostPublished> postPublished;

    @Schedule(hour = "6", minute = "5", persistent = false)
    void daily() {
        int posted = postFor(LocalDate.now());
        LOG.info(() -> "Posted " + posted + " milestones");
    }

    /** Posts the milestones of {@code day} not posted yet; returns how many. */
    public int postFor(LocalDate day) {
        List<?> settings = em.createNativeQuery("select kind, enabled from milestone_setting order by kind for update")
                .getResultList();
        int posted = 0;
        for (Object row : settings) {
            Object[] columns = (Object[]) row;
            if (Boolean.TRUE.equals(columns[1])) {
                RecognitionKind kind = RecognitionKind.valueOf((String) columns[0]);
                for (Employee employee : due(kind, day)) {
                    if (post(kind, employee, day)) {
                        posted++;
                    }
                }
            }
        }
        return posted;
    }

    /** Anniversaries fall on the hire date's day; someone hired on 29 February celebrates on the 28th in other years. */
    private List<Employee> due(RecognitionKind kind, LocalDate day) {
        if (kind == RecognitionKind.WELCOME) {
            return em.createQuery("select e from Employee e where e.active = true and e.hireDate = :day", Employee.class)
                    .setParameter("day", day).getResultList();
        }
        boolean leapDayToo = MonthDay.from(day).equals(MonthDay.of(2, 28)) && !day.isLeapYear();
        return em.createQuery("""
                        select e from Employee e where e.active = true and e.hireDate < :yearAgo
                        and extract(month from e.hireDate) = :month
                        and (extract(day from e.hireDate) = :day or :leapDayToo = true and extract(day from e.hireDate) = 29)""",
                        Employee.class)
                .setParameter("yearAgo", day.minusYears(1).plusDays(1))
                .setParameter("month", day.getMonthValue())
                .setParameter("day", day.getDayOfMonth())
                .setParameter("leapDayToo", leapDayToo)
                .getResultList();
    }

    private boolean post(RecognitionKind kind, Employee employee, LocalDate day) {
        boolean posted = ((Number) em.createNativeQuery("""
                        select count(*) from milestone where kind = ?1 and employee_id = ?2 and occasion_year = ?3""")
                .setParameter(1, kind.name()).setParameter(2, employee.getId()).setParameter(3, day.getYear())
                .getSingleResult()).longValue() > 0;
        if (posted) {
            return false;
        }
        Post post = new Post(employee, null, PostBody.fromUserInput(text(kind, employee, day)),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        post.markAs(PostKind.RECOGNITION, false, null);
        em.persist(post);
        em.persist(Recognition.milestone(post, kind, employee));
        em.createNativeQuery("""
                        insert into milestone (kind, employee_id, occasion_year, post_id) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, kind.name()).setParameter(2, employee.getId()).setParameter(3, day.getYear())
                .setParameter(4, post.getId())
                .executeUpdate();
        postPublished.fire(post.published());
        return true;
    }

    private static String text(RecognitionKind kind, Employee employee, LocalDate day) {
        if (kind == RecognitionKind.WELCOME) {
            String role = employee.getTitle() == null ? "" : " as " + employee.getTitle();
            String team = employee.getDepartment() == null ? "" : " in " + employee.getDepartment();
            return "Joined the company today" + role + team + ". Say hello and make them feel welcome!";
        }
        int years = day.getYear() - employee.getHireDate().getYear();
        return "Celebrating " + years + (years == 1 ? " year" : " years") + " with the company today.";
    }
}
