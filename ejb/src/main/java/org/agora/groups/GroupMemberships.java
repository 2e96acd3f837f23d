package org.agora.groups;

import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/**
 * Joining and leaving groups as the signed-in employee. Anyone joins a public group; private groups take members
 * their owners add; secret groups do not exist for outsiders. Search trimming reads memberships at query time, so
 * a change applies at once.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class GroupMemberships {

    private static final Logger LOG = Logger.getLogger(GroupMemberships.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    public void join(long groupId) {
        CommunityGroup group = visibleGroup(groupId);
        if (membership(groupId) != null) {
            return;
        }
        if (group.getVisibility() != GroupVisibility.PUBLIC) {
            throw new InvalidInputException(group.getName() + " is private: ask one of its owners to add you.");
        }
        em.persist(new GroupMembership(group, currentEmployee.get(), GroupMembership.MemberRole.MEMBER));
        LOG.fine(() -> "Employee " + currentEmployee.id() + " joined group " + groupId);
    }

    /** Leaves a group; its last owner stays until they name another, so no group is left without one. */
    public void leave(long groupId) {
        CommunityGroup group = visibleGroup(groupId);
        GroupMembership mine = membership(groupId);
        if (mine == null) {
            return;
        }
        if (mine.getRole() == GroupMembership.MemberRole.OWNER && em.createQuery("""
                        select count(m) from GroupMembership m
                        where m.group.id = :group and m.role = org.agora.groups.GroupMembership.MemberRole.OWNER""",
                        Long.class).setParameter("group", groupId).getSingleResult() == 1) {
            throw new InvalidInputException("You are the only owner of " + group.getName()
                    + ": make another member an owner before you leave.");
        }
        em.remove(mine);
    }

    private CommunityGroup visibleGroup(long groupId) {
        CommunityGroup group = em.find(CommunityGroup.class, groupId);
        if (group == null || (group.getVisibility() == GroupVisibility.SECRET && membership(groupId) == null)) {
            throw new NotFoundException("There is no group " + groupId + " you can see.");
        }
        return group;
    }

    private GroupMembership membership(long groupId) {
        return em.find(GroupMembership.class, new GroupMembership.Key(groupId, currentEmployee.id()));
    }
}
