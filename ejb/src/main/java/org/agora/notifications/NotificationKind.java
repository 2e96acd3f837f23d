package org.agora.notifications;

/** Why an employee is told something; stored by name, so constants are only ever added. */
public enum NotificationKind {
    ENDORSEMENT, COMMENT, REPLY, REACTION, GROUP_INVITATION, JOIN_REQUEST, JOIN_APPROVED, MENTION, ANSWER_ACCEPTED, CONTENT_HIDDEN,
    NEW_VIDEO, RECOGNISED, REPORT_RECOGNISED
}
