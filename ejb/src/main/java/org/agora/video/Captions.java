package org.agora.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agora.shared.InvalidInputException;

/**
 * A video's WebVTT captions, read cue by cue: checked when they are published (a mistake is named with its line), and
 * asked later where in the film some words are said, so a search hit can open the video at that moment.
 */
public final class Captions {

    public static final int MAX_CHARACTERS = 500_000;
    private static final Pattern TIMING = Pattern.compile(
            "^((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})\\s+-->\\s+((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})(\\s.*)?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** What is said from {@code startMs} to {@code endMs}, as plain text. */
    public record Cue(long startMs, long endMs, String text) {
    }

    private final List<Cue> cues;

    private Captions(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** Reads WebVTT; anything that is not is refused with the line where it went wrong. */
    public static Captions parse(String vtt) {
        if (vtt.length() > MAX_CHARACTERS) {
            throw new InvalidInputException("Captions can be at most " + MAX_CHARACTERS / 1000 + " thousand characters.");
        }
        String[] lines = vtt.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("WEBVTT")) {
            throw new InvalidInputException("Captions must be a WebVTT file: its first line is WEBVTT.");
        }
        List<Cue> cues = new ArrayList<>();
        int i = 1;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            // a block: NOTE, STYLE or REGION is skipped whole; otherwise an optional identifier, then the timing
            if (lines[i].startsWith("NOTE") || lines[i].equals("STYLE") || lines[i].equals("REGION")) {
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            // a cue may have an identifier line before its timing
            if (!lines[i].contains("-->") && i + 1 < lines.length && lines[i + 1].contains("-->")) {
                i++;
            }
            Matcher timing = TIMING.matcher(lines[i].strip());
            if (!timing.matches()) {
                throw new InvalidInputException("Line " + (i + 1) + " of the captions should be a cue timing such as "
                        + "00:01.000 --> 00:04.000, not \"" + abbreviated(lines[i]) + "\".");
            }
            long start = milliseconds(timing.group(1));
            long end = milliseconds(timing.group(2));
            if (end <= start) {
                throw new InvalidInputException("Line " + (i + 1) + " of the captions ends before it starts.");
            }
            int timingLine = i++;
            List<String> text = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                text.add(TAG.matcher(lines[i]).replaceAll("").replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").strip());
                i++;
            }
            if (text.isEmpty()) {
                throw new InvalidInputException("The cue on line " + (timingLine + 1) + " of the captions has no text.");
            }
            cues.add(new Cue(start, end, String.join(" ", text)));
        }
        if (cues.isEmpty()) {
            throw new InvalidInputException("The captions have no cues.");
        }
        return new Captions(cues);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Everything said, one cue per line, for search. */
    public String text() {
        return cues.stream().map(Cue::text).collect(Collectors.joining("\n"));
    }

    /**
     * Where the film says the most of these words (a search hit's marked words), in whole seconds; the first such
     * cue wins. Null when no cue says any of them.
     */
    public Integer secondWhereSaid(List<String> words) {
        List<String> wanted = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        Cue best = null;
        long bestCount = 0;
        for (Cue cue : cues) {
            List<String> said = WORD.matcher(cue.text().toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
            long count = wanted.stream().filter(said::contains).count();
            if (count > bestCount) {
                best = cue;
                bestCount = count;
            }
        }
        return best == null ? null : (int) (best.startMs() / 1000);
    }

    private static long milliseconds(String timestamp) {
        String[] parts = timestamp.split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String[] secondsAndMillis = parts[parts.length - 1].split("\\.");
        if (minutes > 59 || Long.parseLong(secondsAndMillis[0]) > 59) {
            throw new InvalidInputException("The caption time " + timestamp + " has more than 59 minutes or seconds.");
        }
        return ((hours * 60 + minutes) * 60 + Long.parseLong(secondsAndMillis[0])) * 1000
                + Long.parseLong(secondsAndMillis[1]);
    }

    private static String abbreviated(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
