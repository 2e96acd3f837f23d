package org.agora.web.notifications;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.notifications.NoticeCategory;
import org.agora.notifications.NoticePreferences;
import org.agora.notifications.NotificationPreferences;
import org.agora.notifications.PreferenceChange;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;

/** Backs the notification settings page: a row of two switches per category, and the daily digest's own switch. */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    @Inject
    NotificationPreferences preferences;

    private boolean dailyDigest;
    private List<Row> rows;

    /** One category's switches as the page edits them. */
    public static class Row implements Serializable {
        private final NoticeCategory category;
        private final String label;
        private final String description;
        private final boolean alwaysInApp;
        private boolean inApp;
        private boolean inDigest;

        Row(NoticePreferences.CategoryPreference preference) {
            category = preference.category();
            label = preference.label();
            description = preference.description();
            alwaysInApp = preference.alwaysInApp();
            inApp = preference.inApp();
            inDigest = preference.inDigest();
        }

        PreferenceChange.CategoryChange change() {
            return new PreferenceChange.CategoryChange(category, alwaysInApp || inApp, inDigest);
        }

        public String getId() {
            return category.name().toLowerCase();
        }

        public String getLabel() {
            return label;
        }

        public String getDescription() {
            return description;
        }

        public boolean isAlwaysInApp() {
            return alwaysInApp;
        }

        public boolean isInApp() {
            return inApp;
        }

        public void setInApp(boolean inApp) {
            this.inApp = inApp;
        }

        public boolean isInDigest() {
            return inDigest;
        }

        public void setInDigest(boolean inDigest) {
            this.inDigest = inDigest;
        }
    }

    @PostConstruct
    void load() {
        show(preferences.mine());
    }

    public void save() {
        try {
            show(preferences.change(new PreferenceChange(dailyDigest, rows.stream().map(Row::change).toList())));
            Messages.info("Saved");
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        }
    }

    private void show(NoticePreferences current) {
        dailyDigest = current.dailyDigest();
        rows = current.categories().stream().map(Row::new).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }
}
