package org.agora.search;

import java.time.Instant;

/**
 * How far the latest rebuild of an index has come since the server started: documents written of those to write,
 * when it started and finished, and why it failed. {@code targetIndex} is the Elasticsearch index being filled.
 */
public record ReindexProgress(SearchIndex index, State state, Trigger trigger, long documentsDone,
                              long documentsTotal, Instant startedAt, Instant finishedAt, String failure,
                              String targetIndex) {

    public enum State {
        /** Not rebuilt since the server started. */
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    public enum Trigger {
        /** An administrator asked for a rebuild: a fresh index replaces the live one when it is full. */
        ADMINISTRATOR,
        /** A new, empty index (first start, new mapping, data lost) is filled while it serves. */
        NEW_INDEX
    }

    public static ReindexProgress idle(SearchIndex index) {
        return new ReindexProgress(index, State.IDLE, null, 0, 0, null, null, null, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** From 0 to 100; 100 once done, whatever was counted. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return documentsTotal == 0 ? 0 : (int) Math.min(100, documentsDone * 100 / documentsTotal);
    }
}
