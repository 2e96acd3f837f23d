package org.agora.shared;

import java.util.Set;

/**
 * What one kind of upload may be: at most {@code maxBytes}, of one of {@code mediaTypes} as its bytes show.
 * {@code what} and {@code wrongType} are the sentences a refused user reads: "A photo can be at most 5 MB.",
 * "Choose a JPEG, PNG or GIF picture."
 */
public record UploadPolicy(String what, long maxBytes, Set<String> mediaTypes, String wrongType) {

    public static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif");

    public UploadPolicy {
        mediaTypes = Set.copyOf(mediaTypes);
    }

    String sizeLimit() {
        long megabytes = maxBytes / (1024 * 1024);
        return megabytes * 1024 * 1024 == maxBytes ? megabytes + " MB" : maxBytes + " bytes";
    }
}
