package org.agora.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.agora.groups.GroupDirectory;
import org.agora.identity.Role;
import org.agora.search.ContentDocument;
import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchHit;
import org.agora.search.SearchIndex;
import org.agora.search.SearchResults;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultKnowledgeSearch implements KnowledgeSearch {

    static final int MAX_QUERY_LENGTH = 200;
    /** Elasticsearch pages no deeper than 10,000 hits (index.max_result_window). */
    static final int LAST_PAGE = 10_000 / PAGE_SIZE - 1;
    private static final Logger LOG = Logger.getLogger(DefaultKnowledgeSearch.class.getName());

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndices indices;

    @Inject
    GroupDirectory groups;

    @Override
    public SearchResults search(String query, int page) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || page > LAST_PAGE) {
            return SearchResults.empty(text);
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        try {
            indices.ensureReady(SearchIndex.CONTENT);
            return toResults(text, contentSearch(text, Math.max(page, 0)));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Search is unavailable: " + e.getMessage());
            return SearchResults.unavailable(text);
        }
    }

    private SearchResponse<ContentDocument> contentSearch(String text, int page) throws IOException {
        List<FieldValue> readable = readableByCurrentEmployee();
        return client.search(s -> s
                .index(indices.alias(SearchIndex.CONTENT))
                .query(q -> q.bool(b -> b
                        .must(m -> m.multiMatch(mm -> mm.query(text)
                                .fields("body", "authorName^2", "groupName")
                                .fuzziness("AUTO")))
                        .should(sh -> sh.matchPhrase(mp -> mp.field("body").query(text).boost(2f)))
                        .filter(f -> f.terms(t -> t.field("readableBy").terms(v -> v.value(readable))))))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.fragmentSize(160).numberOfFragments(2).noMatchSize(200)))
                .from(page * PAGE_SIZE)
                .size(PAGE_SIZE)
                .trackTotalHits(t -> t.enabled(true)), ContentDocument.class);
    }

    /** Security trimming: public content and the groups the employee belongs to, looked up per query. */
    private List<FieldValue> readableByCurrentEmployee() {
        List<FieldValue> readable = new ArrayList<>();
        readable.add(FieldValue.of(ContentDocument.EVERYONE));
        groups.myGroupIds()
                .forEach(groupId -> readable.add(FieldValue.of(ContentDocument.readableByMembersOf(groupId))));
        return readable;
    }

    private static SearchResults toResults(String text, SearchResponse<ContentDocument> response) {
        List<SearchHit> hits = response.hits().hits().stream().map(DefaultKnowledgeSearch::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(text, hits, total, true);
    }

    private static SearchHit toHit(Hit<ContentDocument> hit) {
        ContentDocument doc = hit.source();
        String snippet = String.join(" … ", hit.highlight().getOrDefault("body", List.of()));
        String id = hit.id();
        return new SearchHit(doc.type(), Long.parseLong(id.substring(id.indexOf('-') + 1)), doc.authorName(),
                doc.groupName(), snippet, Instant.parse(doc.createdAt()));
    }
}
