package org.agora.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.people.EmployeeDeactivated;
import org.agora.people.EmployeeReactivated;

/**
 * Keeps the account in step with the employee, in the same transaction: closed when they leave, so they cannot
 * sign in again, and open again when they come back.
 */
@ApplicationScoped
public class AccountStatus {

    @PersistenceContext
    EntityManager em;

    void onEmployeeDeactivated(@Observes EmployeeDeactivated event) {
        enable(event.employeeId(), false);
    }

    void onEmployeeReactivated(@Observes EmployeeReactivated event) {
        enable(event.employeeId(), true);
    }

    private void enable(long employeeId, boolean enabled) {
        em.createQuery("update Account a set a.enabled = :enabled where a.employee.id = :id")
                .setParameter("enabled", enabled)
                .setParameter("id", employeeId)
                .executeUpdate();
    }
}
