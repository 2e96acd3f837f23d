package org.agora.recognition.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.identity.Role;
import org.agora.recognition.RecognitionInsights;
import org.agora.recognition.RecognitionStatistics;
import org.agora.recognition.RecognitionStatistics.Count;
import org.agora.recognition.RecognitionStatistics.QuietTeam;
import org.agora.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultRecognitionInsights implements RecognitionInsights {

    static final int TOP = 10;
    static final Duration QUIET = Duration.ofDays(90);
    /** A recipient row {@code x} of a badge: milestones have no badge, and are the few to leave out. */
    private static final String NOT_MILESTONE =
            " and not exists (select 1 from recognition m where m.post_id = x.recognition_id and m.badge_id is null) ";
    private static final String[] HEADER = {"Date", "Giver", "Giver department", "Recognised", "Department", "Badge",
            "Value", "Programme", "Shared with", "Message", "Post"};

    @PersistenceContext
    EntityManager em;

    @Inject
    HumanResources hr;

    @Inject
    AuditLog audit;

    @Override
    public RecognitionStatistics statistics(LocalDate from, LocalDate to) {
        hr.requireHr("Recognition insights are");
        Timestamp start = start(from, to);
        Timestamp end = end(to);
        // one pass for the total, the values and the months: at most a few dozen groups, summed here. The month is
        // one expression (202611), so PostgreSQL expects few groups and hashes them instead of sorting every row
        Map<String, Long> values = new HashMap<>();
        List<Object[]> monthly = new ArrayList<>();
        long recognitions = 0;
        for (Object row : em.createNativeQuery("""
                        select b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at),
                               count(*)
                        from recognition r join badge b on b.id = r.badge_id
                        where r.created_at >= ?1 and r.created_at < ?2
                        group by b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at)""")
                .setParameter(1, start).setParameter(2, end).getResultList()) {
            Object[] c = (Object[]) row;
            long count = number(c[2]);
            long month = number(c[1]);
            values.merge((String) c[0], count, Long::sum);
            monthly.add(new Object[] {month / 100, month % 100, count});
            recognitions += count;
        }
        List<Count> byValue = values.entrySet().stream().map(value -> new Count(value.getKey(), value.getValue()))
                .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::label)).toList();
        List<Count> byMonth = months(monthly, from, to);
        // recipients of badges are those not of a milestone: a handful of recognitions to leave out instead of a
        // join with every recognition of the period
        List<Count> byDepartment = counts(em.createNativeQuery("""
                        select coalesce(x.department, '(none)'), count(*) from recognition_recipient x
                        where x.created_at >= ?1 and x.created_at < ?2""" + NOT_MILESTONE + """
                         group by x.department order by count(*) desc, 1""")
                .setParameter(1, start).setParameter(2, end).getResultList());
        // the few who opted out are left out of the counted givers, not checked once per recognition
        List<Count> topGivers = counts(em.createNativeQuery("""
                        select e.full_name, t.given from (
                            select c.giver_id, c.given from (
                                select r.giver_id, count(*) as given from recognition r
                                where r.giver_id is not null and r.created_at >= ?1 and r.created_at < ?2
                                group by r.giver_id) c
                            where not exists (select 1 from leaderboard_opt_out o where o.employee_id = c.giver_id)
                            order by c.given desc, c.giver_id limit ?3) t
                        join employee e on e.id = t.giver_id order by t.given desc, e.full_name""")
                .setParameter(1, start).setParameter(2, end).setParameter(3, TOP).getResultList());
        long recipients = byDepartment.stream().mapToLong(Count::count).sum();
        List<Count> topReceivers = counts(em.createNativeQuery("""
                        select e.full_name, t.received from (
                            select c.employee_id, c.received from (
                                select x.employee_id, count(*) as received from recognition_recipient x
                                where x.created_at >= ?1 and x.created_at < ?2""" + NOT_MILESTONE + """
                                 group by x.employee_id) c
                            where not exists (select 1 from leaderboard_opt_out o where o.employee_id = c.employee_id)
                            order by c.received desc, c.employee_id limit ?3) t
                        join employee e on e.id = t.employee_id order by t.received desc, e.full_name""")
                .setParameter(1, start).setParameter(2, end).setParameter(3, TOP).getResultList());
        return new RecognitionStatistics(from, to, recognitions, recipients, byDepartment, byValue, byMonth,
                topGivers, topReceivers, quietTeams());
    }

    /** Managers none of whose active direct reports received a badge lately: the teams recognition misses. */
    private List<QuietTeam> quietTeams() {
        Timestamp since = Timestamp.from(Instant.now().minus(QUIET));
        List<?> rows = em.createNativeQuery("""
                        select m.id, m.full_name, m.department, count(*) from employee m
                        join employee e on e.manager_id = m.id and e.active = true
                        where m.active = true and not exists (
                            select 1 from employee t join recognition_recipient x on x.employee_id = t.id
                            where t.manager_id = m.id and x.created_at >= ?1""" + NOT_MILESTONE + """
                        )
                        group by m.id, m.full_name, m.department
                        order by m.department, m.full_name""")
                .setParameter(1, since).getResultList();
        List<QuietTeam> teams = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            teams.add(new QuietTeam(number(columns[0]), (String) columns[1], (String) columns[2], number(columns[3])));
        }
        return teams;
    }

    @Override
    public long exportCsv(LocalDate from, LocalDate to, Writer out) {
        hr.requireHr("Exporting recognitions is");
        Timestamp start = start(from, to);
        Timestamp end = end(to);
        // streamed: a year of a large company is more rows than should sit in memory at once
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("""
                        select r.created_at, g.full_name, g.department, e.full_name, x.department, b.name,
                               b.company_value, pr.name, r.visibility, p.body_text, p.id
                        from recognition r join recognition_recipient x on x.recognition_id = r.post_id
                        join post p on p.id = r.post_id join badge b on b.id = r.badge_id
                        join recognition_programme pr on pr.id = b.programme_id
                        join employee g on g.id = r.giver_id join employee e on e.id = x.employee_id
                        where r.created_at >= ?1 and r.created_at < ?2
                        order by r.created_at, r.post_id, e.full_name""")
                .setParameter(1, start).setParameter(2, end)
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream();
        long written = 0;
        try (rows) {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build());
            for (Object[] c : (Iterable<Object[]>) rows::iterator) {
                csv.printRecord(instant(c[0]).atZone(ZoneId.systemDefault()).toLocalDate(), cell(c[1]), cell(c[2]),
                        cell(c[3]), cell(c[4]), cell(c[5]), cell(c[6]), cell(c[7]),
                        "TEAM".equals(c[8]) ? "Team" : "Company", cell(c[9]), number(c[10]));
                written++;
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.RECOGNITIONS_EXPORTED, "Recognitions " + from + " to " + to, written + " rows");
        return written;
    }

    /**
     * A cell as a spreadsheet shows it: a message or name that starts like a formula is prefixed with an apostrophe,
     * so that opening the export never runs what a colleague typed.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Timestamp start(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException("Choose the first and the last day of the period.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("The period ends before it starts: choose a last day on or after " + from + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("Choose a period of at most " + MAX_DAYS + " days.");
        }
        return Timestamp.from(from.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static Timestamp end(LocalDate to) {
        return Timestamp.from(to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Every month of the period, with none for a month nobody was recognised in, so the chart shows the gap. */
    static List<Count> months(List<?> rows, LocalDate from, LocalDate to) {
        Map<String, Long> counted = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counted.merge(String.format("%04d-%02d", number(c[0]), number(c[1])), number(c[2]), Long::sum);
        }
        List<Count> months = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            String label = String.format("%04d-%02d", month.getYear(), month.getMonthValue());
            months.add(new Count(label, counted.getOrDefault(label, 0L)));
        }
        return months;
    }

    private static List<Count> counts(List<?> rows) {
        List<Count> counts = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.add(new Count((String) c[0], number(c[1])));
        }
        return counts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
