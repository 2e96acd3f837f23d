package org.agora.search;

import jakarta.ejb.ApplicationException;

/** A rebuild of this index is still running; it has to finish (or fail) before another one starts. */
@ApplicationException
public class ReindexAlreadyRunning extends RuntimeException {

    private final transient ReindexProgress progress;

    public ReindexAlreadyRunning(ReindexProgress progress) {
        super("A rebuild of the " + progress.index().key() + " index is already running (" + progress.documentsDone()
                + " of " + progress.documentsTotal() + " documents written).");
        this.progress = progress;
    }

    public ReindexProgress progress() {
        return progress;
    }
}
