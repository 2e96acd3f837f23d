package org.agora.groups;

/**
 * A group was created, renamed, redescribed, archived or restored; fired inside that transaction so that search
 * records the change with it. Its visibility never changes.
 */
public record GroupChanged(long groupId) {
}
