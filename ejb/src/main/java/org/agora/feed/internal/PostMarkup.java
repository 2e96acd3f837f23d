package org.agora.feed.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.PostBody;
import org.agora.people.ExpertiseVocabulary;
import org.agora.shared.InvalidInputException;
import org.owasp.html.Encoding;

/**
 * Makes {@code @username} a link to the colleague's profile and {@code #topic} a link to the topic page that
 * expertise tags share, in an already sanitised body. Only text outside links and code is touched, and only
 * current employees become mentions: anything else stays the text it was.
 */
@ApplicationScoped
class PostMarkup {

    /** A tag, or a run of text between tags. */
    private static final Pattern TAG_OR_TEXT = Pattern.compile("<[^>]*>|[^<]+");
    private static final Pattern OPENS_VERBATIM = Pattern.compile("(?i)<(a|code|pre)[\\s>]");
    private static final Pattern CLOSES_VERBATIM = Pattern.compile("(?i)</(a|code|pre)\\s*>");
    /** Not inside a word, an e-mail address or a web address. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@#/&+-])([@#])([\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[._-]+$");

    @PersistenceContext
    EntityManager em;

    @Inject
    ExpertiseVocabulary vocabulary;

    /** The body with links, the ids of the colleagues it mentions and the canonical topics of its hashtags. */
    Linked link(PostBody body) {
        List<String> parts = new ArrayList<>();
        Matcher pieces = TAG_OR_TEXT.matcher(body.html());
        while (pieces.find()) {
            parts.add(pieces.group());
        }
        Set<String> usernames = new LinkedHashSet<>();
        forEachLinkableText(parts, (index, text) -> tokens(text).forEach(token -> {
            if (token.mention()) {
                usernames.add(token.word().toLowerCase(Locale.ROOT));
            }
        }));
        Map<String, Mentioned> people = resolve(usernames);
        Set<Long> mentioned = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        forEachLinkableText(parts, (index, text) -> parts.set(index, linked(text, people, this::topic, mentioned, topics)));
        return new Linked(body.withLinks(String.join("", parts)), mentioned, topics);
    }

    record Linked(PostBody body, Set<Long> mentionedIds, Set<String> hashtags) {
    }

    private record Mentioned(long employeeId, String fullName) {
    }

    private record Token(int start, int end, boolean mention, String word) {
    }

    private interface TextVisitor {
        void visit(int index, String decodedText);
    }

    /** Visits the text runs outside links, code and preformatted blocks, decoded from HTML. */
    private static void forEachLinkableText(List<String> parts, TextVisitor visitor) {
        int verbatimDepth = 0;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("<")) {
                if (OPENS_VERBATIM.matcher(part).lookingAt()) {
                    verbatimDepth++;
                } else if (CLOSES_VERBATIM.matcher(part).lookingAt()) {
                    verbatimDepth = Math.max(0, verbatimDepth - 1);
                }
            } else if (verbatimDepth == 0) {
                visitor.visit(i, Encoding.decodeHtml(part));
            }
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String word = TRAILING_PUNCTUATION.matcher(matcher.group(2)).replaceAll("");
            boolean mention = matcher.group(1).equals("@");
            // a hashtag names a topic, which has a letter: "#1" is a number
            if (!word.isEmpty() && (mention || word.chars().anyMatch(Character::isLetter))) {
                tokens.add(new Token(matcher.start(), matcher.start(2) + word.length(), mention, word));
            }
        }
        return tokens;
    }

    private static String linked(String text, Map<String, Mentioned> people, UnaryOperator<String> topicOf,
                                 Set<Long> mentioned, Set<String> topics) {
        StringBuilder html = new StringBuilder();
        int written = 0;
        for (Token token : tokens(text)) {
            String link = null;
            if (token.mention()) {
                Mentioned person = people.get(token.word().toLowerCase(Locale.ROOT));
                if (person != null) {
                    mentioned.add(person.employeeId());
                    link = "<a href=\"/people/profile.xhtml?id=" + person.employeeId() + "\" class=\"agora-mention\">@"
                            + escape(person.fullName()) + "</a>";
                }
            } else {
                String topic = topicOf.apply(token.word());
                if (topic != null) {
                    topics.add(topic);
                    link = "<a href=\"/people/tag.xhtml?tag=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)
                            + "\" class=\"agora-hashtag\">#" + escape(token.word()) + "</a>";
                }
            }
            if (link != null) {
                html.append(escape(text.substring(written, token.start()))).append(link);
                written = token.end();
            }
        }
        return html.append(escape(text.substring(written))).toString();
    }

    /** The topic a hashtag stands for, as expertise tags name it (aliases merged); null when it names none. */
    private String topic(String hashtag) {
        try {
            return vocabulary.resolve(hashtag);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** Current employees by lower-case username; anyone else mentioned stays plain text. */
    private Map<String, Mentioned> resolve(Set<String> usernames) {
        Map<String, Mentioned> people = new HashMap<>();
        if (usernames.isEmpty()) {
            return people;
        }
        em.createQuery("""
                        select lower(a.username), e.id, e.fullName from Account a join a.employee e
                        where lower(a.username) in :usernames and e.active = true""", Object[].class)
                .setParameter("usernames", usernames)
                .getResultList()
                .forEach(row -> people.put((String) row[0], new Mentioned((Long) row[1], (String) row[2])));
        return people;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#34;").replace("'", "&#39;");
    }
}
