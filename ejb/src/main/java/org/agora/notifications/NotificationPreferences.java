package org.agora.notifications;

import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;

/** Each employee's own notification preferences: nobody else reads or changes them, administrators included. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class NotificationPreferences {

    private static final Logger LOG = Logger.getLogger(NotificationPreferences.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    public NoticePreferences mine() {
        return of(currentEmployee.id());
    }

    /** The preferences of the given employee, who must be the one signed in. */
    public NoticePreferences of(long employeeId) {
        ownOnly(employeeId);
        NotificationSettings settings = em.find(NotificationSettings.class, employeeId);
        return (settings == null ? new NotificationSettings(employeeId) : settings).preferences();
    }

    public NoticePreferences change(PreferenceChange change) {
        return change(currentEmployee.id(), change);
    }

    public NoticePreferences change(long employeeId, PreferenceChange change) {
        ownOnly(employeeId);
        if (change == null) {
            throw new InvalidInputException("Send the preferences to change, for example {\"dailyDigest\": false}.");
        }
        NotificationSettings settings = em.find(NotificationSettings.class, employeeId);
        if (settings == null) {
            settings = new NotificationSettings(employeeId);
            em.persist(settings);
        }
        if (change.dailyDigest() != null) {
            settings.wantDailyDigest(change.dailyDigest());
        }
        if (change.categories() != null) {
            for (PreferenceChange.CategoryChange category : change.categories()) {
                apply(settings, category);
            }
        }
        em.flush();
        LOG.fine(() -> "Notification preferences changed by employee " + employeeId);
        return settings.preferences();
    }

    private static void apply(NotificationSettings settings, PreferenceChange.CategoryChange change) {
        if (change == null || change.category() == null) {
            throw new InvalidInputException("Every category changed needs its name, for example {\"category\": \"REACTIONS\"}.");
        }
        if (change.inApp() != null) {
            if (!change.inApp() && change.category().alwaysInApp()) {
                throw new InvalidInputException(change.category().label()
                        + " notices always appear in Agora: an author is told why their writing was hidden.");
            }
            settings.showInApp(change.category(), change.inApp());
        }
        if (change.inDigest() != null) {
            settings.includeInDigest(change.category(), change.inDigest());
        }
    }

    private void ownOnly(long employeeId) {
        if (employeeId != currentEmployee.id()) {
            throw new NotAllowedException("Notification preferences are private: only their owner reads and changes them.");
        }
    }
}
