package org.agora.web.leadership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.agora.video.VideoView;

/** Lengths of time as a player shows them, for pages: {@code #{videoFormat.duration(ms)}}. */
@Named
@ApplicationScoped
public class VideoFormat {

    public String duration(long milliseconds) {
        return VideoView.clock(milliseconds);
    }
}
