package org.agora.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.agora.identity.Role;
import org.agora.people.ExpertiseTag;
import org.agora.search.PeopleQuery;
import org.agora.search.PeopleResults;
import org.agora.search.PeopleResults.Facet;
import org.agora.search.PeopleSearch;
import org.agora.search.PersonDocument;
import org.agora.search.PersonHit;
import org.agora.search.SearchIndex;

/**
 * People search in the {@code people} index. Every person document is readable by every employee, so there is
 * nothing to trim beyond former employees; what someone wrote in private groups is never in their document.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultPeopleSearch implements PeopleSearch {

    static final int MAX_QUERY_LENGTH = 100;
    /** Elasticsearch pages no deeper than 10,000 hits (index.max_result_window). */
    static final int MAX_RESULT_WINDOW = 10_000;
    private static final String EXPERTISE = "expertise";
    private static final String WRITING = "writing";
    private static final String TITLE = "title";
    private static final String DEPARTMENTS = "departments";
    private static final String CITIES = "cities";
    private static final String COUNTRIES = "countries";
    private static final Logger LOG = Logger.getLogger(DefaultPeopleSearch.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndices indices;

    @Override
    public PeopleResults search(PeopleQuery query) {
        PeopleQuery bounded = query.hasText() && query.text().length() > MAX_QUERY_LENGTH
                ? new PeopleQuery(query.text().substring(0, MAX_QUERY_LENGTH), query.tag(), query.location(),
                query.department(), query.order(), query.page(), query.size())
                : query;
        String text = bounded.hasText() ? bounded.text() : "";
        if ((bounded.page() + 1) * bounded.size() > MAX_RESULT_WINDOW) {
            return PeopleResults.empty(text);
        }
        try {
            indices.ensureReady(SearchIndex.PEOPLE);
            SearchResponse<PersonDocument> response =
                    client.search(request(indices.alias(SearchIndex.PEOPLE), bounded), PersonDocument.class);
            List<PersonHit> hits = response.hits().hits().stream().map(DefaultPeopleSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new PeopleResults(text, hits, total, true, facets(response, DEPARTMENTS),
                    facets(response, CITIES), facets(response, COUNTRIES));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "People search is unavailable: " + e.getMessage());
            return PeopleResults.unavailable(text);
        }
    }

    /**
     * The request for one page of a people query. Public so that the benchmark sends Elasticsearch exactly what
     * the application sends. Department and place are post filters: the counts beside them stay those of the
     * whole result, so the lists keep offering the alternatives.
     */
    public static SearchRequest request(String index, PeopleQuery query) {
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.term(t -> t.field("active").value(true)));
                        if (query.tag() != null) {
                            b.filter(f -> f.nested(n -> n.path(EXPERTISE).query(inner -> inner.term(t -> t
                                    .field("expertise.tag.keyword").value(ExpertiseTag.canonical(query.tag()))))));
                        }
                        if (query.hasText()) {
                            b.should(expertiseMatching(query.text()))
                                    .should(sh -> sh.match(m -> m.field("fullName").query(query.text())
                                            .fuzziness("AUTO").operator(Operator.And).boost(2f)))
                                    .should(sh -> sh.match(m -> m.field(TITLE).query(query.text())
                                            .fuzziness("AUTO").boost(0.5f).queryName(TITLE)))
                                    .should(sh -> sh.match(m -> m.field(WRITING).query(query.text())
                                            .fuzziness("AUTO").queryName(WRITING)))
                                    .minimumShouldMatch("1");
                        }
                        return b;
                    }))
                    .postFilter(p -> p.bool(b -> {
                        if (query.location() != null) {
                            b.filter(f -> f.bool(place -> place
                                    .should(sh -> sh.term(t -> t.field("city").value(query.location())))
                                    .should(sh -> sh.term(t -> t.field("country").value(query.location())))
                                    .minimumShouldMatch("1")));
                        }
                        if (query.department() != null) {
                            b.filter(f -> f.term(t -> t.field("department").value(query.department())));
                        }
                        return b;
                    }))
                    .aggregations(DEPARTMENTS, a -> a.terms(t -> t.field("department").size(100)))
                    .aggregations(CITIES, a -> a.terms(t -> t.field("city").size(200)))
                    .aggregations(COUNTRIES, a -> a.terms(t -> t.field("country").size(100)))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true));
            if (query.hasText()) {
                s.highlight(h -> h.preTags("").postTags("")
                        .fields(WRITING, f -> f.fragmentSize(90).numberOfFragments(1)));
            }
            if (query.order() == PeopleQuery.Order.RELEVANCE && query.hasText()) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            return s.sort(o -> o.field(f -> f.field("sortName").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("employeeId").order(SortOrder.Asc)));
        });
    }

    /** A declared topic that matches, typos allowed, scored up by its endorsements; the matches say why. */
    private static Query expertiseMatching(String text) {
        return Query.of(q -> q.nested(n -> n
                .path(EXPERTISE)
                .scoreMode(ChildScoreMode.Max)
                .query(inner -> inner.functionScore(fs -> fs
                        .query(m -> m.match(t -> t.field("expertise.tag").query(text).fuzziness("AUTO")))
                        .functions(f -> f.fieldValueFactor(v -> v.field("expertise.endorsements")
                                .modifier(FieldValueFactorModifier.Log2p).missing(0.0)))
                        .boostMode(FunctionBoostMode.Multiply)))
                .innerHits(ih -> ih.size(3))
                .boost(3f)));
    }

    private static List<Facet> facets(SearchResponse<PersonDocument> response, String name) {
        Aggregate aggregate = response.aggregations().get(name);
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new Facet(bucket.key().stringValue(), bucket.docCount()))
                .toList();
    }

    private static PersonHit toHit(Hit<PersonDocument> hit) {
        PersonDocument person = hit.source();
        List<String> reasons = new ArrayList<>();
        var matched = hit.innerHits().get(EXPERTISE);
        if (matched != null) {
            for (Hit<JsonData> topicHit : matched.hits().hits()) {
                PersonDocument.Topic topic = topicHit.source().to(PersonDocument.Topic.class);
                reasons.add("Knows " + topic.tag() + (topic.endorsements() == 0 ? ""
                        : " · " + topic.endorsements() + (topic.endorsements() == 1 ? " endorsement" : " endorsements")));
            }
        }
        List<String> wrote = hit.highlight().getOrDefault(WRITING, List.of());
        if (hit.matchedQueries().contains(WRITING) && !wrote.isEmpty()) {
            reasons.add("Wrote “…" + wrote.get(0).strip() + "…”");
        }
        if (hit.matchedQueries().contains(TITLE) && person.title() != null) {
            reasons.add("Title: " + person.title());
        }
        String location = person.city() == null ? person.country()
                : person.country() == null ? person.city() : person.city() + ", " + person.country();
        return new PersonHit(person.employeeId(), person.fullName(), person.initials(),
                person.photoVersion(), person.title(), person.department(), location,
                person.expertise().stream().map(PersonDocument.Topic::tag).toList(), reasons);
    }
}
