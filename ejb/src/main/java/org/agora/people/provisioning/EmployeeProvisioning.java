package org.agora.people.provisioning;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Account;
import org.agora.identity.PasswordHashing;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.people.EmployeeChanged;
import org.agora.people.EmployeeDeactivated;
import org.agora.people.EmployeeReactivated;
import org.agora.people.ExpertiseVocabulary;
import org.agora.people.Location;
import org.agora.people.provisioning.ImportPreview.RowProblem;
import org.agora.shared.InvalidInputException;

/**
 * Applies HR's employee file as one change: employees matched by employee number (else e-mail) are updated, the
 * others created with an account, managers assigned once everyone exists. Any problem and nothing is written.
 */
@Stateless
@RolesAllowed({Role.HR_ROLE, Role.ADMIN_ROLE})
public class EmployeeProvisioning {

    private static final Logger LOG = Logger.getLogger(EmployeeProvisioning.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    ExpertiseVocabulary vocabulary;

    @Inject
    Event<EmployeeChanged> changed;

    @Inject
    Event<EmployeeDeactivated> deactivated;

    @Inject
    Event<EmployeeReactivated> reactivated;

    /** Reads and checks an uploaded file, including that managers outside it are already in Agora; stores nothing. */
    public ImportPreview preview(InputStream csv) {
        ImportPreview preview = EmployeeCsv.read(csv);
        Set<String> unknown = new HashSet<>(preview.managersOutsideFile());
        unknown.removeIf(number -> findByNumber(number).isPresent());
        List<RowProblem> problems = preview.rows().stream()
                .filter(row -> unknown.contains(row.managerEmployeeNumber()))
                .map(row -> new RowProblem(row.line(), row.employeeNumber(), unknownManager(row)))
                .toList();
        return preview.withProblems(problems);
    }

    /** Applies a valid preview in one transaction; refuses an invalid one. */
    public ImportResult apply(ImportPreview preview) {
        if (!preview.valid()) {
            int count = preview.problems().size() + preview.fileProblems().size();
            String first = preview.fileProblems().isEmpty()
                    ? preview.problems().get(0).message() : preview.fileProblems().get(0);
            throw new InvalidInputException((count == 1
                    ? "The file has 1 problem; fix it and upload it again: "
                    : "The file has " + count + " problems; fix them and upload it again. The first: ") + first);
        }
        Applying applying = new Applying();
        for (EmployeeRow row : preview.rows()) {
            applying.upsert(row);
        }
        for (EmployeeRow row : preview.rows()) {
            applying.detachIfManagerChanges(row);
        }
        for (EmployeeRow row : preview.rows()) {
            applying.assignManager(row);
        }
        ImportResult result = applying.result(preview.rows().size());
        LOG.info(() -> "Employee file applied: " + result);
        return result;
    }

    /** The state of one import: who each row of the file is, and what happened to them. */
    private final class Applying {
        // Everyone is read once up front: a query per row would flush the growing import each time.
        private final Map<String, Employee> byNumber = new HashMap<>();
        private final Map<String, Employee> byEmail = new HashMap<>();
        private final Map<Long, Account> accountOf = new HashMap<>();
        private final Set<String> usernamesTaken = new HashSet<>();
        private final Map<String, String> resolvedTags = new HashMap<>();
        private final Map<String, Employee> byNumberInFile = new HashMap<>();
        private final Map<EmployeeRow, Employee> employeeOfRow = new HashMap<>();
        private final Set<Employee> matched = new HashSet<>();
        private final Map<EmployeeRow, Employee> newManagerOfRow = new HashMap<>();
        private final Set<Employee> created = new LinkedHashSet<>();
        private final Set<Employee> updated = new LinkedHashSet<>();
        private final Set<Employee> left = new LinkedHashSet<>();

        Applying() {
            for (Employee employee : em.createQuery("select e from Employee e", Employee.class).getResultList()) {
                byNumber.put(employee.getEmployeeNumber(), employee);
                byEmail.put(employee.getEmail().toLowerCase(Locale.ROOT), employee);
            }
            for (Account account : em.createQuery("select a from Account a left join fetch a.roles", Account.class)
                    .getResultList()) {
                accountOf.put(account.getEmployee().getId(), account);
                usernamesTaken.add(account.getUsername());
            }
        }

        void upsert(EmployeeRow row) {
            Employee employee = Optional.ofNullable(byNumber.get(row.employeeNumber()))
                    .orElseGet(() -> byEmail.get(row.email()));
            if (employee != null && matched.contains(employee)) {
                throw new InvalidInputException("Line %d: e-mail %s belongs to employee %s, who is on another line."
                        .formatted(row.line(), row.email(), employee.getEmployeeNumber()));
            }
            Optional.ofNullable(byEmail.get(row.email()))
                    .filter(holder -> employee == null || holder != employee)
                    .ifPresent(holder -> {
                        throw new InvalidInputException("Line %d: e-mail %s already belongs to employee %s."
                                .formatted(row.line(), row.email(), holder.getEmployeeNumber()));
                    });
            Location location = row.city() == null && row.country() == null
                    ? null : new Location(row.city(), row.country());
            Employee imported = employee == null ? create(row, location) : update(employee, row, location);
            for (String tag : row.expertise()) {
                String canonical = resolvedTags.computeIfAbsent(tag, vocabulary::resolve);
                if (!imported.getExpertise().contains(canonical)) {
                    imported.declareExpertise(canonical);
                    updated.add(imported);
                }
            }
            if (!row.active() && imported.isActive()) {
                imported.deactivate();
                deactivated.fire(new EmployeeDeactivated(imported.getId()));
                left.add(imported);
            }
            byNumberInFile.put(row.employeeNumber(), imported);
            employeeOfRow.put(row, imported);
            matched.add(imported);
        }

        private Employee create(EmployeeRow row, Location location) {
            Employee employee = new Employee(row.employeeNumber(), row.fullName(), row.email(), row.title(),
                    row.department(), location, row.hireDate());
            em.persist(employee);
            openAccount(employee, row);
            created.add(employee);
            return employee;
        }

        private void openAccount(Employee employee, EmployeeRow row) {
            // imported people sign in through single sign-on or a password reset: nobody knows this password
            em.persist(new Account(freeUsername(row.email()), passwordHashing.unmatchableHash(), employee, row.roles()));
        }

        private Employee update(Employee employee, EmployeeRow row, Location location) {
            boolean changedHere = employee.updateFromHr(row.fullName(), row.email(), row.title(), row.department(),
                    location, row.hireDate());
            Account account = accountOf.get(employee.getId());
            if (account == null) {
                openAccount(employee, row);
                changedHere = true;
            } else if (account.grant(row.roles())) {
                changedHere = true;
            }
            if (row.active() && !employee.isActive()) {
                employee.reactivate();
                reactivated.fire(new EmployeeReactivated(employee.getId()));
                changedHere = true;
            }
            if (changedHere) {
                updated.add(employee);
            }
            return employee;
        }

        /**
         * Frees everyone whose manager changes before anyone is assigned, so that only the final organisation is
         * checked for circles, not the order in which the file lists the moves.
         */
        void detachIfManagerChanges(EmployeeRow row) {
            Employee employee = employeeOfRow.get(row);
            Employee manager = null;
            if (row.hasManager()) {
                manager = Optional.ofNullable(byNumberInFile.get(row.managerEmployeeNumber()))
                        .or(() -> Optional.ofNullable(byNumber.get(row.managerEmployeeNumber())))
                        .orElseThrow(() -> new InvalidInputException(unknownManager(row)));
            }
            if (!sameEmployee(employee.getManager(), manager)) {
                newManagerOfRow.put(row, manager);
                employee.reportTo(null);
                updated.add(employee);
            }
        }

        void assignManager(EmployeeRow row) {
            if (newManagerOfRow.containsKey(row)) {
                Employee employee = employeeOfRow.get(row);
                try {
                    employee.reportTo(newManagerOfRow.get(row));
                } catch (InvalidInputException circle) {
                    throw new InvalidInputException("Line " + row.line() + ": " + circle.getMessage());
                }
            }
        }

        ImportResult result(int rows) {
            Set<Employee> touched = new LinkedHashSet<>(created);
            touched.addAll(left);
            touched.addAll(updated);
            touched.forEach(employee -> changed.fire(new EmployeeChanged(employee.getId())));
            int updatedOnly = (int) updated.stream()
                    .filter(employee -> !created.contains(employee) && !left.contains(employee))
                    .count();
            return new ImportResult(created.size(), updatedOnly, rows - touched.size(), left.size());
        }

        private String freeUsername(String email) {
            String base = email.substring(0, email.indexOf('@'));
            String username = base;
            for (int suffix = 2; usernamesTaken.contains(username); suffix++) {
                username = base + suffix;
            }
            usernamesTaken.add(username);
            return username;
        }
    }

    private Optional<Employee> findByNumber(String employeeNumber) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :number", Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream().findFirst();
    }

    private static boolean sameEmployee(Employee a, Employee b) {
        return a == b || (a != null && b != null && Objects.equals(a.getId(), b.getId()));
    }

    private static String unknownManager(EmployeeRow row) {
        return "Line %d: manager %s is neither in the file nor an employee in Agora."
                .formatted(row.line(), row.managerEmployeeNumber());
    }

}
