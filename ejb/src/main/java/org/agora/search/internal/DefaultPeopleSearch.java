package org.agora.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.agora.identity.Role;
import org.agora.search.PeopleResults;
import org.agora.search.PeopleSearch;
import org.agora.search.PersonDocument;
import org.agora.search.PersonHit;
import org.agora.search.SearchIndex;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultPeopleSearch implements PeopleSearch {

    static final int MAX_QUERY_LENGTH = 100;
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    private static final String EXPERTISE = "expertise";
    private static final Logger LOG = Logger.getLogger(DefaultPeopleSearch.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndices indices;

    @Override
    public PeopleResults whoKnows(String topic, String location, String department, int page) {
        String text = topic == null ? "" : topic.strip();
        if (text.isEmpty() || page > LAST_PAGE) {
            return PeopleResults.empty(text);
        }
        String query = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        try {
            indices.ensureReady(SearchIndex.PEOPLE);
            SearchResponse<PersonDocument> response = client.search(s -> s
                    .index(indices.alias(SearchIndex.PEOPLE))
                    .query(q -> q.bool(b -> {
                        b.should(expertiseMatching(query))
                                .should(sh -> sh.match(m -> m.field("title").query(query).fuzziness("AUTO").boost(0.5f)))
                                .minimumShouldMatch("1")
                                .filter(f -> f.term(t -> t.field("active").value(true)));
                        if (location != null && !location.isBlank()) {
                            b.filter(f -> f.bool(place -> place
                                    .should(sh -> sh.term(t -> t.field("city").value(location.strip())))
                                    .should(sh -> sh.term(t -> t.field("country").value(location.strip())))
                                    .minimumShouldMatch("1")));
                        }
                        if (department != null && !department.isBlank()) {
                            b.filter(f -> f.term(t -> t.field("department").value(department.strip())));
                        }
                        return b;
                    }))
                    .from(Math.max(page, 0) * PAGE_SIZE)
                    .size(PAGE_SIZE)
                    .trackTotalHits(t -> t.enabled(true)), PersonDocument.class);
            List<PersonHit> hits = response.hits().hits().stream().map(DefaultPeopleSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new PeopleResults(query, hits, total, true);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "People search is unavailable: " + e.getMessage());
            return PeopleResults.unavailable(query);
        }
    }

    /** A declared topic that matches, typos allowed, scored up by its endorsements; the matches say why. */
    private static Query expertiseMatching(String query) {
        return Query.of(q -> q.nested(n -> n
                .path(EXPERTISE)
                .scoreMode(ChildScoreMode.Max)
                .query(inner -> inner.functionScore(fs -> fs
                        .query(m -> m.match(t -> t.field("expertise.tag").query(query).fuzziness("AUTO")))
                        .functions(f -> f.fieldValueFactor(v -> v.field("expertise.endorsements")
                                .modifier(FieldValueFactorModifier.Log2p).missing(0.0)))
                        .boostMode(FunctionBoostMode.Multiply)))
                .innerHits(ih -> ih.size(3))
                .boost(3f)));
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
        if (reasons.isEmpty()) {
            reasons.add("Title: " + person.title());
        }
        String id = hit.id();
        String location = person.city() == null ? person.country() : person.city() + ", " + person.country();
        return new PersonHit(Long.parseLong(id.substring(id.indexOf('-') + 1)), person.fullName(), person.title(),
                person.department(), location, reasons);
    }
}
