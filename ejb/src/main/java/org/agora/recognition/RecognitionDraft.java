package org.agora.recognition;

import java.util.List;

/** What a giver chose: whom to recognise, with which badge, the message (mentions allowed), and who reads it. */
public record RecognitionDraft(List<Long> recipientIds, Long badgeId, String message, RecognitionVisibility visibility) {
}
