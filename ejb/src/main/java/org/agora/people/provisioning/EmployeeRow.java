package org.agora.people.provisioning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.agora.identity.Role;

/**
 * One employee as HR's file describes them, checked and normalised; optional values are null when the file left
 * them empty, and {@code line} is where the row starts in the file.
 */
public record EmployeeRow(String employeeNumber, String fullName, String email, String title, String department,
                          String city, String country, String managerEmployeeNumber, LocalDate hireDate,
                          List<String> expertise, Set<Role> roles, boolean active, int line) {

    public EmployeeRow {
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        expertise = List.copyOf(expertise);
        EnumSet<Role> granted = EnumSet.of(Role.EMPLOYEE);
        granted.addAll(roles);
        roles = Collections.unmodifiableSet(granted);
    }

    public boolean hasManager() {
        return managerEmployeeNumber != null;
    }
}
