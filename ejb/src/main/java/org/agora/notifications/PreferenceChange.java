package org.agora.notifications;

import java.util.List;

/**
 * What an employee changes in their notification preferences; anything left null (or a category not listed)
 * stays as it was.
 */
public record PreferenceChange(Boolean dailyDigest, List<CategoryChange> categories) {

    public record CategoryChange(NoticeCategory category, Boolean inApp, Boolean inDigest) {
    }
}
