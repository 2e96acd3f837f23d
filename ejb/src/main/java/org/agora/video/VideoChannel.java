package org.agora.video;

import java.util.List;
import java.util.Set;

import org.agora.people.PersonSummary;

/** The leadership channel: executives' videos, who may publish them, and who hears of new ones. */
public interface VideoChannel {

    /** Publishes a completed upload; only an executive, for themselves, or a colleague they delegated to. */
    VideoView publish(VideoDraft draft);

    /** The newest videos first, of every executive ({@code executiveId} null) or of one. */
    List<VideoView> videos(Long executiveId, int limit);

    /** One video for any employee; {@code NotFoundException} if there is none, or a moderator hid it. */
    VideoView video(long videoId);

    /** Whether the caller may publish on someone's channel: themselves as an executive, or as a delegate. */
    List<PersonSummary> channelsICanPublishTo();

    /** The film itself, for playback. */
    PlayableFile film(long videoId);

    /** The poster; null when there is none and the page shows a placeholder. */
    PlayableFile poster(long videoId);

    /** The captions as WebVTT; {@code NotFoundException} when the video has none. */
    String captions(long videoId);

    /** Where the captions say these words, in whole seconds from the start; null if nowhere. */
    Integer secondWhereSaid(long videoId, List<String> words);

    /** The caller pressed play: a new view, whose id later reports how much was watched. */
    long startPlayback(long videoId);

    /** How far into the film the caller has watched in this view, in milliseconds. */
    void watched(long playbackId, long watchedMs);

    void subscribe(long executiveId);

    void unsubscribe(long executiveId);

    /** The executives whose new videos the caller hears of. */
    Set<Long> subscriptions();

    /** The colleagues the calling executive lets publish on their channel. */
    List<PersonSummary> delegates();

    void addDelegate(long employeeId);

    void removeDelegate(long employeeId);
}
