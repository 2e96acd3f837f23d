package org.agora.liveqa;

import java.time.Instant;

/**
 * What an executive fills in to schedule a session.
 *
 * @param videoId   a video blog the session belongs to, optional
 * @param streamUrl where the session is streamed, optional, http or https only
 */
public record SessionDraft(String title, String description, Instant startsAt, Instant endsAt, Long videoId,
                           String streamUrl, boolean moderated, boolean anonymousAllowed) {
}
