package org.agora.video;

import java.nio.file.Path;

/** A stored file of a video that the caller may read: the film, or its poster. */
public record PlayableFile(Path path, String mediaType) {
}
