package org.agora.video.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.NotAllowedException;

/** Who may publish videos: executives on their own channel, and the colleagues an executive delegated to. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class Publishers {

    static final String NOT_A_PUBLISHER = "Videos are published by executives, and by colleagues an executive asked "
            + "to publish for them.";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Resource
    SessionContext session;

    public boolean isExecutive() {
        return session.isCallerInRole(Role.EXECUTIVE_ROLE);
    }

    public boolean publishesFor(long executiveId) {
        long me = currentEmployee.id();
        return me == executiveId ? isExecutive() : isDelegate(executiveId, me);
    }

    public void requirePublisher() {
        if (!isExecutive() && !isDelegateOfAnyone(currentEmployee.id())) {
            throw new NotAllowedException(NOT_A_PUBLISHER);
        }
    }

    private boolean isDelegate(long executiveId, long employeeId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from video_delegate where executive_id = ?1 and delegate_id = ?2")
                .setParameter(1, executiveId).setParameter(2, employeeId).getSingleResult()).longValue() > 0;
    }

    private boolean isDelegateOfAnyone(long employeeId) {
        return ((Number) em.createNativeQuery("select count(*) from video_delegate where delegate_id = ?1")
                .setParameter(1, employeeId).getSingleResult()).longValue() > 0;
    }
}
