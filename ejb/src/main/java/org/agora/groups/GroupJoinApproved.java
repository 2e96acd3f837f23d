package org.agora.groups;

/** An owner let an employee in who had asked to join. Fired in the approving transaction. */
public record GroupJoinApproved(long groupId, long employeeId, long ownerId) {
}
