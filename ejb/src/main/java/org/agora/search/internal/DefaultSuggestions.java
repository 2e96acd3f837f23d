package org.agora.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggester;
import co.elastic.clients.elasticsearch.core.search.SuggestFuzziness;
import co.elastic.clients.util.ObjectBuilder;
import org.agora.groups.GroupDirectory;
import org.agora.identity.Role;
import org.agora.people.ExpertiseTag;
import org.agora.people.ExpertiseVocabulary;
import org.agora.people.TagUsage;
import org.agora.search.ContentDocument;
import org.agora.search.SearchIndex;
import org.agora.search.SuggestionResults;
import org.agora.search.SuggestionResults.Group;
import org.agora.search.SuggestionResults.Person;
import org.agora.search.SuggestionResults.Tag;
import org.agora.search.Suggestions;
import org.agora.shared.InvalidInputException;

/**
 * Top-bar suggestions from the completion fields of three indices: people's names (former employees have none),
 * group names and hashtags, the last two within the {@code readableBy} contexts of the employee, looked up per
 * request. Expertise tags come from the vocabulary, which every colleague may see.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultSuggestions implements Suggestions {

    private static final String SUGGESTION = "suggestion";
    private static final String READABLE_BY = "readableBy";
    /** Hashtags keep places among the topics when many expertise tags match too. */
    private static final int HASHTAG_PLACES = 2;
    private static final Pattern LEADING_MARKS = Pattern.compile("^[#@]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Logger LOG = Logger.getLogger(DefaultSuggestions.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndices indices;

    @Inject
    GroupDirectory groups;

    @Inject
    ExpertiseVocabulary vocabulary;

    /** The part of a person document a suggestion shows. */
    public record PersonSource(long employeeId, String fullName, String initials, Long photoVersion, String title,
                               String department) {
    }

    /** The part of a group document a suggestion shows. */
    public record GroupSource(long groupId, String slug, String name, String visibility, boolean archived) {
    }

    @Override
    public SuggestionResults suggest(String prefix) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("Type at least one letter to get suggestions.");
        }
        if (text.length() > MAX_PREFIX_LENGTH) {
            throw new InvalidInputException("Suggestions are offered for up to " + MAX_PREFIX_LENGTH
                    + " characters; search for a longer text instead.");
        }
        // "#kube" asks for topics and "@mar" for colleagues; the names themselves start after the mark
        String typed = LEADING_MARKS.matcher(text).replaceFirst("");
        if (!LETTER_OR_DIGIT.matcher(typed).find()) {
            // nothing a name can start with: completing it would offer everything
            return SuggestionResults.none(text);
        }
        Set<Long> memberOf = groups.myGroupIds();
        Set<Long> known = new HashSet<>(memberOf);
        known.addAll(groups.pendingGroupIds());
        List<TagUsage> expertise = ExpertiseTag.canonical(typed).isEmpty() ? List.of() : vocabulary.suggest(typed, PER_KIND);

        List<PersonSource> people;
        List<GroupSource> named;
        List<String> hashtags;
        try {
            people = complete(SearchIndex.PEOPLE, PersonSource.class, typed,
                    c -> c.field("nameSuggest").fuzzy(DefaultSuggestions::typos), "employeeId", "fullName",
                    "initials", "photoVersion", "title", "department").stream()
                    .map(CompletionSuggestOption::source).toList();
            named = complete(SearchIndex.GROUPS, GroupSource.class, typed,
                    c -> c.field("nameSuggest").fuzzy(DefaultSuggestions::typos).contexts(READABLE_BY, contexts(known)),
                    "groupId", "slug", "name", "visibility", "archived").stream()
                    .map(CompletionSuggestOption::source).toList();
            // readable content only: a hashtag used in a private group is offered to its members alone
            hashtags = complete(SearchIndex.CONTENT, Void.class, typed,
                    c -> c.field("tagSuggest").skipDuplicates(true).contexts(READABLE_BY, contexts(memberOf))).stream()
                    .map(CompletionSuggestOption::text).toList();
        } catch (IOException | RuntimeException e) {
            // the outbox drainer and the health check report the outage; each keystroke need not
            LOG.fine(() -> "Suggestions are unavailable: " + e.getMessage());
            return SuggestionResults.unavailable(text);
        }
        return new SuggestionResults(text, people.stream().map(DefaultSuggestions::person).toList(),
                groupsKnown(named), tags(expertise, hashtags), true);
    }

    /** The best completions of {@code typed} in one index, with the named fields of each document. */
    private <T> List<CompletionSuggestOption<T>> complete(
            SearchIndex index, Class<T> type, String typed,
            Function<CompletionSuggester.Builder, CompletionSuggester.Builder> completion, String... fields)
            throws IOException {
        indices.ensureReady(index);
        SearchResponse<T> response = client.search(s -> s
                .index(indices.alias(index))
                .size(0)
                .source(source -> fields.length == 0 ? source.fetch(false)
                        : source.filter(f -> f.includes(List.of(fields))))
                .suggest(suggest -> suggest.suggesters(SUGGESTION, field -> field
                        .prefix(typed)
                        .completion(c -> completion.apply(c.size(PER_KIND))))), type);
        return response.suggest().getOrDefault(SUGGESTION, List.of()).stream()
                .flatMap(suggestion -> suggestion.completion().options().stream())
                .toList();
    }

    /** A typo or two once a few letters are typed; completions that keep the typed letters rank first. */
    private static ObjectBuilder<SuggestFuzziness> typos(SuggestFuzziness.Builder fuzzy) {
        return fuzzy.fuzziness("AUTO").minLength(4).prefixLength(1).unicodeAware(true);
    }

    /** Everyone's, and those of the groups named. */
    private static List<CompletionContext> contexts(Set<Long> groupIds) {
        List<CompletionContext> contexts = new ArrayList<>();
        contexts.add(CompletionContext.of(c -> c.context(ctx -> ctx.category(ContentDocument.EVERYONE))));
        groupIds.forEach(id -> contexts.add(CompletionContext.of(c -> c
                .context(ctx -> ctx.category(ContentDocument.readableByMembersOf(id))))));
        return contexts;
    }

    private static Person person(PersonSource person) {
        return new Person(person.employeeId(), person.fullName(), person.initials(), person.photoVersion(),
                person.title(), person.department());
    }

    /** The groups found, counted in the database, which also confirms that the employee may know of each. */
    private List<Group> groupsKnown(List<GroupSource> found) {
        Map<Long, Long> members = groups.memberCounts(found.stream().map(GroupSource::groupId).toList());
        return found.stream().filter(group -> members.containsKey(group.groupId()))
                .map(group -> new Group(group.groupId(), group.slug(), group.name(), group.visibility(),
                        members.get(group.groupId()), group.archived()))
                .toList();
    }

    /** Declared topics, most declared first, then hashtags nobody declares, to {@value #PER_KIND} in all. */
    private static List<Tag> tags(List<TagUsage> expertise, List<String> hashtags) {
        Set<String> declared = new HashSet<>();
        expertise.forEach(usage -> declared.add(usage.tag()));
        List<String> undeclared = hashtags.stream().filter(tag -> !declared.contains(tag)).toList();
        List<Tag> tags = new ArrayList<>();
        expertise.stream().limit(PER_KIND - Math.min(HASHTAG_PLACES, undeclared.size()))
                .forEach(usage -> tags.add(new Tag(usage.tag(), usage.people())));
        undeclared.stream().limit(PER_KIND - tags.size()).forEach(tag -> tags.add(new Tag(tag, 0)));
        return tags;
    }
}
