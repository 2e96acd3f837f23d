package org.agora.people;

/**
 * Something about an employee that others show or search changed (profile, expertise, endorsements,
 * organisation, activity). Fired inside the transaction that made the change.
 */
public record EmployeeChanged(long employeeId) {
}
