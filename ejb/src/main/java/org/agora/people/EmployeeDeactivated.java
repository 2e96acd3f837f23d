package org.agora.people;

/** An employee left the company; fired inside the transaction that recorded it. */
public record EmployeeDeactivated(long employeeId) {
}
