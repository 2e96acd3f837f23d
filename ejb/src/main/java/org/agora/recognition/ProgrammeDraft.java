package org.agora.recognition;

import java.time.LocalDate;

/** A programme as HR describes it; {@code endsOn} null for one that runs until further notice. */
public record ProgrammeDraft(String name, String description, LocalDate startsOn, LocalDate endsOn) {
}
