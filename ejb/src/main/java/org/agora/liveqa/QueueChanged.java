package org.agora.liveqa;

/**
 * A numbered change of a session's queue, fired inside the transaction that made it: the messages to push to open
 * pages once it commits, for attendees ({@code payload}) and moderators ({@code moderatorPayload}).
 */
public record QueueChanged(long sessionId, long seq, String payload, String moderatorPayload) {

    public String messageFor(boolean moderator) {
        return moderator && moderatorPayload != null ? moderatorPayload : payload;
    }
}
