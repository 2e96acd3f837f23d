package org.agora.shared;

/** An upload over the size the product accepts; the message says the limit. */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String message) {
        super(message);
    }
}
