package org.agora.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * What employees write, the same every time for a seed: sentences of words from a vocabulary of a few thousand
 * ({@code bench/vocabulary.txt}), drawn by Zipf's law as in real text, so that a few words are in most posts and most
 * words in few; a third of the posts also use one of the phrases people keep repeating at work.
 */
final class GeneratedPosts {

    static final List<String> PHRASES = List.of("quarterly business review", "all hands meeting", "release notes",
            "customer onboarding", "incident review", "on call rotation", "design system", "sales kickoff",
            "hiring plan", "travel policy", "expense report", "team offsite", "product roadmap", "security training",
            "performance review", "office move", "parental leave policy", "code freeze", "data retention",
            "holiday schedule", "wellbeing week", "budget planning", "pricing change", "contract renewal",
            "service outage", "migration plan", "user research", "brand guidelines", "knowledge base",
            "open enrollment", "new starters", "lunch and learn", "board meeting", "annual report",
            "customer feedback", "root cause analysis", "disaster recovery test", "internal audit",
            "carbon footprint", "mentoring programme");

    private final List<String> words;
    private final double[] cumulative;
    private final Random random;

    GeneratedPosts(long seed) {
        this.words = vocabulary();
        this.cumulative = new double[words.size()];
        double sum = 0;
        for (int rank = 0; rank < words.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        this.random = new Random(seed);
    }

    int vocabularySize() {
        return words.size();
    }

    /** Two to five sentences, a question when asked for, the hashtags at the end. */
    String body(boolean question, List<String> hashtags) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        int phraseAt = random.nextInt(3) == 0 ? random.nextInt(sentences) : -1;
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                text.append(' ');
            }
            sentence(text, s == phraseAt, question && s == sentences - 1);
        }
        hashtags.forEach(tag -> text.append(" #").append(tag));
        return text.toString();
    }

    /** Plain running text of about {@code count} words, as extracted from an attached document. */
    String text(int count) {
        StringBuilder text = new StringBuilder();
        while (count > 0) {
            int length = Math.min(count, 6 + random.nextInt(10));
            if (!text.isEmpty()) {
                text.append(' ');
            }
            sentenceOf(text, length, random.nextInt(4) == 0, false);
            count -= length;
        }
        return text.toString();
    }

    String phrase() {
        return PHRASES.get(random.nextInt(PHRASES.size()));
    }

    private void sentence(StringBuilder text, boolean withPhrase, boolean question) {
        sentenceOf(text, 5 + random.nextInt(10), withPhrase, question);
    }

    private void sentenceOf(StringBuilder text, int length, boolean withPhrase, boolean question) {
        int start = text.length();
        int phraseAt = withPhrase ? random.nextInt(length) : -1;
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(w == phraseAt ? phrase() : word());
        }
        text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
        text.append(question ? '?' : '.');
    }

    /** One word, the more frequent the nearer the top of the vocabulary. */
    String word() {
        double drawn = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, drawn);
        return words.get(index >= 0 ? index : Math.min(-index - 1, words.size() - 1));
    }

    private static List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GeneratedPosts.class.getResourceAsStream("/bench/vocabulary.txt")), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }
}
