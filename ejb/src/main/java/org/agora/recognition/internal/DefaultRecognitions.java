package org.agora.recognition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.agora.feed.Audience;
import org.agora.feed.ChannelPosts;
import org.agora.feed.FeedCursor;
import org.agora.feed.Post;
import org.agora.feed.PostKind;
import org.agora.groups.GroupAccess;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.recognition.Badge;
import org.agora.recognition.BadgeCount;
import org.agora.recognition.BadgeGivers;
import org.agora.recognition.BadgeIcon;
import org.agora.recognition.BadgeView;
import org.agora.recognition.Recognition;
import org.agora.recognition.RecognitionDraft;
import org.agora.recognition.RecognitionGiven;
import org.agora.recognition.RecognitionPage;
import org.agora.recognition.RecognitionView;
import org.agora.recognition.RecognitionVisibility;
import org.agora.recognition.Recognitions;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultRecognitions implements Recognitions {

    static final int MAX_PAGE_SIZE = 100;
    /**
     * Recognitions the caller may read, as JPQL over {@code Recognition r} and its post {@code p}: recognitions are
     * never in groups, so the feed's rule comes down to hidden and restricted posts.
     */
    static final String READABLE = " p.hiddenAt is null and (p.restricted = false or exists (select 1 from Post q"
            + " join q.audience a where q.id = p.id and a in :audiences))";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    ChannelPosts channelPosts;

    @Inject
    GroupAccess groupAccess;

    @Inject
    RecognitionCards cards;

    @Inject
    Event<RecognitionGiven> recognitionGiven;

    @Resource
    SessionContext session;

    @Override
    public RecognitionView give(RecognitionDraft draft) {
        Employee giver = currentEmployee.get();
        Badge badge = draft.badgeId() == null ? null : em.find(Badge.class, draft.badgeId());
        if (badge == null) {
            throw new InvalidInputException("Choose a badge to give.");
        }
        LocalDate today = LocalDate.now();
        if (!badge.getProgramme().runsOn(today)) {
            throw new InvalidInputException("\"" + badge.getName() + "\" belongs to " + badge.getProgramme().getName()
                    + ", which is not running today. Choose a badge of a running programme.");
        }
        requireMayGive(badge, giver);
        Set<Employee> recipients = recipients(draft.recipientIds(), giver);
        if (draft.message() == null || draft.message().isBlank()) {
            throw new InvalidInputException("Say what they did: a recognition needs a message.");
        }
        RecognitionVisibility visibility = draft.visibility() == null ? RecognitionVisibility.COMPANY : draft.visibility();
        if (badge.getMonthlyAllowance() != null) {
            // the giver's row lock makes count-then-give one step: two windows giving at once are counted in turn
            currentEmployee.lockForUpdate();
            requireAllowance(badge, recipients.size(), today);
        }
        Post post = channelPosts.publish(giver, draft.message(), PostKind.RECOGNITION,
                visibility == RecognitionVisibility.TEAM ? Recognition.teamOf(recipients) : Set.of());
        Recognition recognition = Recognition.withBadge(post, badge, giver, visibility, recipients);
        em.persist(recognition);
        recognitionGiven.fire(new RecognitionGiven(recognition.getId(), giver.getId(), badge.getName(),
                recipients.stream().map(Employee::getId).toList(), visibility));
        return cards.views(List.of(recognition)).get(0);
    }

    private void requireMayGive(Badge badge, Employee giver) {
        if (badge.getGivers() == BadgeGivers.HR && !session.isCallerInRole(Role.HR_ROLE)) {
            throw new NotAllowedException("\"" + badge.getName() + "\" is given by HR only. Choose another badge.");
        }
        if (badge.getGivers() == BadgeGivers.MANAGERS && !isManager(giver.getId())) {
            throw new NotAllowedException("\"" + badge.getName() + "\" is given by managers only. Choose another badge,"
                    + " or ask your manager to give this one.");
        }
    }

    private boolean isManager(long employeeId) {
        return em.createQuery("select count(e) from Employee e where e.manager.id = :me and e.active = true", Long.class)
                .setParameter("me", employeeId).getSingleResult() > 0;
    }

    private Set<Employee> recipients(List<Long> ids, Employee giver) {
        Set<Long> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("Choose at least one colleague to recognise.");
        }
        if (wanted.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("Recognise at most " + MAX_RECIPIENTS + " colleagues at once; this names "
                    + wanted.size() + ".");
        }
        if (wanted.contains(giver.getId())) {
            throw new InvalidInputException("You cannot recognise yourself; choose the colleagues who helped.");
        }
        Map<Long, Employee> found = em.createQuery("select e from Employee e where e.id in :ids", Employee.class)
                .setParameter("ids", wanted).getResultStream()
                .collect(Collectors.toMap(Employee::getId, Function.identity()));
        Set<Employee> recipients = new LinkedHashSet<>();
        for (Long id : wanted) {
            Employee recipient = found.get(id);
            if (recipient == null || !recipient.isActive()) {
                throw new InvalidInputException(recipient == null ? "There is no colleague " + id + "."
                        : recipient.getFullName() + " has left the company and cannot be recognised any more.");
            }
            recipients.add(recipient);
        }
        return recipients;
    }

    /** Counts colleagues, not recognitions: recognising three people at once uses three of the month's allowance. */
    private void requireAllowance(Badge badge, int wanted, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        Instant monthStart = month.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        long used = em.createQuery("""
                        select count(x) from Recognition r join r.recipients x
                        where r.giver.id = :giver and r.badge.id = :badge and r.createdAt >= :since""", Long.class)
                .setParameter("giver", currentEmployee.id())
                .setParameter("badge", badge.getId())
                .setParameter("since", monthStart)
                .getSingleResult();
        int allowance = badge.getMonthlyAllowance();
        if (used + wanted > allowance) {
            long left = Math.max(0, allowance - used);
            String next = month.plusMonths(1).atDay(1).format(DAY);
            throw new InvalidInputException("\"" + badge.getName() + "\" can be given to " + allowance
                    + (allowance == 1 ? " colleague" : " colleagues") + " a month. "
                    + (left == 0 ? "You have used this month's allowance; it renews on " + next + "."
                    : "You have " + left + " left this month, and this recognition names " + wanted + "."));
        }
    }

    @Override
    public RecognitionPage feed(String department, Long groupId, FeedCursor cursor, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        StringBuilder jpql = new StringBuilder("select r from Recognition r join r.post p where" + READABLE);
        boolean byDepartment = department != null && !department.isBlank();
        if (byDepartment) {
            jpql.append(" and exists (select 1 from Recognition d join d.recipients x where d.id = r.id"
                    + " and x.department = :department)");
        }
        if (groupId != null) {
            groupAccess.readable(groupId);
            jpql.append(" and exists (select 1 from Recognition d join d.recipients x where d.id = r.id and x.employeeId"
                    + " in (select m.employee.id from GroupMembership m where m.group.id = :group))");
        }
        if (cursor != null) {
            // built only when needed: an "or :first" condition would keep the database from walking the index; the
            // first bound lets it start the walk at the cursor instead of filtering every newer recognition
            jpql.append(" and r.createdAt <= :before"
                    + " and (r.createdAt < :before or (r.createdAt = :before and r.id < :beforeId))");
        }
        jpql.append(" order by r.createdAt desc, r.id desc");
        TypedQuery<Recognition> query = withPostsAndAuthors(em.createQuery(jpql.toString(), Recognition.class))
                .setParameter("audiences", personalAudiences());
        if (byDepartment) {
            query.setParameter("department", department.strip());
        }
        if (groupId != null) {
            query.setParameter("group", groupId);
        }
        if (cursor != null) {
            query.setParameter("before", cursor.createdAt()).setParameter("beforeId", cursor.postId());
        }
        List<Recognition> found = query.setMaxResults(size + 1).getResultList();
        FeedCursor next = null;
        if (found.size() > size) {
            found = found.subList(0, size);
            Recognition last = found.get(size - 1);
            next = new FeedCursor(last.getCreatedAt(), last.getId());
        }
        return new RecognitionPage(cards.views(found), next);
    }

    @Override
    public Map<Long, RecognitionView> ofPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<Recognition> found = withPostsAndAuthors(em.createQuery("select r from Recognition r join r.post p"
                        + " where r.id in :ids and" + READABLE, Recognition.class))
                .setParameter("ids", postIds)
                .setParameter("audiences", personalAudiences())
                .getResultList();
        Map<Long, RecognitionView> byPost = new HashMap<>();
        cards.views(found).forEach(view -> byPost.put(view.id(), view));
        return byPost;
    }

    @Override
    public List<BadgeView> badges() {
        Employee me = currentEmployee.get();
        boolean hr = session.isCallerInRole(Role.HR_ROLE);
        boolean manager = isManager(me.getId());
        LocalDate today = LocalDate.now();
        List<Badge> badges = em.createQuery("""
                        select b from Badge b join fetch b.programme
                        where b.programme.startsOn <= :today
                        and (b.programme.endsOn is null or b.programme.endsOn >= :today)
                        order by b.programme.name, b.name""", Badge.class)
                .setParameter("today", today)
                .getResultList();
        Instant monthStart = YearMonth.from(today).atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        Map<Long, Long> used = new HashMap<>();
        em.createQuery("""
                        select r.badge.id, count(x) from Recognition r join r.recipients x
                        where r.giver.id = :giver and r.createdAt >= :since group by r.badge.id""", Object[].class)
                .setParameter("giver", me.getId())
                .setParameter("since", monthStart)
                .getResultStream()
                .forEach(row -> used.put((Long) row[0], (Long) row[1]));
        List<BadgeView> views = new ArrayList<>();
        for (Badge badge : badges) {
            Integer left = badge.getMonthlyAllowance() == null ? null
                    : (int) Math.max(0, badge.getMonthlyAllowance() - used.getOrDefault(badge.getId(), 0L));
            boolean mayGive = badge.getGivers() == BadgeGivers.EVERYONE
                    || badge.getGivers() == BadgeGivers.MANAGERS && manager || badge.getGivers() == BadgeGivers.HR && hr;
            views.add(BadgeView.of(badge, left, mayGive));
        }
        return views;
    }

    @Override
    public List<BadgeCount> badgesReceivedBy(long employeeId) {
        return em.createQuery("""
                        select b.id, b.name, b.icon, b.pictureVersion, b.companyValue, count(r) from Recognition r
                        join r.post p join r.badge b join r.recipients x
                        where x.employeeId = :employee and""" + READABLE + """
                         group by b.id, b.name, b.icon, b.pictureVersion, b.companyValue
                         order by count(r) desc, b.name""", Object[].class)
                .setParameter("employee", employeeId)
                .setParameter("audiences", personalAudiences())
                .getResultStream()
                .map(row -> new BadgeCount((Long) row[0], (String) row[1], (BadgeIcon) row[2], (Long) row[3],
                        (String) row[4], (Long) row[5]))
                .toList();
    }

    @Override
    public List<String> departments() {
        return em.createQuery("""
                        select distinct e.department from Employee e
                        where e.active = true and e.department is not null order by e.department""", String.class)
                .getResultList();
    }

    @Override
    public boolean isLeftOutOfLeaderboards() {
        return ((Number) em.createNativeQuery("select count(*) from leaderboard_opt_out where employee_id = ?1")
                .setParameter(1, currentEmployee.id()).getSingleResult()).longValue() > 0;
    }

    @Override
    public void leaveOutOfLeaderboards(boolean leftOut) {
        currentEmployee.lockForUpdate();
        if (leftOut == isLeftOutOfLeaderboards()) {
            return;
        }
        em.createNativeQuery(leftOut ? "insert into leaderboard_opt_out (employee_id) values (?1)"
                        : "delete from leaderboard_opt_out where employee_id = ?1")
                .setParameter(1, currentEmployee.id())
                .executeUpdate();
    }

    /**
     * Loads each recognition's post and its author with it, for the cards. A fetch join cannot carry the alias that
     * the readability condition needs (Hibernate refuses it), so the graph does the fetching.
     */
    private TypedQuery<Recognition> withPostsAndAuthors(TypedQuery<Recognition> query) {
        EntityGraph<Recognition> graph = em.createEntityGraph(Recognition.class);
        graph.addSubgraph("post").addAttributeNodes("author");
        return query.setHint("jakarta.persistence.loadgraph", graph);
    }

    private Set<String> personalAudiences() {
        Employee me = currentEmployee.get();
        return Audience.of(me.getId(), me.getDepartment());
    }
}
