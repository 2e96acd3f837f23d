package org.agora.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.groups.GroupInvitationSent;
import org.agora.groups.GroupJoinApproved;
import org.agora.groups.GroupJoinRequested;

/**
 * Tells the people a group's door concerns, in the transaction that opened it: the invitee of an invitation,
 * every owner of a request to join, the employee whose request was approved. Only they know of the group already.
 */
@ApplicationScoped
public class GroupNotices {

    @Inject
    Notices notices;

    void onInvitation(@Observes GroupInvitationSent invitation) {
        notices.store(Notification.aboutGroup(invitation.inviteeId(), NotificationKind.GROUP_INVITATION,
                invitation.ownerId(), invitation.groupId()));
    }

    void onJoinRequest(@Observes GroupJoinRequested request) {
        request.ownerIds().forEach(owner -> notices.store(Notification.aboutGroup(owner, NotificationKind.JOIN_REQUEST,
                request.employeeId(), request.groupId())));
    }

    void onJoinApproved(@Observes GroupJoinApproved approval) {
        notices.store(Notification.aboutGroup(approval.employeeId(), NotificationKind.JOIN_APPROVED, approval.ownerId(),
                approval.groupId()));
    }
}
