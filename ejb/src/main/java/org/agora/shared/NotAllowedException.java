package org.agora.shared;

import jakarta.ejb.ApplicationException;

/** The user may see what they asked about but may not do this to it; the message says who may. */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
