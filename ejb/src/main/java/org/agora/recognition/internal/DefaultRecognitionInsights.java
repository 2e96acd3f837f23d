package org.agora.recognition.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final String[] HEADER = {"Date", "Giver", "Giver department", "Recognised", "Department", "Badge",
            "Value", "Programme", "Shared with", "Message", "Post"};

    @PersistenceContext
    EntityManager em;

    @Inject
    HumanResources hr;

    @Inject
    AuditLog audit;

    @Inject
    MonthlySummaries summaries;

    @Override
    public RecognitionStatistics statistics(LocalDate from, LocalDate to) {
        hr.requireHr("Recognition insights are");
        start(from, to);
        // whole past months come from their summaries; the rest of the period (the current month, and the ends of a
        // period that starts or ends within a month) is counted from the recognitions themselves
        List<YearMonth> summarised = new ArrayList<>();
        YearMonth current = YearMonth.now();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            if (month.isBefore(current) && !month.atDay(1).isBefore(from) && !month.atEndOfMonth().isAfter(to)) {
                summarised.add(month);
            }
        }
        summaries.ensure(summarised);
        Tally tally = new Tally();
        if (!summarised.isEmpty()) {
            tally.addSummaries(summarised);
        }
        LocalDate next = from;
        for (YearMonth month : summarised) {
            if (next.isBefore(month.atDay(1))) {
                tally.addRecognitions(day(next), day(month.atDay(1)));
            }
            next = month.plusMonths(1).atDay(1);
        }
        if (!next.isAfter(to)) {
            tally.addRecognitions(day(next), day(to.plusDays(1)));
        }
        return new RecognitionStatistics(from, to, tally.recognitions(), tally.recipients(),
                Tally.sorted(tally.departments), Tally.sorted(tally.values), months(tally.monthRows(), from, to),
                top(tally.givers), top(tally.receivers), quietTeams());
    }

    /** The counts of a period, added up from month summaries and from recognitions counted one by one. */
    private final class Tally {

        final Map<String, Long> values = new HashMap<>();
        final Map<String, Long> departments = new HashMap<>();
        final Map<Integer, Long> months = new HashMap<>();
        final Map<Long, Long> givers = new HashMap<>();
        final Map<Long, Long> receivers = new HashMap<>();

        void addSummaries(List<YearMonth> summarised) {
            List<LocalDate> firstDays = summarised.stream().map(month -> month.atDay(1)).toList();
            for (Object row : em.createNativeQuery("""
                            select s.dimension, s.label, sum(s.tally) from recognition_summary s
                            where s.month_start in (?1) and s.dimension <> 'VALUE' group by s.dimension, s.label""")
                    .setParameter(1, firstDays).getResultList()) {
                Object[] c = (Object[]) row;
                String label = (String) c[1];
                long count = number(c[2]);
                switch ((String) c[0]) {
                    case "DEPARTMENT" -> departments.merge(label, count, Long::sum);
                    case "GIVER" -> givers.merge(Long.valueOf(label), count, Long::sum);
                    default -> receivers.merge(Long.valueOf(label), count, Long::sum);
                }
            }
            for (Object row : em.createNativeQuery("""
                            select s.month_start, s.label, s.tally from recognition_summary s
                            where s.month_start in (?1) and s.dimension = 'VALUE'""")
                    .setParameter(1, firstDays).getResultList()) {
                Object[] c = (Object[]) row;
                LocalDate month = c[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) c[0];
                values.merge((String) c[1], number(c[2]), Long::sum);
                months.merge(month.getYear() * 100 + month.getMonthValue(), number(c[2]), Long::sum);
            }
        }

        void addRecognitions(Timestamp start, Timestamp end) {
            // the month is one expression (202611), so PostgreSQL expects few groups and hashes them
            for (Object row : em.createNativeQuery("""
                            select b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at),
                                   count(*)
                            from recognition r join badge b on b.id = r.badge_id
                            where r.created_at >= ?1 and r.created_at < ?2
                            group by b.company_value, extract(year from r.created_at) * 100 + extract(month from r.created_at)""")
                    .setParameter(1, start).setParameter(2, end).getResultList()) {
                Object[] c = (Object[]) row;
                values.merge((String) c[0], number(c[2]), Long::sum);
                months.merge((int) number(c[1]), number(c[2]), Long::sum);
            }
            for (Object row : em.createNativeQuery("""
                            select coalesce(x.department, '(none)'), count(*) from recognition_recipient x
                            where x.created_at >= ?1 and x.created_at < ?2""" + MonthlySummaries.NOT_MILESTONE + """
                             group by coalesce(x.department, '(none)')""")
                    .setParameter(1, start).setParameter(2, end).getResultList()) {
                Object[] c = (Object[]) row;
                departments.merge((String) c[0], number(c[1]), Long::sum);
            }
            for (Object row : em.createNativeQuery("""
                            select r.giver_id, count(*) from recognition r
                            where r.giver_id is not null and r.created_at >= ?1 and r.created_at < ?2
                            group by r.giver_id""")
                    .setParameter(1, start).setParameter(2, end).getResultList()) {
                Object[] c = (Object[]) row;
                givers.merge(number(c[0]), number(c[1]), Long::sum);
            }
            for (Object row : em.createNativeQuery("""
                            select x.employee_id, count(*) from recognition_recipient x
                            where x.created_at >= ?1 and x.created_at < ?2""" + MonthlySummaries.NOT_MILESTONE + """
                             group by x.employee_id""")
                    .setParameter(1, start).setParameter(2, end).getResultList()) {
                Object[] c = (Object[]) row;
                receivers.merge(number(c[0]), number(c[1]), Long::sum);
            }
        }

        long recognitions() {
            return values.values().stream().mapToLong(Long::longValue).sum();
        }

        long recipients() {
            return departments.values().stream().mapToLong(Long::longValue).sum();
        }

        List<Object[]> monthRows() {
            return months.entrySet().stream()
                    .map(month -> new Object[] {month.getKey() / 100, month.getKey() % 100, month.getValue()})
                    .toList();
        }

        static List<Count> sorted(Map<String, Long> counts) {
            return counts.entrySet().stream().map(count -> new Count(count.getKey(), count.getValue()))
                    .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::label)).toList();
        }
    }

    /** The ten most counted people, by name, leaving out those who asked not to be on leaderboards. */
    private List<Count> top(Map<Long, Long> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        Set<Long> optedOut = new HashSet<>();
        for (Object id : em.createNativeQuery("select employee_id from leaderboard_opt_out").getResultList()) {
            optedOut.add(number(id));
        }
        List<Map.Entry<Long, Long>> top = counted.entrySet().stream()
                .filter(entry -> !optedOut.contains(entry.getKey()))
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select e.id, e.fullName from Employee e where e.id in :ids", Object[].class)
                .setParameter("ids", top.stream().map(Map.Entry::getKey).toList())
                .getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return top.stream().map(entry -> new Count(names.get(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::label)).toList();
    }

    /** Managers none of whose active direct reports received a badge lately: the teams recognition misses. */
    private List<QuietTeam> quietTeams() {
        Timestamp since = Timestamp.from(Instant.now().minus(QUIET));
        List<?> rows = em.createNativeQuery("""
                        select m.id, m.full_name, m.department, count(*) from employee m
                        join employee e on e.manager_id = m.id and e.active = true
                        where m.active = true and not exists (
                            select 1 from employee t join recognition_recipient x on x.employee_id = t.id
                            where t.manager_id = m.id and x.created_at >= ?1""" + MonthlySummaries.NOT_MILESTONE + """
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

    private static Timestamp day(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
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

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
