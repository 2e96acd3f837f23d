package org.agora.recognition;

import java.util.Map;

/** Work anniversaries and welcomes, posted once each by a daily job; HR switches each kind on or off. */
public interface Milestones {

    /** Posts the day's milestones that are not posted yet, for HR's "post now"; returns how many it posted. */
    int postDue();

    /** Whether each kind is switched on. */
    Map<RecognitionKind, Boolean> settings();

    void switchKind(RecognitionKind kind, boolean on);

}
