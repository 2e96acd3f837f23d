package org.agora.groups;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.shared.NotAllowedException;

/**
 * The rules of who may know of a group and who manages it, asked by every group service in the caller's
 * transaction. An enterprise bean, as administrators are told apart by the caller's roles.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class GroupAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Resource
    SessionContext session;

    /** The group, if the employee may know of it: secret groups exist for their members and invitees only. */
    public CommunityGroup known(long groupId) {
        CommunityGroup group = em.find(CommunityGroup.class, groupId);
        if (group == null || (group.getVisibility() == GroupVisibility.SECRET && membership(groupId) == null
                && pending(groupId, currentEmployee.id()) == null)) {
            throw new NotFoundException("There is no group " + groupId + " you can see.");
        }
        return group;
    }

    /** The group, if the employee may read what is in it. */
    public CommunityGroup readable(long groupId) {
        CommunityGroup group = known(groupId);
        if (!group.isOpenToEveryone() && membership(groupId) == null) {
            throw new NotFoundException("There is no group " + groupId + " you can read.");
        }
        return group;
    }

    /** The group, if the employee manages it: one of its owners, or an administrator of Agora. */
    public CommunityGroup managed(long groupId) {
        CommunityGroup group = known(groupId);
        GroupMembership mine = membership(groupId);
        if ((mine == null || !mine.isOwner()) && !session.isCallerInRole(Role.ADMIN_ROLE)) {
            throw new NotAllowedException("Only the owners of " + group.getName() + " can do that.");
        }
        return group;
    }

    /** Whether the caller manages the group: one of its owners, or an administrator of Agora. */
    public boolean isManagedByCaller(long groupId) {
        GroupMembership mine = membership(groupId);
        return (mine != null && mine.isOwner()) || session.isCallerInRole(Role.ADMIN_ROLE);
    }

    public static void requireActive(CommunityGroup group) {
        if (group.isArchived()) {
            throw new InvalidInputException(group.getName() + " is archived: restore it first.");
        }
    }

    public GroupMembership membership(long groupId) {
        return membership(groupId, currentEmployee.id());
    }

    public GroupMembership membership(long groupId, long employeeId) {
        return em.find(GroupMembership.class, new GroupMembership.Key(groupId, employeeId));
    }

    public JoinRequest pending(long groupId, long employeeId) {
        return em.find(JoinRequest.class, new GroupMembership.Key(groupId, employeeId));
    }

    public long ownerCount(long groupId) {
        return em.createQuery("""
                        select count(m) from GroupMembership m
                        where m.group.id = :group and m.role = org.agora.groups.GroupMembership.MemberRole.OWNER""",
                        Long.class).setParameter("group", groupId).getSingleResult();
    }
}
