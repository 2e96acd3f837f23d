package org.agora.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import org.agora.feed.Audience;
import org.agora.groups.GroupDirectory;
import org.agora.identity.CurrentEmployee;
import org.agora.people.Employee;
import org.agora.identity.Role;
import org.agora.search.ContentDocument;
import org.agora.search.ContentType;
import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchFacets;
import org.agora.search.SearchFacets.FacetValue;
import org.agora.search.SearchFilters;
import org.agora.search.SearchFilters.Period;
import org.agora.search.SearchHit;
import org.agora.video.Captions;
import org.agora.video.Video;
import org.agora.search.SearchIndex;
import org.agora.search.SearchResults;

import static org.agora.search.internal.ContentQuery.ATTACHMENT_TEXT;
import static org.agora.search.internal.ContentQuery.AUTHORS;
import static org.agora.search.internal.ContentQuery.BODY;
import static org.agora.search.internal.ContentQuery.DEPARTMENTS;
import static org.agora.search.internal.ContentQuery.GROUPS;
import static org.agora.search.internal.ContentQuery.NAME;
import static org.agora.search.internal.ContentQuery.PERIODS;
import static org.agora.search.internal.ContentQuery.SPELLING;
import static org.agora.search.internal.ContentQuery.TAGS;
import static org.agora.search.internal.ContentQuery.TYPES;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultKnowledgeSearch implements KnowledgeSearch {

    static final int MAX_QUERY_LENGTH = 200;
    /** Elasticsearch pages no deeper than 10,000 hits (index.max_result_window). */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    private static final Logger LOG = Logger.getLogger(DefaultKnowledgeSearch.class.getName());

    /** A word the highlighter marked; the snippet is escaped HTML, so a marked word holds no markup. */
    private static final Pattern MARKED = Pattern.compile("<mark>([^<]+)</mark>");

    @Inject
    ElasticsearchClient client;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndices indices;

    @Inject
    GroupDirectory groups;

    @Inject
    CurrentEmployee currentEmployee;

    @Override
    public SearchResults search(String query, int page) {
        return search(query, SearchFilters.NONE, page);
    }

    @Override
    public SearchResults search(String query, SearchFilters filters, int page) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || page > LAST_PAGE) {
            return SearchResults.empty(text);
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        SearchFilters narrowed = filters == null ? SearchFilters.NONE : filters;
        try {
            indices.ensureReady(SearchIndex.CONTENT);
            Query readable = readableByCurrentEmployee();
            SearchResponse<ContentDocument> response = contentSearch(text, readable, narrowed, Math.max(page, 0));
            List<SearchHit> hits = response.hits().hits().stream().map(this::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResults(text, hits, total, facets(narrowed, response.aggregations()),
                    didYouMean(text, readable, response.suggest()), true);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Search is unavailable: " + e.getMessage());
            return SearchResults.unavailable(text);
        }
    }

    private SearchResponse<ContentDocument> contentSearch(String text, Query readable, SearchFilters filters, int page)
            throws IOException {
        return client.search(ContentQuery.request(indices.alias(SearchIndex.CONTENT), text, readable, filters, page),
                ContentDocument.class);
    }

    /**
     * "Did you mean": the query with each word the index does not hold replaced by the closest one it does, offered
     * only when that respelling finds something the employee may read. Checking against readable documents keeps a
     * word that occurs only in a private group from ever being suggested to an outsider.
     */
    private String didYouMean(String text, Query readable, Map<String, List<Suggestion<ContentDocument>>> suggest)
            throws IOException {
        List<Suggestion<ContentDocument>> words = suggest == null ? List.of() : suggest.getOrDefault(SPELLING, List.of());
        StringBuilder respelled = new StringBuilder(text);
        boolean changed = false;
        // from the last word to the first, so that earlier offsets stay valid as words change length
        for (int i = words.size() - 1; i >= 0; i--) {
            TermSuggest word = words.get(i).term();
            if (!word.options().isEmpty()) {
                respelled.replace(word.offset(), word.offset() + word.length(), word.options().get(0).text());
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String candidate = respelled.toString();
        long readableMatches = client.count(c -> c.index(indices.alias(SearchIndex.CONTENT))
                .query(q -> q.bool(b -> b.must(m -> m.match(mt -> mt.field(BODY).query(candidate).operator(Operator.And)))
                        .filter(readable)))).count();
        return readableMatches > 0 ? candidate : null;
    }

    /**
     * Security trimming: public content, the groups the employee belongs to, and what is shared with them or their
     * department (a team recognition), looked up per query.
     */
    private Query readableByCurrentEmployee() {
        List<String> audiences = new ArrayList<>();
        audiences.add(ContentDocument.EVERYONE);
        groups.myGroupIds().forEach(groupId -> audiences.add(ContentDocument.readableByMembersOf(groupId)));
        Employee me = currentEmployee.get();
        audiences.addAll(Audience.of(me.getId(), me.getDepartment()));
        return ContentQuery.readableByAnyOf(audiences);
    }

    private static SearchFacets facets(SearchFilters filters, Map<String, Aggregate> aggregations) {
        List<FacetValue> types = aggregations.get(TYPES).sterms().buckets().array().stream()
                .map(bucket -> {
                    ContentType type = ContentType.valueOf(bucket.key().stringValue());
                    return new FacetValue(type.name(), type.plural(), bucket.docCount(), type == filters.type());
                })
                .sorted(Comparator.comparing(value -> ContentType.valueOf(value.value())))
                .toList();
        List<FacetValue> groups = aggregations.get(GROUPS).sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(),
                        bucket.aggregations().get(NAME).sterms().buckets().array().stream().findFirst()
                                .map(name -> name.key().stringValue()).orElse(bucket.key().stringValue()),
                        bucket.docCount(), bucket.key().stringValue().equals(String.valueOf(filters.groupId()))))
                .toList();
        List<FacetValue> departments = terms(aggregations.get(DEPARTMENTS), filters.department());
        List<FacetValue> authors = terms(aggregations.get(AUTHORS), filters.author());
        List<FacetValue> tags = aggregations.get(TAGS).sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(), "#" + bucket.key().stringValue(),
                        bucket.docCount(), bucket.key().stringValue().equals(filters.tag())))
                .toList();
        List<FacetValue> periods = aggregations.get(PERIODS).dateRange().buckets().array().stream()
                .filter(bucket -> bucket.docCount() > 0)
                .sorted(Comparator.comparing(bucket -> Period.valueOf(bucket.key()))) // the past week first
                .map(bucket -> {
                    Period period = Period.valueOf(bucket.key());
                    return new FacetValue(period.name(), period.label(), bucket.docCount(), period == filters.period());
                })
                .toList();
        return new SearchFacets(types, groups, departments, authors, tags, periods);
    }

    private static List<FacetValue> terms(Aggregate aggregate, String selected) {
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(), bucket.key().stringValue(), bucket.docCount(),
                        bucket.key().stringValue().equals(selected)))
                .toList();
    }

    private SearchHit toHit(Hit<ContentDocument> hit) {
        ContentDocument doc = hit.source();
        List<String> inBody = hit.highlight().getOrDefault(BODY, List.of());
        List<String> inAttachment = hit.highlight().getOrDefault(ATTACHMENT_TEXT, List.of());
        boolean foundInAttachment = !inAttachment.isEmpty()
                && inBody.stream().noneMatch(fragment -> fragment.contains("<mark>"));
        String snippet = String.join(" … ", foundInAttachment ? inAttachment : inBody);
        // words found in the post's documents rather than in what it says: the hit names those documents
        String attachmentName = foundInAttachment && doc.attachmentNames() != null
                ? String.join(", ", doc.attachmentNames()) : null;
        return new SearchHit(ContentType.valueOf(doc.type()), doc.postId(), ContentDocument.commentIdOf(hit.id()),
                doc.authorName(), doc.groupName(), snippet, attachmentName, Instant.parse(doc.createdAt()),
                foundInAttachment && ContentType.VIDEO.name().equals(doc.type()) ? secondWhereSaid(doc.postId(), snippet) : null);
    }

    /** Where the film says the words the snippet marks, from its captions as they are now. */
    private Integer secondWhereSaid(long videoId, String snippet) {
        List<String> words = MARKED.matcher(snippet).results().map(marked -> marked.group(1)).toList();
        Video video = em.find(Video.class, videoId);
        return video == null || video.getCaptionsVtt() == null || words.isEmpty() ? null
                : Captions.parse(video.getCaptionsVtt()).secondWhereSaid(words);
    }
}
