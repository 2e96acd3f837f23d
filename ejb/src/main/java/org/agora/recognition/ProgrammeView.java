package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

/** A programme with its badges, for HR's page; {@code running} says whether its badges may be given today. */
public record ProgrammeView(long id, String name, String description, LocalDate startsOn, LocalDate endsOn,
                            boolean running, List<BadgeView> badges) {
}
