package org.agora.web.media;

import java.util.Optional;

/**
 * One range of bytes a client asked for with {@code Range: bytes=...} (RFC 9110, section 14), resolved against the
 * size of the file: {@code first} and {@code last} are both included.
 */
public record ByteRange(long first, long last) {

    private static final String UNIT = "bytes=";

    /** What a Range header asks of a file of {@code size} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one the server ignores (malformed, or several ranges): the whole file, 200. */
    public record Whole() implements Request {
    }

    /** A single satisfiable range: 206 with Content-Range. */
    public record Part(ByteRange range) implements Request {
    }

    /** A well-formed range that lies outside the file: 416 with {@code Content-Range: bytes *}/size. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range header of a 206 answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Reads a Range header. A header that does not parse is ignored, as RFC 9110 allows, and so are several ranges in
     * one request: players ask for one at a time, and a multipart answer would only cost a second copy of the bytes.
     */
    public static Request of(String header, long size) {
        if (header == null || !header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            return new Whole();
        }
        String spec = header.substring(UNIT.length()).strip();
        if (spec.isEmpty() || spec.indexOf(',') >= 0) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> first = number(spec.substring(0, dash).strip());
        Optional<Long> last = number(spec.substring(dash + 1).strip());
        if (dash == 0) {
            // a suffix: the last n bytes
            if (last.isEmpty()) {
                return new Whole();
            }
            if (last.get() == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - last.get()), size - 1));
        }
        if (first.isEmpty() || (dash < spec.length() - 1 && last.isEmpty())
                || (last.isPresent() && last.get() < first.get())) {
            return new Whole();
        }
        if (first.get() >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first.get(), Math.min(last.orElse(size - 1), size - 1)));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
