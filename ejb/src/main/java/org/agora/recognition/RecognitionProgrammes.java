package org.agora.recognition;

import java.util.List;

/** HR's programmes and badges; every method is for HR only. */
public interface RecognitionProgrammes {

    /** Every programme, running ones first, with their badges. */
    List<ProgrammeView> programmes();

    ProgrammeView create(ProgrammeDraft draft);

    ProgrammeView change(long programmeId, ProgrammeDraft draft);

    BadgeView addBadge(long programmeId, BadgeDraft draft);

    BadgeView changeBadge(long badgeId, BadgeDraft draft);
}
