package org.agora.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.agora.shared.InvalidInputException;

/**
 * The canonical spelling of a topic: lower case, words joined by hyphens, only letters, digits and the
 * characters programming topics need ({@code c++}, {@code c#}, {@code node.js}). "Machine  Learning" and
 * "machine-learning" are the same tag.
 */
public final class ExpertiseTag {

    public static final int MAX_LENGTH = 80;

    /** Unicode-aware, so the non-breaking spaces spreadsheets export separate words too. */
    private static final Pattern SPACES = Pattern.compile("[\\s_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{N}+#.\\-]");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^[-.]+|[-.]+$");

    private ExpertiseTag() {
    }

    /** The canonical form, or an empty string when nothing usable is left. */
    public static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        String tag = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        tag = SPACES.matcher(tag).replaceAll("-");
        tag = NOT_ALLOWED.matcher(tag).replaceAll("");
        tag = HYPHENS.matcher(tag).replaceAll("-");
        return EDGE_HYPHENS.matcher(tag).replaceAll("");
    }

    /** The canonical form of what a person typed; refuses input that leaves nothing or too much. */
    public static String of(String raw) {
        String tag = canonical(raw);
        if (tag.isEmpty()) {
            throw new InvalidInputException("A topic needs at least one letter or digit.");
        }
        if (tag.length() > MAX_LENGTH) {
            throw new InvalidInputException("A topic can be at most " + MAX_LENGTH + " characters long.");
        }
        return tag;
    }
}
