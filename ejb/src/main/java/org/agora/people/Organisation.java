package org.agora.people;

import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/** Organisational changes HR and administrators make: who reports to whom, who has left. */
@Stateless
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class Organisation {

    private static final Logger LOG = Logger.getLogger(Organisation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Event<EmployeeDeactivated> deactivated;

    @Inject
    Event<EmployeeReactivated> reactivated;

    @Inject
    Event<EmployeeChanged> changed;

    /** What HR records about an employee's place in the company, for its edit form. */
    public OrganisationalRecord record(long employeeId) {
        return OrganisationalRecord.of(employee(employeeId));
    }

    /** Replaces title, department, place, manager and hire date at once; refuses a manager cycle. */
    public void updateRecord(long employeeId, OrganisationalRecord record) {
        OrganisationalRecord clean = record.validated();
        Employee employee = employee(employeeId);
        employee.reassign(clean.title(), clean.department(), clean.location(), clean.hireDate());
        employee.reportTo(clean.managerId() == null ? null : currentManager(clean.managerId()));
        changed.fire(new EmployeeChanged(employeeId));
        LOG.info(() -> "Organisational record of employee " + employeeId + " updated");
    }

    /** Sets or clears ({@code managerId} null) an employee's manager; refuses cycles. */
    public void assignManager(long employeeId, Long managerId) {
        Employee employee = employee(employeeId);
        employee.reportTo(managerId == null ? null : currentManager(managerId));
        LOG.info(() -> "Employee " + employeeId + " now reports to " + managerId);
    }

    /** The employee leaves: they cannot sign in and are no longer listed; their content stays. */
    public void deactivate(long employeeId) {
        if (employeeId == currentEmployee.id()) {
            throw new InvalidInputException("You cannot deactivate your own account; ask another HR colleague.");
        }
        Employee employee = employee(employeeId);
        if (employee.isActive()) {
            employee.deactivate();
            deactivated.fire(new EmployeeDeactivated(employeeId));
            LOG.info(() -> "Employee " + employeeId + " deactivated");
        }
    }

    /** A former employee comes back: listed, searchable and able to sign in again. */
    public void reactivate(long employeeId) {
        Employee employee = employee(employeeId);
        if (!employee.isActive()) {
            employee.reactivate();
            reactivated.fire(new EmployeeReactivated(employeeId));
            changed.fire(new EmployeeChanged(employeeId));
            LOG.info(() -> "Employee " + employeeId + " reactivated");
        }
    }

    private Employee currentManager(long id) {
        Employee manager = employee(id);
        if (!manager.isActive()) {
            throw new InvalidInputException(manager.getFullName() + " has left the company; choose a current employee as manager.");
        }
        return manager;
    }

    private Employee employee(long id) {
        Employee employee = em.find(Employee.class, id);
        if (employee == null) {
            throw new NotFoundException("There is no employee " + id + ".");
        }
        return employee;
    }
}
