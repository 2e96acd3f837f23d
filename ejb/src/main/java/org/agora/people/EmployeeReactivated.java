package org.agora.people;

/** A former employee is back; fired inside the transaction that recorded it. */
public record EmployeeReactivated(long employeeId) {
}
