package org.agora.people.scim;

import java.net.URI;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.identity.Account;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.PasswordHashing;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.people.EmployeeChanged;
import org.agora.people.EmployeeDeactivated;
import org.agora.people.EmployeeReactivated;

/**
 * Employees and their accounts as SCIM Users, for the company's identity provider: the id is the employee's id, the
 * userName the account's. Leaving is deactivation, never deletion, so that what people wrote keeps its author; it
 * goes through the same events as HR's changes, which close the account and update search.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class ScimUsers {

    private static final Logger LOG = Logger.getLogger(ScimUsers.class.getName());
    /** SQLSTATE class 23: a write refused by an integrity constraint, here one of the unique ones. */
    private static final String INTEGRITY_CONSTRAINT = "23";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditLog audit;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Event<EmployeeChanged> changed;

    @Inject
    Event<EmployeeDeactivated> deactivated;

    @Inject
    Event<EmployeeReactivated> reactivated;

    /**
     * Creates the employee with an account holding the EMPLOYEE role (RFC 7644 §3.3). Nobody knows the account's
     * random password: provisioned people sign in through single sign-on or a password reset.
     */
    public JsonObject create(JsonObject user, URI base) {
        ScimUser wanted = UserDraft.creating().read(user).result();
        refuseTaken(wanted, null);
        Employee employee = new Employee(wanted.employeeNumber(), wanted.fullName(), wanted.email(), wanted.title(),
                wanted.department(), null, null);
        employee.reportTo(manager(wanted.managerId()));
        em.persist(employee);
        Account account = new Account(wanted.userName(), passwordHashing.unmatchableHash(), employee,
                EnumSet.of(Role.EMPLOYEE));
        em.persist(account);
        flushRefusingDuplicates();
        if (!wanted.active()) {
            employee.deactivate();
            deactivated.fire(new EmployeeDeactivated(employee.getId()));
            em.refresh(account);
        }
        changed.fire(new EmployeeChanged(employee.getId()));
        audit.record(AuditAction.EMPLOYEE_PROVISIONED, account.getUsername(),
                "SCIM, employee number " + employee.getEmployeeNumber());
        LOG.info(() -> "Employee " + employee.getId() + " provisioned through SCIM as " + account.getUsername());
        return UserRepresentation.of(account, base);
    }

    public JsonObject get(String id, URI base) {
        return UserRepresentation.of(account(id), base);
    }

    /** Replaces the user (RFC 7644 §3.5.1); title, department and manager left out are cleared. */
    public JsonObject replace(String id, JsonObject user, URI base) {
        Account account = account(id);
        ScimUser current = ScimUser.of(account);
        apply(account, current, UserDraft.replacing(current).read(user).result());
        return UserRepresentation.of(account, base);
    }

    /** Applies a PATCH request's operations (RFC 7644 §3.5.2) as one change: all of them or none. */
    public JsonObject patch(String id, JsonObject request, URI base) {
        Account account = account(id);
        ScimUser current = ScimUser.of(account);
        apply(account, current, UserDraft.patching(current).patch(request).result());
        return UserRepresentation.of(account, base);
    }

    /** DELETE: the employee leaves and their account closes; they stay in Agora, as does what they wrote. */
    public void deactivate(String id) {
        Account account = account(id);
        ScimUser current = ScimUser.of(account);
        apply(account, current, current.deactivated());
    }

    /**
     * Users in the order of their ids, optionally those whose userName, externalId, e-mail address, id or enterprise
     * employeeNumber equals a value (RFC 7644 §3.4.2).
     */
    public JsonObject list(String filter, String startIndex, String count, URI base) {
        ScimPage page = ScimPage.of(startIndex, count);
        Optional<Condition> condition = filter == null || filter.isBlank() ? Optional.of(Condition.EVERYONE)
                : Condition.of(ScimFilter.parse(filter));
        if (condition.isEmpty()) {
            return page.listResponse(0, List.of());
        }
        long total = condition.get().bind(em.createQuery(
                "select count(a) from Account a join a.employee e" + condition.get().where(), Long.class)).getSingleResult();
        List<JsonObject> users = page.count() == 0 || page.offset() >= total ? List.of()
                : condition.get().bind(em.createQuery(
                                UserRepresentation.COLUMNS + condition.get().where() + " order by e.id", Object[].class))
                        .setFirstResult(page.offset())
                        .setMaxResults(page.count())
                        .getResultStream()
                        .map(row -> UserRepresentation.of(row, base))
                        .toList();
        return page.listResponse(total, users);
    }

    private void apply(Account account, ScimUser current, ScimUser wanted) {
        Employee employee = account.getEmployee();
        if (current.active() && !wanted.active() && employee.getId() == currentEmployee.id()) {
            throw ScimException.mutability(account.getUsername() + " owns the provisioning token in use and cannot "
                    + "deactivate themselves; let another administrator make the token.");
        }
        refuseTaken(wanted, employee.getId());
        boolean changedHere = false;
        if (!wanted.userName().equals(current.userName())) {
            account.rename(wanted.userName());
        }
        if (!wanted.employeeNumber().equals(current.employeeNumber())) {
            employee.renumber(wanted.employeeNumber());
            changedHere = true;
        }
        changedHere |= employee.updateFromHr(wanted.fullName(), wanted.email(), wanted.title(), wanted.department(),
                employee.getLocation(), employee.getHireDate());
        if (!Objects.equals(wanted.managerId(), current.managerId())) {
            employee.reportTo(manager(wanted.managerId()));
            changedHere = true;
        }
        flushRefusingDuplicates();
        if (wanted.active() != current.active()) {
            if (wanted.active()) {
                employee.reactivate();
                reactivated.fire(new EmployeeReactivated(employee.getId()));
                changedHere = true;
            } else {
                employee.deactivate();
                deactivated.fire(new EmployeeDeactivated(employee.getId()));
            }
            // the account was opened or closed by a bulk update, which the loaded entity does not see
            em.refresh(account);
        }
        if (changedHere) {
            changed.fire(new EmployeeChanged(employee.getId()));
        }
        LOG.info(() -> "Employee " + employee.getId() + " updated through SCIM");
    }

    /** Refuses a userName (in any case), e-mail address or employee number that belongs to someone else. */
    private void refuseTaken(ScimUser wanted, Long self) {
        if (takenByOther("select a.employee.id from Account a where lower(a.username) = :value",
                wanted.userName().toLowerCase(Locale.ROOT), self)) {
            throw ScimException.uniqueness("The userName " + wanted.userName() + " belongs to another user.");
        }
        if (takenByOther("select e.id from Employee e where lower(e.email) = :value", wanted.email(), self)) {
            throw ScimException.uniqueness("The e-mail address " + wanted.email() + " belongs to another user.");
        }
        if (takenByOther("select e.id from Employee e where e.employeeNumber = :value", wanted.employeeNumber(), self)) {
            throw ScimException.uniqueness("The employee number (externalId) " + wanted.employeeNumber()
                    + " belongs to another user.");
        }
    }

    private boolean takenByOther(String query, String value, Long self) {
        return em.createQuery(query, Long.class).setParameter("value", value)
                .getResultStream().anyMatch(holder -> !holder.equals(self));
    }

    /** The checks read before writing; two requests racing for the same name meet the unique constraints instead. */
    private void flushRefusingDuplicates() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT)) {
                    throw ScimException.uniqueness("Another request took this userName, e-mail address or employee "
                            + "number at the same moment; send this one again to see which.");
                }
            }
            throw e;
        }
    }

    private Account account(String id) {
        long employeeId;
        try {
            employeeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ScimException.notFound("There is no user " + id + ".");
        }
        return em.createQuery("select a from Account a join fetch a.employee where a.employee.id = :id", Account.class)
                .setParameter("id", employeeId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ScimException.notFound("There is no user " + id + "."));
    }

    private Employee manager(Long id) {
        if (id == null) {
            return null;
        }
        Employee manager = em.find(Employee.class, id);
        if (manager == null) {
            throw ScimException.invalidValue("The manager " + id + " is not a user in Agora.");
        }
        return manager;
    }


    /** The condition a filter puts on the user list, with its one parameter. */
    private record Condition(String where, Object value) {

        static final Condition EVERYONE = new Condition("", null);

        /** Empty when nobody can match, such as an id that is not a number. */
        static Optional<Condition> of(ScimFilter filter) {
            AttributePath attribute = filter.attribute();
            String value = filter.text();
            String name = attribute.subAttribute() == null ? attribute.attribute()
                    : attribute.attribute() + "." + attribute.subAttribute();
            if (value != null && attribute.schema() == AttributePath.Schema.CORE) {
                switch (name) {
                    case "username":
                        return Optional.of(new Condition(" where lower(a.username) = :value",
                                value.toLowerCase(Locale.ROOT)));
                    case "externalid":
                        return Optional.of(new Condition(" where e.employeeNumber = :value", value));
                    case "emails", "emails.value":
                        return Optional.of(new Condition(" where lower(e.email) = :value",
                                value.toLowerCase(Locale.ROOT)));
                    case "id":
                        try {
                            return Optional.of(new Condition(" where e.id = :value", Long.valueOf(value)));
                        } catch (NumberFormatException e) {
                            return Optional.empty();
                        }
                    default:
                        break;
                }
            }
            if (value != null && attribute.schema() == AttributePath.Schema.ENTERPRISE && name.equals("employeenumber")) {
                return Optional.of(new Condition(" where e.employeeNumber = :value", value));
            }
            throw ScimException.invalidFilter("Agora finds users by userName, externalId, emails, id or employeeNumber, "
                    + "compared with eq to a string, such as userName eq \"bjensen\".");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return value == null ? query : query.setParameter("value", value);
        }
    }
}
