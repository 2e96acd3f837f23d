package org.agora.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.agora.search.ContentType;
import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchFilters;
import org.agora.search.SearchFilters.Period;

/**
 * What the knowledge search asks the content index: matching, ranking, security trimming, facets, snippets and
 * spelling in one request. Apart from the search itself so that the search benchmark sends Elasticsearch exactly the
 * request the application sends.
 */
public final class ContentQuery {

    /** Values listed per facet: the most frequent. */
    static final int FACET_SIZE = 10;
    /** An accepted answer outranks the question's other comments, which rank below posts saying the same. */
    static final double ANSWER_WEIGHT = 2.0;
    static final double COMMENT_WEIGHT = 0.7;
    /**
     * Recency: a result's score is multiplied by between 1 (old) and 1.5 (this week), halving the extra every
     * ninety days, so the newer of two equally good matches comes first without burying what is old but right.
     */
    static final double RECENCY_EXTRA = 0.5;
    static final String TYPES = "types";
    static final String GROUPS = "groups";
    static final String NAME = "name";
    static final String DEPARTMENTS = "departments";
    static final String AUTHORS = "authors";
    static final String TAGS = "tags";
    static final String PERIODS = "periods";
    static final String SPELLING = "spelling";
    static final String BODY = "body";
    static final String ATTACHMENT_TEXT = "attachmentText";
    /** One typo forgiven in words of four to six letters, two from seven: "profle" finds profile, not people. */
    static final String TYPO_TOLERANCE = "AUTO:4,7";
    /** Characters of a field looked through for a snippet: past a million, Elasticsearch refuses the whole query. */
    static final int MAX_HIGHLIGHTED_TEXT = 500_000;

    private ContentQuery() {
    }

    /**
     * The request for one page of results.
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
                .from(page * KnowledgeSearch.PAGE_SIZE)
                .size(KnowledgeSearch.PAGE_SIZE)
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

    /** Documents whose {@code readableBy} holds one of {@code audiences}. */
    public static Query readableByAnyOf(List<String> audiences) {
        List<FieldValue> values = audiences.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field("readableBy").terms(v -> v.value(values))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
