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
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.agora.groups.GroupDirectory;
import org.agora.identity.Role;
import org.agora.search.ContentDocument;
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
    private static final String GROUPS = "groups";
    private static final String NAME = "name";
    private static final String DEPARTMENTS = "departments";
    private static final String AUTHORS = "authors";
    private static final String PERIODS = "periods";
    /** Elasticsearch pages no deeper than 10,000 hits (index.max_result_window). */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
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
            return toResults(text, narrowed, contentSearch(text, narrowed, Math.max(page, 0)));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Search is unavailable: " + e.getMessage());
            return SearchResults.unavailable(text);
        }
    }

    private SearchResponse<ContentDocument> contentSearch(String text, SearchFilters filters, int page) throws IOException {
        List<Query> narrowing = new ArrayList<>();
        // security trimming first: hits, highlights and every facet count come from readable documents only
        narrowing.add(Query.of(q -> q.terms(t -> t.field("readableBy").terms(v -> v.value(readableByCurrentEmployee())))));
        if (filters.groupId() != null) {
            narrowing.add(term("groupId", filters.groupId().toString()));
        }
        if (filters.department() != null) {
            narrowing.add(term("authorDepartment", filters.department()));
        }
        if (filters.author() != null) {
            narrowing.add(term("authorName.keyword", filters.author()));
        }
        if (filters.period() != null) {
            narrowing.add(Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt").gte("now-" + filters.period().days() + "d")))));
        }
        return client.search(s -> s
                .index(indices.alias(SearchIndex.CONTENT))
                .query(q -> q.bool(b -> b
                        .must(m -> m.multiMatch(mm -> mm.query(text)
                                .fields("body", "authorName^2", "groupName", "attachmentNames", "attachmentText")
                                .fuzziness("AUTO")))
                        .should(sh -> sh.matchPhrase(mp -> mp.field("body").query(text).boost(2f)))
                        .filter(narrowing)))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>").postTags("</mark>").maxAnalyzedOffset(MAX_HIGHLIGHTED_TEXT)
                        .fields("body", f -> f.fragmentSize(160).numberOfFragments(2).noMatchSize(200))
                        .fields("attachmentText", f -> f.fragmentSize(160).numberOfFragments(1)))
                .aggregations(GROUPS, a -> a.terms(t -> t.field("groupId").size(FACET_SIZE))
                        .aggregations(NAME, name -> name.terms(t -> t.field("groupName.keyword").size(1))))
                .aggregations(DEPARTMENTS, a -> a.terms(t -> t.field("authorDepartment").size(FACET_SIZE)))
                .aggregations(AUTHORS, a -> a.terms(t -> t.field("authorName.keyword").size(FACET_SIZE)))
                .aggregations(PERIODS, a -> a.dateRange(r -> r.field("createdAt").ranges(Arrays.stream(Period.values())
                        .map(period -> DateRangeExpression.of(e -> e.key(period.name())
                                .from(from -> from.expr("now-" + period.days() + "d"))))
                        .toList())))
                .from(page * PAGE_SIZE)
                .size(PAGE_SIZE)
                .trackTotalHits(t -> t.enabled(true)), ContentDocument.class);
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** Security trimming: public content and the groups the employee belongs to, looked up per query. */
    private List<FieldValue> readableByCurrentEmployee() {
        List<FieldValue> readable = new ArrayList<>();
        readable.add(FieldValue.of(ContentDocument.EVERYONE));
        groups.myGroupIds()
                .forEach(groupId -> readable.add(FieldValue.of(ContentDocument.readableByMembersOf(groupId))));
        return readable;
    }

    private static SearchResults toResults(String text, SearchFilters filters, SearchResponse<ContentDocument> response) {
        List<SearchHit> hits = response.hits().hits().stream().map(DefaultKnowledgeSearch::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(text, hits, total, facets(filters, response.aggregations()), true);
    }

    private static SearchFacets facets(SearchFilters filters, Map<String, Aggregate> aggregations) {
        List<FacetValue> groups = aggregations.get(GROUPS).sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(),
                        bucket.aggregations().get(NAME).sterms().buckets().array().stream().findFirst()
                                .map(name -> name.key().stringValue()).orElse(bucket.key().stringValue()),
                        bucket.docCount(), bucket.key().stringValue().equals(String.valueOf(filters.groupId()))))
                .toList();
        List<FacetValue> departments = terms(aggregations.get(DEPARTMENTS), filters.department());
        List<FacetValue> authors = terms(aggregations.get(AUTHORS), filters.author());
        List<FacetValue> periods = aggregations.get(PERIODS).dateRange().buckets().array().stream()
                .filter(bucket -> bucket.docCount() > 0)
                .sorted(Comparator.comparing(bucket -> Period.valueOf(bucket.key()))) // the past week first
                .map(bucket -> {
                    Period period = Period.valueOf(bucket.key());
                    return new FacetValue(period.name(), period.label(), bucket.docCount(), period == filters.period());
                })
                .toList();
        return new SearchFacets(groups, departments, authors, periods);
    }

    private static List<FacetValue> terms(Aggregate aggregate, String selected) {
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetValue(bucket.key().stringValue(), bucket.key().stringValue(), bucket.docCount(),
                        bucket.key().stringValue().equals(selected)))
                .toList();
    }

    private static SearchHit toHit(Hit<ContentDocument> hit) {
        ContentDocument doc = hit.source();
        List<String> body = hit.highlight().getOrDefault("body", List.of());
        List<String> attached = hit.highlight().getOrDefault("attachmentText", List.of());
        // a post found by what its documents say shows that passage rather than the start of its body
        String snippet = String.join(" … ",
                attached.isEmpty() || body.stream().anyMatch(fragment -> fragment.contains("<mark>")) ? body : attached);
        return new SearchHit(doc.type(), doc.postId(), doc.authorName(), doc.groupName(), snippet,
                Instant.parse(doc.createdAt()));
    }
}
