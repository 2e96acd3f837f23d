package org.agora.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.agora.identity.Role;
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
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.…]+$");
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
                    client.search(PeopleQueries.request(indices.alias(SearchIndex.PEOPLE), bounded), PersonDocument.class);
            List<PersonHit> hits = response.hits().hits().stream().map(DefaultPeopleSearch::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new PeopleResults(text, hits, total, true, facets(response, PeopleQueries.DEPARTMENTS),
                    facets(response, PeopleQueries.CITIES), facets(response, PeopleQueries.COUNTRIES));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "People search is unavailable: " + e.getMessage());
            return PeopleResults.unavailable(text);
        }
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
        var matched = hit.innerHits().get(PeopleQueries.EXPERTISE);
        if (matched != null) {
            for (Hit<JsonData> topicHit : matched.hits().hits()) {
                PersonDocument.Topic topic = topicHit.source().to(PersonDocument.Topic.class);
                reasons.add("Knows " + topic.tag() + (topic.endorsements() == 0 ? ""
                        : " · " + topic.endorsements() + (topic.endorsements() == 1 ? " endorsement" : " endorsements")));
            }
        }
        List<String> wrote = hit.highlight().getOrDefault(PeopleQueries.WRITING, List.of());
        if (hit.matchedQueries().contains(PeopleQueries.WRITING) && !wrote.isEmpty()) {
            reasons.add("Wrote “…" + TRAILING_STOPS.matcher(wrote.get(0).strip()).replaceAll("") + "…”");
        }
        if (hit.matchedQueries().contains(PeopleQueries.TITLE) && person.title() != null) {
            reasons.add("Title: " + person.title());
        }
        String location = person.city() == null ? person.country()
                : person.country() == null ? person.city() : person.city() + ", " + person.country();
        return new PersonHit(person.employeeId(), person.fullName(), person.initials(),
                person.photoVersion(), person.title(), person.department(), location,
                person.expertise().stream().map(PersonDocument.Topic::tag).toList(), reasons);
    }
}
