package org.agora.groups;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/**
 * Creating groups and running them: any employee creates a group and owns it; its owners (and Agora's
 * administrators) describe, archive and restore it, invite colleagues, answer requests to join, and name
 * or remove members. Every method acts as the signed-in employee.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class GroupAdministration {

    static final int MAX_SLUG = 60;
    static final int MAX_MEMBERS_LISTED = 500;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Logger LOG = Logger.getLogger(GroupAdministration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    GroupAccess access;

    @Inject
    GroupDirectory directory;

    @Inject
    Event<GroupInvitationSent> invitationSent;

    @Inject
    Event<GroupJoinApproved> joinApproved;

    @Inject
    Event<GroupChanged> changed;

    /** Creates a group with the employee as its first owner; its address is made from its name. */
    public GroupSummary create(GroupDraft draft) {
        GroupDraft valid = draft == null ? new GroupDraft(null, null, null).validated() : draft.validated();
        CommunityGroup group = new CommunityGroup(freeSlug(valid.name()), valid.name(), valid.description(),
                valid.visibility());
        em.persist(group);
        em.persist(new GroupMembership(group, currentEmployee.get(), GroupMembership.MemberRole.OWNER));
        em.flush();
        changed.fire(new GroupChanged(group.getId()));
        LOG.info(() -> "Group " + group.getSlug() + " created by employee " + currentEmployee.id());
        return directory.group(group.getId());
    }

    /** Renames and redescribes a group; the visibility given must be the one it has. */
    public GroupSummary describe(long groupId, GroupDraft draft) {
        CommunityGroup group = access.managed(groupId);
        GroupDraft valid = new GroupDraft(draft.name(), draft.description(),
                draft.visibility() == null ? group.getVisibility() : draft.visibility()).validated();
        if (valid.visibility() != group.getVisibility()) {
            throw new InvalidInputException("A group's visibility is chosen when it is created and cannot change: "
                    + "what its members wrote was shared with that audience.");
        }
        group.describe(valid.name(), valid.description());
        em.flush();
        changed.fire(new GroupChanged(groupId));
        return directory.group(groupId);
    }

    /** Archives a group: everything stays readable; nobody posts or joins until it is restored. */
    public GroupSummary archive(long groupId) {
        access.managed(groupId).archive();
        em.flush();
        changed.fire(new GroupChanged(groupId));
        return directory.group(groupId);
    }

    public GroupSummary restore(long groupId) {
        access.managed(groupId).restore();
        em.flush();
        changed.fire(new GroupChanged(groupId));
        return directory.group(groupId);
    }

    /** The members, owners first, for anyone who may read the group. */
    public List<GroupMember> members(long groupId) {
        access.readable(groupId);
        return em.createQuery("""
                        select m from GroupMembership m join fetch m.employee
                        where m.group.id = :group
                        order by case when m.role = org.agora.groups.GroupMembership.MemberRole.OWNER then 0 else 1 end,
                                 lower(m.employee.fullName), m.employee.id""", GroupMembership.class)
                .setParameter("group", groupId)
                .setMaxResults(MAX_MEMBERS_LISTED)
                .getResultStream().map(GroupMember::of).toList();
    }

    /** Requests to join and unanswered invitations, oldest first: the owners' to-do list. */
    public List<GroupMember> pending(long groupId) {
        access.managed(groupId);
        return em.createQuery("""
                        select r from JoinRequest r join fetch r.employee
                        where r.group.id = :group order by r.createdAt, r.employee.id""", JoinRequest.class)
                .setParameter("group", groupId)
                .getResultStream().map(GroupMember::of).toList();
    }

    /** Invites a colleague, who accepts by joining; one who had asked to join is let in at once. */
    public void invite(long groupId, long employeeId) {
        CommunityGroup group = access.managed(groupId);
        GroupAccess.requireActive(group);
        Employee invitee = activeEmployee(employeeId);
        if (access.membership(groupId, employeeId) != null) {
            throw new InvalidInputException(invitee.getFullName() + " is already a member of " + group.getName() + ".");
        }
        JoinRequest pending = access.pending(groupId, employeeId);
        if (pending != null && pending.getKind() == JoinRequest.Kind.REQUEST) {
            approve(groupId, employeeId);
        } else if (pending == null) {
            em.persist(JoinRequest.invitation(group, invitee, currentEmployee.get()));
            invitationSent.fire(new GroupInvitationSent(groupId, employeeId, currentEmployee.id()));
        }
    }

    /** Lets in an employee who asked to join. */
    public void approve(long groupId, long employeeId) {
        CommunityGroup group = access.managed(groupId);
        GroupAccess.requireActive(group);
        JoinRequest request = access.pending(groupId, employeeId);
        if (request == null || request.getKind() != JoinRequest.Kind.REQUEST) {
            throw new NotFoundException("Nobody with id " + employeeId + " is waiting to join " + group.getName() + ".");
        }
        em.remove(request);
        em.persist(new GroupMembership(group, request.getEmployee(), GroupMembership.MemberRole.MEMBER));
        joinApproved.fire(new GroupJoinApproved(groupId, employeeId, currentEmployee.id()));
    }

    /** Declines a request to join, or takes back an invitation. */
    public void decline(long groupId, long employeeId) {
        access.managed(groupId);
        JoinRequest pending = access.pending(groupId, employeeId);
        if (pending != null) {
            em.remove(pending);
        }
    }

    /** Makes a member an owner, or an owner a member again; the last owner stays one. */
    public void assignRole(long groupId, long employeeId, GroupMembership.MemberRole role) {
        CommunityGroup group = access.managed(groupId);
        GroupMembership membership = memberOf(group, employeeId);
        if (role == null) {
            throw new InvalidInputException("Choose OWNER or MEMBER.");
        }
        if (membership.isOwner() && role != GroupMembership.MemberRole.OWNER) {
            requireAnotherOwner(group);
        }
        membership.setRole(role);
    }

    /** Removes a member from the group; the last owner stays. */
    public void remove(long groupId, long employeeId) {
        CommunityGroup group = access.managed(groupId);
        GroupMembership membership = memberOf(group, employeeId);
        if (membership.isOwner()) {
            requireAnotherOwner(group);
        }
        em.remove(membership);
    }

    private GroupMembership memberOf(CommunityGroup group, long employeeId) {
        GroupMembership membership = access.membership(group.getId(), employeeId);
        if (membership == null) {
            throw new NotFoundException("Employee " + employeeId + " is not a member of " + group.getName() + ".");
        }
        return membership;
    }

    private void requireAnotherOwner(CommunityGroup group) {
        if (access.ownerCount(group.getId()) == 1) {
            throw new InvalidInputException(group.getName() + " needs an owner: make another member an owner first.");
        }
    }

    private Employee activeEmployee(long employeeId) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null || !employee.isActive()) {
            throw new NotFoundException("There is no current employee with id " + employeeId + ".");
        }
        return employee;
    }

    /** The group's address: its name in lower-case ASCII words joined by dashes, numbered when already taken. */
    private String freeSlug(String name) {
        String slug = slugOf(name);
        Set<String> taken = em.createQuery("select g.slug from CommunityGroup g where g.slug like :prefix", String.class)
                .setParameter("prefix", slug + "%")
                .getResultStream().collect(Collectors.toSet());
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    static String slugOf(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
        slug = slug.replaceAll("^-+|-+$", "");
        // an address of digits alone would read as a group's id
        return slug.isEmpty() ? "group" : slug.chars().allMatch(Character::isDigit) ? "group-" + slug : slug;
    }
}
