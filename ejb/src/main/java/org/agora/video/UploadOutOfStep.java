package org.agora.video;

import jakarta.ejb.ApplicationException;

/**
 * A piece that does not continue the upload where it stands: sent twice, out of order, or while another piece is
 * still arriving. The client resumes from {@code received}.
 */
@ApplicationException(rollback = true)
public class UploadOutOfStep extends RuntimeException {

    private final long received;

    public UploadOutOfStep(String message, long received) {
        super(message);
        this.received = received;
    }

    public long received() {
        return received;
    }
}
