package org.agora.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;

/** Finds colleagues: the signed-in employee, everyone active, the executives. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class PeopleDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    public PersonSummary me() {
        return PersonSummary.of(currentEmployee.get());
    }

    public List<PersonSummary> activeEmployees() {
        return em.createQuery("select distinct e from Employee e left join fetch e.expertise where e.active = true "
                        + "order by e.fullName", Employee.class)
                .getResultStream().map(PersonSummary::of).toList();
    }

    public List<PersonSummary> executives() {
        return em.createQuery("""
                        select distinct e from Account a join a.roles r join a.employee e left join fetch e.expertise
                        where e.active = true and r = org.agora.identity.Role.EXECUTIVE
                        order by e.fullName""", Employee.class)
                .getResultStream().map(PersonSummary::of).toList();
    }
}
