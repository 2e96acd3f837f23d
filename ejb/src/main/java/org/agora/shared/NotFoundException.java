package org.agora.shared;

import jakarta.ejb.ApplicationException;

/** What the user asked for does not exist, or they may not know that it does. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
