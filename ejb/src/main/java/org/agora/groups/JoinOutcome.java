package org.agora.groups;

/** What asking to join a group did. */
public enum JoinOutcome {
    /** The employee is a member now. */
    JOINED,
    /** The owners of the private group decide; they have been told. */
    REQUESTED
}
