package org.agora.search.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.agora.people.ExpertiseTag;
import org.agora.search.PeopleQuery;

/** The Elasticsearch request behind a people query, in one place for the search and for the benchmark. */
public final class PeopleQueries {

    static final String EXPERTISE = "expertise";
    static final String WRITING = "writing";
    static final String TITLE = "title";
    static final String DEPARTMENTS = "departments";
    static final String CITIES = "cities";
    static final String COUNTRIES = "countries";

    private PeopleQueries() {
    }

    /**
     * The request for one page of a people query; the benchmark sends Elasticsearch exactly this. Department and place are post filters: the counts beside them stay those of the
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

}
