package org.agora.recognition;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** HR's programmes and badges; every method is for HR only. */
public interface RecognitionProgrammes {

    /** Every programme, running ones first, with their badges. */
    List<ProgrammeView> programmes();

    ProgrammeView create(ProgrammeDraft draft);

    ProgrammeView change(long programmeId, ProgrammeDraft draft);

    BadgeView addBadge(long programmeId, BadgeDraft draft);

    BadgeView changeBadge(long badgeId, BadgeDraft draft);

    /**
     * Gives a badge a picture of its own (JPEG, PNG or GIF, checked by its bytes), shown instead of its icon; it is
     * stored as a 128-pixel square PNG, never as uploaded.
     */
    BadgeView changeBadgePicture(long badgeId, InputStream picture);

    /** The stored picture of a badge, if it has one; for every signed-in employee. */
    Optional<Path> badgePicture(long badgeId);
}
