package org.agora.recognition;

import java.util.List;

/**
 * Colleagues were recognised. Fired inside the giving transaction, so that their notifications commit with it.
 *
 * @param recognitionId the recognition, and its post
 */
public record RecognitionGiven(long recognitionId, long giverId, String badgeName, List<Long> recipientIds,
                               RecognitionVisibility visibility) {
}
