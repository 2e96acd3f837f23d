package org.agora.video;

/** A new upload: send its bytes in pieces of at most {@code pieceBytes}, from offset 0. */
public record UploadStarted(String id, long sizeBytes, int pieceBytes) {
}
