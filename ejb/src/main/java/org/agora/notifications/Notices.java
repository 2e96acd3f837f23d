package org.agora.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores a notice in the caller's transaction and announces it, so the bell can ring in open browsers. */
@ApplicationScoped
class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationCreated> created;

    void store(Notification notification) {
        em.persist(notification);
        created.fire(new NotificationCreated(notification.getRecipientId()));
    }
}
