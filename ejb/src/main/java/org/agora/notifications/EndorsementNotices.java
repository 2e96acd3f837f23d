package org.agora.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.people.EmployeeEndorsed;
import org.agora.people.EndorsementWithdrawn;

/**
 * Tells employees when a colleague endorses them, in the transaction of the endorsement. A withdrawn endorsement
 * takes its notice back while it is unread, so an accidental click does not linger in the bell.
 */
@ApplicationScoped
public class EndorsementNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    void onEndorsed(@Observes EmployeeEndorsed endorsed) {
        notices.store(new Notification(endorsed.employeeId(), NotificationKind.ENDORSEMENT, endorsed.endorserId(),
                endorsed.tag()));
    }

    void onWithdrawn(@Observes EndorsementWithdrawn withdrawn) {
        em.createQuery("""
                        delete from Notification n where n.recipientId = :employee and n.kind = :kind
                        and n.actorId = :endorser and n.detail = :tag and n.readAt is null""")
                .setParameter("employee", withdrawn.employeeId())
                .setParameter("kind", NotificationKind.ENDORSEMENT)
                .setParameter("endorser", withdrawn.endorserId())
                .setParameter("tag", withdrawn.tag())
                .executeUpdate();
    }
}
