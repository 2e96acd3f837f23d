package org.agora.groups;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.NotFoundException;

/** Which groups an employee can see and read. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class GroupDirectory {

    /** A group {@code g} as lists show it, to the signed-in employee {@code :me}. */
    private static final String SUMMARY = """
            select new org.agora.groups.GroupSummary(g.id, g.slug, g.name, g.description, g.visibility,
                (select count(m) from GroupMembership m where m.group = g),
                case when exists (select 1 from GroupMembership m where m.group = g and m.employee.id = :me) then true else false end,
                case when exists (select 1 from GroupMembership m where m.group = g and m.employee.id = :me
                                  and m.role = org.agora.groups.GroupMembership.MemberRole.OWNER) then true else false end,
                case when g.archivedAt is not null then true else false end,
                (select r.kind from JoinRequest r where r.group = g and r.employee.id = :me))
            """;
    /**
     * Whether {@code :me} may know of group {@code g}: secret groups exist only for their members and for the
     * colleagues they invited.
     */
    static final String KNOWN = """
             (g.visibility <> org.agora.groups.GroupVisibility.SECRET
              or exists (select 1 from GroupMembership m where m.group = g and m.employee.id = :me)
              or exists (select 1 from JoinRequest r where r.group = g and r.employee.id = :me))""";
    private static final int MAX_LISTED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    /** One group by its slug, if the employee may know of it. */
    public GroupSummary group(String slug) {
        return em.createQuery(SUMMARY + " from CommunityGroup g where g.slug = :slug and" + KNOWN, GroupSummary.class)
                .setParameter("slug", slug == null ? "" : slug.strip())
                .setParameter("me", currentEmployee.id())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no group \"" + slug + "\" you can see."));
    }

    /** One group by its id, if the employee may know of it. */
    public GroupSummary group(long groupId) {
        return em.createQuery(SUMMARY + " from CommunityGroup g where g.id = :id and" + KNOWN, GroupSummary.class)
                .setParameter("id", groupId)
                .setParameter("me", currentEmployee.id())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no group " + groupId + " you can see."));
    }

    /** Groups listed for the signed-in employee: public and private ones, and secret ones they belong to. */
    public List<GroupSummary> listedGroups() {
        return listedGroups(null, false);
    }

    /**
     * The directory: groups whose name or description contains {@code text} (all when blank), only the employee's
     * own when {@code mine}; active groups first, by name.
     */
    public List<GroupSummary> listedGroups(String text, boolean mine) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return em.createQuery(SUMMARY + " from CommunityGroup g where" + KNOWN + """
                         and (:mine = false or exists (select 1 from GroupMembership m where m.group = g and m.employee.id = :me))
                         and (:words = '' or lower(g.name) like :pattern escape '!' or lower(g.description) like :pattern escape '!')
                        order by case when g.archivedAt is null then 0 else 1 end, lower(g.name)""", GroupSummary.class)
                .setParameter("me", currentEmployee.id())
                .setParameter("mine", mine)
                .setParameter("words", words)
                .setParameter("pattern", "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }

    /** The groups a colleague belongs to that the signed-in employee may know of (no secret group they are not in). */
    public List<GroupSummary> groupsOf(long employeeId) {
        return em.createQuery(SUMMARY + """
                        from GroupMembership theirs join theirs.group g
                        where theirs.employee.id = :employee and""" + KNOWN + " order by g.name", GroupSummary.class)
                .setParameter("employee", employeeId)
                .setParameter("me", currentEmployee.id())
                .getResultList();
    }

    /** The groups the signed-in employee belongs to: besides public groups, the ones whose content they may read. */
    public Set<Long> myGroupIds() {
        return em.createQuery("select m.group.id from GroupMembership m where m.employee.id = :employee", Long.class)
                .setParameter("employee", currentEmployee.id())
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /**
     * The groups the signed-in employee asked to join or was invited to: a secret one among them is known to them,
     * though not readable.
     */
    public Set<Long> pendingGroupIds() {
        return em.createQuery("select r.group.id from JoinRequest r where r.employee.id = :employee", Long.class)
                .setParameter("employee", currentEmployee.id())
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** How many members each of these groups has, for those the signed-in employee may know of. */
    public Map<Long, Long> memberCounts(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select g.id, (select count(m) from GroupMembership m where m.group = g)
                        from CommunityGroup g where g.id in :ids and""" + KNOWN, Object[].class)
                .setParameter("ids", groupIds)
                .setParameter("me", currentEmployee.id())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
