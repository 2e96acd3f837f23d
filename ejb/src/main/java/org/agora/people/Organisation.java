package org.agora.people;

import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;
import org.agora.shared.NotFoundException;

/** Organisational changes HR and administrators make: who reports to whom, who has left. */
@Stateless
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class Organisation {

    private static final Logger LOG = Logger.getLogger(Organisation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EmployeeDeactivated> deactivated;

    /** Sets or clears ({@code managerId} null) an employee's manager; refuses cycles. */
    public void assignManager(long employeeId, Long managerId) {
        Employee employee = employee(employeeId);
        Employee manager = managerId == null ? null : employee(managerId);
        employee.reportTo(manager);
        LOG.info(() -> "Employee " + employeeId + " now reports to " + managerId);
    }

    /** The employee leaves: they cannot sign in and are no longer listed; their content stays. */
    public void deactivate(long employeeId) {
        Employee employee = employee(employeeId);
        if (employee.isActive()) {
            employee.deactivate();
            deactivated.fire(new EmployeeDeactivated(employeeId));
            LOG.info(() -> "Employee " + employeeId + " deactivated");
        }
    }

    private Employee employee(long id) {
        Employee employee = em.find(Employee.class, id);
        if (employee == null) {
            throw new NotFoundException("There is no employee " + id + ".");
        }
        return employee;
    }
}
