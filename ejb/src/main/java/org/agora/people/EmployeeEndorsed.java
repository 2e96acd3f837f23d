package org.agora.people;

/** A colleague endorsed an employee for one of their topics; fired inside the transaction that stored it. */
public record EmployeeEndorsed(long endorserId, long employeeId, String tag) {
}
