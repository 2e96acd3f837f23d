package org.agora.identity;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    public long id() {
        if (employeeId == null) {
            employeeId = accounts.employeeIdOf(principal.getName())
                    .orElseThrow(() -> new NotFoundException("No active employee for account " + principal.getName()));
        }
        return employeeId;
    }
}
