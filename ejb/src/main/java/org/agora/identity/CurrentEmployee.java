package org.agora.identity;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.people.Employee;
import org.agora.shared.NotFoundException;

/** The employee behind the signed-in account of the current request. */
@RequestScoped
public class CurrentEmployee {

    @Inject
    Principal principal;

    @Inject
    CallerAccounts accounts;

    @PersistenceContext
    EntityManager em;

    private Long employeeId;

    /** The employee, managed by the caller's persistence context. */
    public Employee get() {
        return em.find(Employee.class, id());
    }

    /**
     * Makes this employee's own check-then-insert writes (a reaction, a follow, an endorsement, joining a group) wait
     * for each other until the transaction ends, so a double click or a retried request counts once instead of
     * failing on the duplicate: the employee's row stays locked until then.
     */
    public void lockForUpdate() {
        em.find(Employee.class, id(), LockModeType.PESSIMISTIC_WRITE);
    }

    public long id() {
        if (employeeId == null) {
            employeeId = accounts.employeeIdOf(principal.getName())
                    .orElseThrow(() -> new NotFoundException("No active employee for account " + principal.getName()));
        }
        return employeeId;
    }
}
