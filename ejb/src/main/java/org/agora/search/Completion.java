package org.agora.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@code completion} field of an index holds: the texts a prefix is matched against, and a weight that orders
 * equally good matches.
 */
public record Completion(List<String> input, int weight) {

    /** Words of a name from which completion starts: enough for "Ana María de la Fuente Rodríguez". */
    static final int MAX_STARTS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /**
     * A name completed from the start of any of its words ("Marcus Chen" from "mar" and from "che"), and from its
     * spelling without accents, since a completion matches from the first letter and "Tomás" is often typed "tomas".
     */
    public static Completion ofName(String name, int weight) {
        String[] words = SPACES.split(name.strip());
        Set<String> inputs = new LinkedHashSet<>();
        for (int start = 0; start < Math.min(words.length, MAX_STARTS); start++) {
            String rest = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            inputs.add(rest);
            String folded = folded(rest);
            if (!folded.equals(rest.toLowerCase(Locale.ROOT))) {
                inputs.add(folded);
            }
        }
        return new Completion(List.copyOf(inputs), weight);
    }

    /** Lower case without accents: "Émile" is "emile". */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
