package org.agora.feed;

import java.util.regex.Pattern;

import org.agora.shared.InvalidInputException;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The text of a post: user input reduced to safe HTML (bold, italic, lists, links, code)
 * and the plain text that search indexes and length limits count.
 */
public final class PostBody {

    public static final int MAX_CHARACTERS = 5000;
    /** Raw input beyond this is refused before any parsing, so a huge paste costs nothing. */
    static final int MAX_INPUT_CHARACTERS = 4 * MAX_CHARACTERS;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "code", "pre").toFactory());
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|blockquote|pre)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private final String html;
    private final String text;
    private final String source;

    private PostBody(String html, String text, String source) {
        this.html = html;
        this.text = text;
        this.source = source;
    }

    /** Sanitises what the author typed; refuses empty and over-long posts with a message for the author. */
    public static PostBody fromUserInput(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("Write something before you post.");
        }
        if (input.length() > MAX_INPUT_CHARACTERS) {
            throw tooLong(input.length());
        }
        String html = POLICY.sanitize(LINE_BREAK.matcher(input.strip()).replaceAll("<br>"));
        String text = plainText(html);
        if (text.isEmpty()) {
            throw new InvalidInputException("Nothing is left to post once scripts and unsupported markup are removed.");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw tooLong(text.length());
        }
        return new PostBody(html, text, input.strip());
    }

    /** Restores a body that was sanitised when it was written. */
    static PostBody stored(String html, String text, String source) {
        return new PostBody(html, text, source);
    }

    /** The same body with its mentions and hashtags made into links ({@code linkedHtml} built from {@link #html()}). */
    public PostBody withLinks(String linkedHtml) {
        return new PostBody(linkedHtml, text, source);
    }

    private static InvalidInputException tooLong(int length) {
        return new InvalidInputException("A post can be at most %,d characters long; this one has %,d."
                .formatted(MAX_CHARACTERS, length));
    }

    private static String plainText(String sanitizedHtml) {
        String withBreaks = BLOCK_END.matcher(sanitizedHtml).replaceAll("\n");
        String decoded = Encoding.decodeHtml(TAG.matcher(withBreaks).replaceAll(""));
        return SPACES.matcher(decoded).replaceAll(" ").strip();
    }

    public String html() {
        return html;
    }

    public String text() {
        return text;
    }

    /** What the author typed, for them to edit; plain text that is never rendered as markup. */
    public String source() {
        return source == null ? text : source;
    }
}
