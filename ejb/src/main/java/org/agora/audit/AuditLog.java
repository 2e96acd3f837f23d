package org.agora.audit;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.agora.identity.Role;

/**
 * Writes security-relevant events in the caller's transaction, so an event is logged exactly when what it
 * describes commits, and lets administrators read them back.
 */
@Stateless
public class AuditLog {

    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    /** Records an event done by the signed-in caller. */
    @PermitAll
    public void record(AuditAction action, String subject, String details) {
        String caller = session.getCallerPrincipal().getName();
        recordAs("anonymous".equals(caller) ? null : caller, action, subject, details);
    }

    /** Records an event whose actor is not the caller, such as a sign-in attempt, which has no caller yet. */
    @PermitAll
    public void recordAs(String actor, AuditAction action, String subject, String details) {
        em.persist(new AuditEvent(action, actor, subject, details, origin.address()));
    }

    /** A page of events, newest first, optionally of one kind only. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<AuditEvent> recent(AuditAction only, int first, int max) {
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e"
                + (only == null ? "" : " where e.action = :only") + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.setFirstResult(first).setMaxResults(Math.min(max, MAX_PAGE)).getResultList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public long count(AuditAction only) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e"
                + (only == null ? "" : " where e.action = :only"), Long.class);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.getSingleResult();
    }
}
