package org.agora.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One employee's choices about notices: the categories switched off in the bell and in the e-mail digest, whether
 * they want the digest at all, and when the last one was sent. Everything is on until the employee says otherwise.
 */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest = true;

    /** Written only by the digest's claim (a conditional update), never by saving preferences. */
    @Column(name = "last_digest_at", updatable = false)
    private Instant lastDigestAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_off_in_app", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "category", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<NoticeCategory> offInApp = EnumSet.noneOf(NoticeCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_off_in_digest", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "category", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<NoticeCategory> offInDigest = EnumSet.noneOf(NoticeCategory.class);

    protected NotificationSettings() {
    }

    NotificationSettings(long employeeId) {
        this.employeeId = employeeId;
    }

    /** The settings of an employee who never changed any, as of the first digest they were sent. */
    static NotificationSettings digestedAt(long employeeId, Instant sentAt) {
        NotificationSettings settings = new NotificationSettings(employeeId);
        settings.lastDigestAt = sentAt;
        return settings;
    }

    void wantDailyDigest(boolean wanted) {
        dailyDigest = wanted;
    }

    void showInApp(NoticeCategory category, boolean shown) {
        if (shown || category.alwaysInApp()) {
            offInApp.remove(category);
        } else {
            offInApp.add(category);
        }
    }

    void includeInDigest(NoticeCategory category, boolean included) {
        if (included) {
            offInDigest.remove(category);
        } else {
            offInDigest.add(category);
        }
    }

    boolean wantsDailyDigest() {
        return dailyDigest;
    }

    boolean shownInApp(NoticeCategory category) {
        return category.alwaysInApp() || !offInApp.contains(category);
    }

    boolean includedInDigest(NoticeCategory category) {
        return !offInDigest.contains(category);
    }

    /** The notification kinds the employee accepts in the e-mail digest. */
    Set<NotificationKind> kindsInDigest() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NoticeCategory category : NoticeCategory.values()) {
            if (includedInDigest(category)) {
                kinds.addAll(category.kinds());
            }
        }
        return kinds;
    }

    Instant getLastDigestAt() {
        return lastDigestAt;
    }

    NoticePreferences preferences() {
        return new NoticePreferences(dailyDigest, Arrays.stream(NoticeCategory.values())
                .map(category -> new NoticePreferences.CategoryPreference(category, category.label(),
                        category.description(), shownInApp(category), includedInDigest(category), category.alwaysInApp()))
                .toList());
    }
}
