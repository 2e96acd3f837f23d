package org.agora.recognition;

/** What a recognition celebrates; stored by name, so constants are only ever added. */
public enum RecognitionKind {
    /** A colleague gave a badge. */
    BADGE,
    /** Another year with the company, posted by the daily milestone job. */
    ANNIVERSARY,
    /** A new colleague's first day, posted by the daily milestone job. */
    WELCOME
}
