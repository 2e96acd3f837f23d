package org.agora.shared;

import jakarta.ejb.ApplicationException;

/** The user asked for something the domain does not accept; the message says why, in words a user can read. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
