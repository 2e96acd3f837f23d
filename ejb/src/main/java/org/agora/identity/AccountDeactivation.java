package org.agora.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.people.EmployeeDeactivated;

/** Closes the account of an employee who left, in the same transaction, so they cannot sign in again. */
@ApplicationScoped
public class AccountDeactivation {

    @PersistenceContext
    EntityManager em;

    void onEmployeeDeactivated(@Observes EmployeeDeactivated event) {
        em.createQuery("update Account a set a.enabled = false where a.employee.id = :id")
                .setParameter("id", event.employeeId())
                .executeUpdate();
    }
}
