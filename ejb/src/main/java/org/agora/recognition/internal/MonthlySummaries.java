package org.agora.recognition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.PostDeleted;

/**
 * Summaries of whole past months for HR's statistics: what a month counted by company value, department, giver and
 * person recognised, written once by {@code insert ... select} and then read instead of the month's recognitions. A
 * nightly job summarises the months that closed, so HR never waits for it; a deleted recognition drops its month's
 * summary, to be written again.
 */
@Stateless
@PermitAll
public class MonthlySummaries {

    /** Statistics reach at most this far back, so the job summarises no further. */
    static final int MONTHS_KEPT = 14;
    private static final Logger LOG = Logger.getLogger(MonthlySummaries.class.getName());
    /** Recipient rows {@code x} of badges: milestones (no badge) are the few to leave out. */
    static final String NOT_MILESTONE =
            " and not exists (select 1 from recognition m where m.post_id = x.recognition_id and m.badge_id is null) ";

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "2", minute = "20", persistent = false)
    void nightly() {
        YearMonth current = YearMonth.now();
        List<YearMonth> closed = new ArrayList<>();
        for (int back = 1; back <= MONTHS_KEPT; back++) {
            closed.add(current.minusMonths(back));
        }
        int written = ensure(closed);
        LOG.info(() -> "Recognition summaries written for " + written + " months");
    }

    /** Writes the summaries of those months that have none yet; returns how many it wrote. */
    public int ensure(List<YearMonth> months) {
        if (missing(months).isEmpty()) {
            return 0;
        }
        // one writer at a time; whoever waited finds the months already written
        em.createNativeQuery("select id from recognition_summary_lock where id = 1 for update").getResultList();
        List<YearMonth> missing = missing(months);
        for (YearMonth month : missing) {
            summarise(month);
        }
        return missing.size();
    }

    private List<YearMonth> missing(List<YearMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        Set<LocalDate> done = new HashSet<>();
        for (Object day : em.createNativeQuery("select month_start from recognition_summarised_month where month_start in (?1)")
                .setParameter(1, months.stream().map(month -> month.atDay(1)).toList()).getResultList()) {
            done.add(day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day);
        }
        return months.stream().filter(month -> !done.contains(month.atDay(1))).toList();
    }

    private void summarise(YearMonth month) {
        LocalDate first = month.atDay(1);
        Timestamp start = start(month);
        Timestamp end = start(month.plusMonths(1));
        insert("""
                insert into recognition_summary (month_start, dimension, label, tally)
                select ?1, 'VALUE', b.company_value, count(*) from recognition r join badge b on b.id = r.badge_id
                where r.created_at >= ?2 and r.created_at < ?3 group by b.company_value""", first, start, end);
        insert("""
                insert into recognition_summary (month_start, dimension, label, tally)
                select ?1, 'DEPARTMENT', coalesce(x.department, '(none)'), count(*) from recognition_recipient x
                where x.created_at >= ?2 and x.created_at < ?3""" + NOT_MILESTONE + """
                 group by coalesce(x.department, '(none)')""", first, start, end);
        insert("""
                insert into recognition_summary (month_start, dimension, label, tally)
                select ?1, 'GIVER', cast(r.giver_id as varchar(20)), count(*) from recognition r
                where r.giver_id is not null and r.created_at >= ?2 and r.created_at < ?3 group by r.giver_id""",
                first, start, end);
        insert("""
                insert into recognition_summary (month_start, dimension, label, tally)
                select ?1, 'RECEIVER', cast(x.employee_id as varchar(20)), count(*) from recognition_recipient x
                where x.created_at >= ?2 and x.created_at < ?3""" + NOT_MILESTONE + """
                 group by x.employee_id""", first, start, end);
        em.createNativeQuery("insert into recognition_summarised_month (month_start, summarised_at) values (?1, ?2)")
                .setParameter(1, first).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
    }

    private void insert(String sql, LocalDate month, Timestamp start, Timestamp end) {
        em.createNativeQuery(sql).setParameter(1, month).setParameter(2, start).setParameter(3, end).executeUpdate();
    }

    /** Observed before the post is removed: a deleted recognition of a summarised month makes it count again. */
    public void onPostDeleted(@Observes PostDeleted deleted) {
        List<?> created = em.createNativeQuery("select created_at from recognition where post_id = ?1")
                .setParameter(1, deleted.postId()).getResultList();
        if (created.isEmpty()) {
            return;
        }
        LocalDate month = DefaultRecognitionInsights.instant(created.get(0)).atZone(ZoneId.systemDefault())
                .toLocalDate().withDayOfMonth(1);
        em.createNativeQuery("delete from recognition_summary where month_start = ?1").setParameter(1, month).executeUpdate();
        em.createNativeQuery("delete from recognition_summarised_month where month_start = ?1").setParameter(1, month)
                .executeUpdate();
    }

    static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
