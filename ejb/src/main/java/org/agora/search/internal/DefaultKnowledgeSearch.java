package org.agora.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import org.agora.groups.GroupDirectory;
import org.agora.identity.Role;
import org.agora.search.ContentDocument;
import org.agora.search.ContentType;
import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchFacets;
import org.agora.search.SearchFacets.FacetValue;
import org.agora.search.SearchFilters;
import org.agora.search.SearchFilters.Period;
import org.agora.search.SearchHit;
import org.agora.search.SearchIndex;
import org.agora.search.SearchResults;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultKnowledgeSearch implements KnowledgeSearch {

    static final int MAX_QUERY_LENGTH = 200;
    /** Values listed per facet: the most frequent. */
    static final int FACET_SIZE = 10;
    /** Elasticsearch pages no deeper than 10,000 hits (index.max_result_window). */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    /** An accepted answer outranks the question's other comments, which rank below posts saying the same. */
    static final double ANSWER_WEIGHT = 2.0;
    static final double COMMENT_WEIGHT = 0.7;
    /**
     * Recency: a result's score is multiplied by between 1 (old) and 1.5 (this week), halving the extra every
     * ninety days, so the newer of two equally good matches comes first without burying what is old but right.
     */
    static final double RECENCY_EXTRA = 0.5;
    private static final String TYPES = "types";
    private static final String GROUPS = "groups";
    private static final String NAME = "name";
    private static final String DEPARTMENTS = "departments";
    private static final String AUTHORS = "authors";
    private static final String TAGS = "tags";
    private static final String PERIODS = "periods";
    private static final String SPELLING = "spelling";
    private static final String BODY = "body";
    private static final String ATTACHMENT_TEXT = "attachmentText";
    /** One typo forgiven in words of four to six letters, two from seven: "profle" finds profile, not people. */
    static final String TYPO_TOLERANCE = "AUTO:4,7";
    /** Characters of a field looked through for a snippet: past a million, Elasticsearch refuses the whole query. */
    static final int MAX_HIGHLIGHTED_TEXT = 500_000;
    private static final Logger LOG = Logger.getLogger(DefaultKnowledgeSearch.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndices indices;

    @Inject
    GroupDirectory groups;

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
            List<SearchHit> hits = response.hits().hits().stream().map(DefaultKnowledgeSearch::toHit).toList();
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
        return client.search(request(indices.alias(SearchIndex.CONTENT), text, readable, filters, page), ContentDocument.class);
    }

    /**
     * The request for one page of results. Public so that the search benchmark sends Elasticsearch exactly what the
     * application does.
     *
     * @param readable the security trimming: which {@code readableBy} values the searcher may see
     */
    public static SearchRequest request(String index, String text, Query readable, SearchFilters filters, int page) {
        List<Query> narrowing = new ArrayList<>();
        // security trimming first: hits, highlights, facet counts and spelling all come from readable documents only
        narrowing.add(readable);
        if (filters.type() != null) {
            narrowing.add(term("type", filters.type().name()));
        }
        if (filters.groupId() != null) {
            narrowing.add(term("groupId", filters.groupId().toString()));
        }
        if (filters.department() != null) {
            narrowing.add(term("authorDepartment", filters.department()));
        }
        if (filters.author() != null) {
            narrowing.add(term("authorName.keyword", filters.author()));
        }
        if (filters.tag() != null) {
            narrowing.add(term(TAGS, filters.tag()));
        }
        if (filters.period() != null) {
            narrowing.add(Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt").gte("now-" + filters.period().days() + "d")))));
        }
        Query matching = Query.of(q -> q.bool(b -> b
                .must(m -> m.multiMatch(mm -> mm.query(text)
                        .fields(BODY, "authorName^2", "groupName", "tags^2", ATTACHMENT_TEXT, "attachmentNames")
                        .fuzziness(TYPO_TOLERANCE)))
                .should(sh -> sh.matchPhrase(mp -> mp.field(BODY).query(text).boost(2f)))
                .should(sh -> sh.matchPhrase(mp -> mp.field(ATTACHMENT_TEXT).query(text)))
                .filter(narrowing)));
        return SearchRequest.of(s -> s
                .index(index)
                .query(q -> q.functionScore(fs -> fs.query(ranked(matching))
                        .functions(f -> f.weight(1.0))
                        .functions(f -> f.gauss(g -> g.date(d -> d.field("createdAt")
                                .placement(p -> p.origin("now").offset(Time.of(t -> t.time("7d")))
                                        .scale(Time.of(t -> t.time("90d"))).decay(0.5))))
                                .weight(RECENCY_EXTRA))
                        .scoreMode(FunctionScoreMode.Sum)
                        .boostMode(FunctionBoostMode.Multiply)))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>").postTags("</mark>").maxAnalyzedOffset(MAX_HIGHLIGHTED_TEXT)
                        .fields(BODY, f -> f.fragmentSize(160).numberOfFragments(2).noMatchSize(200))
                        .fields(ATTACHMENT_TEXT, f -> f.fragmentSize(160).numberOfFragments(1)))
                .aggregations(TYPES, a -> a.terms(t -> t.field("type").size(ContentType.values().length)))
                .aggregations(GROUPS, a -> a.terms(t -> t.field("groupId").size(FACET_SIZE))
                        .aggregations(NAME, name -> name.terms(t -> t.field("groupName.keyword").size(1))))
                .aggregations(DEPARTMENTS, a -> a.terms(t -> t.field("authorDepartment").size(FACET_SIZE)))
                .aggregations(AUTHORS, a -> a.terms(t -> t.field("authorName.keyword").size(FACET_SIZE)))
                .aggregations(TAGS, a -> a.terms(t -> t.field(TAGS).size(FACET_SIZE)))
                .aggregations(PERIODS, a -> a.dateRange(r -> r.field("createdAt").ranges(Arrays.stream(Period.values())
                        .map(period -> DateRangeExpression.of(e -> e.key(period.name())
                                .from(from -> from.expr("now-" + period.days() + "d"))))
                        .toList())))
                .suggest(sg -> sg.text(text).suggesters(SPELLING, f -> f.term(t -> t.field(BODY)
                        .suggestMode(SuggestMode.Missing).minWordLength(4).size(1))))
                .source(src -> src.filter(f -> f.excludes(ATTACHMENT_TEXT)))
                .from(page * PAGE_SIZE)
                .size(PAGE_SIZE)
                .trackTotalHits(t -> t.enabled(true)));
    }

    /** Accepted answers above comments: weights by type, multiplied into the relevance score. */
    private static Query ranked(Query matching) {
        return Query.of(q -> q.functionScore(fs -> fs.query(matching)
                .functions(FunctionScore.of(f -> f.filter(term("type", ContentType.ANSWER.name())).weight(ANSWER_WEIGHT)))
                .functions(FunctionScore.of(f -> f.filter(term("type", ContentType.COMMENT.name())).weight(COMMENT_WEIGHT)))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
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

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** Security trimming: public content and the groups the employee belongs to, looked up per query. */
    private Query readableByCurrentEmployee() {
        List<String> audiences = new ArrayList<>();
        audiences.add(ContentDocument.EVERYONE);
        groups.myGroupIds().forEach(groupId -> audiences.add(ContentDocument.readableByMembersOf(groupId)));
        return readableByAnyOf(audiences);
    }

    /** Documents whose {@code readableBy} holds one of {@code audiences}. */
    public static Query readableByAnyOf(List<String> audiences) {
        List<FieldValue> values = audiences.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field("readableBy").terms(v -> v.value(values))));
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

    private static SearchHit toHit(Hit<ContentDocument> hit) {
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
                doc.authorName(), doc.groupName(), snippet, attachmentName, Instant.parse(doc.createdAt()));
    }
}
