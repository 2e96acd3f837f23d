package org.agora.video;

import java.time.Instant;

/**
 * A video as the channel and its page show it; {@code descriptionHtml} is already sanitised.
 *
 * @param durationMs null when it could not be measured
 * @param audience   views and watch time, for the executive and whoever publishes for them; null for everyone else
 */
public record VideoView(long id, String title, String descriptionHtml, long executiveId, String executiveName,
                        String executiveTitle, String executiveInitials, Instant publishedAt, Long durationMs,
                        boolean hasPoster, boolean hasCaptions, String mediaType, long sizeBytes, Audience audience) {

    /** How the video was received: playbacks started, and the average time each watched. */
    public record Audience(long views, long averageWatchMs) {
    }

    /** The length as a player shows it: 4:05, or 1:02:03. */
    public String duration() {
        return durationMs == null ? "" : clock(durationMs);
    }

    /** A length of time as a player shows it. */
    public static String clock(long milliseconds) {
        long seconds = Math.max(0, milliseconds) / 1000;
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
