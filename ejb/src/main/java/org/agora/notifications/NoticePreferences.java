package org.agora.notifications;

import java.util.List;

/**
 * An employee's notification preferences as pages and the API show them: every category, in a fixed order.
 *
 * @param dailyDigest whether the employee wants the daily e-mail digest at all
 */
public record NoticePreferences(boolean dailyDigest, List<CategoryPreference> categories) {

    /**
     * @param inApp       shown in the bell
     * @param inDigest    included in the e-mail digest
     * @param alwaysInApp the bell cannot be switched off for this category
     */
    public record CategoryPreference(NoticeCategory category, String label, String description, boolean inApp,
                                     boolean inDigest, boolean alwaysInApp) {
    }
}
