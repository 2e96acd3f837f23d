package org.agora.people;

/** A colleague took back an endorsement; fired inside the transaction that removed it. */
public record EndorsementWithdrawn(long endorserId, long employeeId, String tag) {
}
