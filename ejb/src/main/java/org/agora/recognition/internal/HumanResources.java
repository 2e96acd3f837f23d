package org.agora.recognition.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import org.agora.identity.Role;
import org.agora.shared.NotAllowedException;

/** The one check behind every HR action on recognition, with the message that says who may. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class HumanResources {

    @Resource
    SessionContext session;

    /** {@code what} is the start of the sentence with its verb, such as "Milestone posts are". */
    public void requireHr(String what) {
        if (!session.isCallerInRole(Role.HR_ROLE)) {
            throw new NotAllowedException(what + " for HR only.");
        }
    }
}
