package org.agora.notifications;

import jakarta.ejb.ApplicationException;

/** The mail server did not take a digest; the claim on it is rolled back so that the next run sends it. */
@ApplicationException(rollback = true)
public class DigestNotSent extends RuntimeException {

    public DigestNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
