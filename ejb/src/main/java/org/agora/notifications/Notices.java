package org.agora.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores a notice in the caller's transaction and announces it, so the bell can ring in open browsers; unless the
 * recipient switched its category off in Agora, in which case it is neither stored nor announced.
 */
@ApplicationScoped
class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationCreated> created;

    void store(Notification notification) {
        if (switchedOff(notification.getRecipientId(), NoticeCategory.of(notification.getKind()))) {
            return;
        }
        em.persist(notification);
        created.fire(new NotificationCreated(notification.getRecipientId()));
    }

    private boolean switchedOff(long recipientId, NoticeCategory category) {
        if (category.alwaysInApp()) {
            return false;
        }
        return em.createQuery("""
                        select count(s) from NotificationSettings s join s.offInApp off
                        where s.employeeId = :recipient and off = :category""", Long.class)
                .setParameter("recipient", recipientId)
                .setParameter("category", category)
                .getSingleResult() > 0;
    }
}
