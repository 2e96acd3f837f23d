package org.agora.recognition;

/** Who reads a recognition; stored by name. */
public enum RecognitionVisibility {
    /** Everyone in the company. */
    COMPANY,
    /** The giver, the people recognised, their managers and their departments. */
    TEAM
}
