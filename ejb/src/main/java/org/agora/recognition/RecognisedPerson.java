package org.agora.recognition;

/** Someone named on a recognition card. */
public record RecognisedPerson(long id, String fullName, String initials) {
}
