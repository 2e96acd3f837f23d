package org.agora.groups;

/** An owner invited a colleague into a group. Fired in the inviting transaction. */
public record GroupInvitationSent(long groupId, long inviteeId, long ownerId) {
}
