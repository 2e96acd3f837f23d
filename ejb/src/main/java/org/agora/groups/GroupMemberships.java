package org.agora.groups;

import java.util.List;
import java.util.logging.Logger;

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

/**
 * Joining and leaving groups as the signed-in employee. Anyone joins a public group; joining a private group asks
 * its owners; an invitation lets the invitee in. Secret groups do not exist for outsiders. Search trimming reads
 * memberships at query time, so a change applies at once.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class GroupMemberships {

    private static final Logger LOG = Logger.getLogger(GroupMemberships.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    GroupAccess access;

    @Inject
    Event<GroupJoinRequested> joinRequested;

    /** Joins a public group or accepts an invitation; for a private group, asks its owners (once). */
    public JoinOutcome join(long groupId) {
        CommunityGroup group = access.known(groupId);
        currentEmployee.lockForUpdate();
        if (access.membership(groupId) != null) {
            return JoinOutcome.JOINED;
        }
        GroupAccess.requireActive(group);
        Employee me = currentEmployee.get();
        JoinRequest pending = access.pending(groupId, me.getId());
        if (pending != null && pending.getKind() == JoinRequest.Kind.REQUEST) {
            return JoinOutcome.REQUESTED;
        }
        if (pending != null || group.isOpenToEveryone()) {
            if (pending != null) {
                em.remove(pending);
            }
            em.persist(new GroupMembership(group, me, GroupMembership.MemberRole.MEMBER));
            LOG.fine(() -> "Employee " + me.getId() + " joined group " + groupId);
            return JoinOutcome.JOINED;
        }
        em.persist(JoinRequest.askedBy(group, me));
        joinRequested.fire(new GroupJoinRequested(groupId, me.getId(), ownerIds(groupId)));
        return JoinOutcome.REQUESTED;
    }

    /** Withdraws the employee's request to join, or declines an invitation; false when there was neither. */
    public boolean withdraw(long groupId) {
        access.known(groupId);
        JoinRequest pending = access.pending(groupId, currentEmployee.id());
        if (pending != null) {
            em.remove(pending);
        }
        return pending != null;
    }

    /** Leaves a group; its last owner stays until they name another, so no group is left without one. */
    public void leave(long groupId) {
        CommunityGroup group = access.known(groupId);
        GroupMembership mine = access.membership(groupId);
        if (mine == null) {
            return;
        }
        if (mine.isOwner() && access.ownerCount(groupId) == 1) {
            throw new InvalidInputException("You are the only owner of " + group.getName()
                    + ": make another member an owner before you leave.");
        }
        em.remove(mine);
    }

    private List<Long> ownerIds(long groupId) {
        return em.createQuery("""
                        select m.employee.id from GroupMembership m
                        where m.group.id = :group and m.role = org.agora.groups.GroupMembership.MemberRole.OWNER""",
                        Long.class)
                .setParameter("group", groupId)
                .getResultList();
    }
}
