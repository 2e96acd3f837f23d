package org.agora.groups;

import java.util.List;

/** An employee asked to join a private group; its owners decide. Fired in the asking transaction. */
public record GroupJoinRequested(long groupId, long employeeId, List<Long> ownerIds) {
}
