package org.agora.people;

/** Someone who declared a topic, with how many colleagues endorse them for it. */
public record ExpertPerson(PersonSummary person, long endorsements) {
}
