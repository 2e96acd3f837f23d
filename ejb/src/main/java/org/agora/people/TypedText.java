package org.agora.people;

import org.agora.shared.InvalidInputException;

/** What people type into a form: trimmed, blank meaning absent, refused with a sentence when too long. */
final class TypedText {

    private TypedText() {
    }

    static String limited(String value, int max, String what) {
        String clean = blankToNull(value);
        if (clean != null && clean.length() > max) {
            throw new InvalidInputException(what + " can be at most %,d characters; this one has %,d.".formatted(max, clean.length()));
        }
        return clean;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
