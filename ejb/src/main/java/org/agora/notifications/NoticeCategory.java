package org.agora.notifications;

import java.util.EnumSet;
import java.util.Set;

/** What an employee switches on and off: notification kinds grouped as a person thinks of them. */
public enum NoticeCategory {
    MENTIONS("Mentions", "A colleague mentions you in a post or a comment.", EnumSet.of(NotificationKind.MENTION)),
    CONVERSATIONS("Comments and replies", "Comments on your posts and replies to your comments.",
            EnumSet.of(NotificationKind.COMMENT, NotificationKind.REPLY)),
    REACTIONS("Reactions", "Colleagues react to your posts.", EnumSet.of(NotificationKind.REACTION)),
    ACCEPTED_ANSWERS("Accepted answers", "Your answer to a question is accepted.",
            EnumSet.of(NotificationKind.ANSWER_ACCEPTED)),
    GROUPS("Groups", "Invitations, requests to join the groups you own, and approvals.",
            EnumSet.of(NotificationKind.GROUP_INVITATION, NotificationKind.JOIN_REQUEST, NotificationKind.JOIN_APPROVED)),
    ENDORSEMENTS("Endorsements", "A colleague endorses your expertise.", EnumSet.of(NotificationKind.ENDORSEMENT)),
    VIDEOS("Leadership videos", "An executive whose channel you subscribe to publishes a video.",
            EnumSet.of(NotificationKind.NEW_VIDEO)),
    RECOGNITION("Recognition", "A colleague recognises you, or someone who reports to you.",
            EnumSet.of(NotificationKind.RECOGNISED, NotificationKind.REPORT_RECOGNISED)),
    MODERATION("Moderation", "A moderator hid something you wrote, and why.", EnumSet.of(NotificationKind.CONTENT_HIDDEN));

    private final String label;
    private final String description;
    private final Set<NotificationKind> kinds;

    NoticeCategory(String label, String description, Set<NotificationKind> kinds) {
        this.label = label;
        this.description = description;
        this.kinds = kinds;
    }

    public static NoticeCategory of(NotificationKind kind) {
        for (NoticeCategory category : values()) {
            if (category.kinds.contains(kind)) {
                return category;
            }
        }
        throw new IllegalArgumentException("No category for " + kind);
    }

    /** An author whose writing was hidden is always told why in Agora; only the e-mail can be declined. */
    public boolean alwaysInApp() {
        return this == MODERATION;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Set<NotificationKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
