package org.agora.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.agora.identity.Role;
import org.agora.search.ReindexProgress;
import org.agora.search.SearchIndex;
import org.agora.search.SearchIndexOverview;
import org.agora.search.SearchReindex;
import org.agora.search.outbox.IndexRebuilds;
import org.agora.search.outbox.OutboxBacklog;
import org.agora.search.outbox.OutboxStore;
import org.agora.shared.InvalidInputException;

/** Rebuilds and reports on search indices, for administrators only; the work runs in {@link IndexRebuilds}. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultSearchReindex implements SearchReindex {

    private static final Logger LOG = Logger.getLogger(DefaultSearchReindex.class.getName());
    private static final OutboxBacklog NO_BACKLOG = new OutboxBacklog(0, Duration.ZERO);

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    SearchIndices indices;

    @Inject
    OutboxStore outbox;

    @Override
    public ReindexProgress rebuild(SearchIndex index) {
        if (index == null) {
            throw new InvalidInputException("Choose the index to rebuild: " + keys() + ".");
        }
        ReindexProgress started = rebuilds.rebuild(index);
        LOG.info(() -> "Rebuild of search index " + index.key() + " started by an administrator");
        return started;
    }

    @Override
    public List<ReindexProgress> progress() {
        return Arrays.stream(SearchIndex.values()).map(rebuilds::progress).toList();
    }

    @Override
    public List<SearchIndexOverview> overview() {
        Map<SearchIndex, OutboxBacklog> backlogs = outbox.backlogByIndex();
        return Arrays.stream(SearchIndex.values()).map(index -> {
            OutboxBacklog backlog = backlogs.getOrDefault(index, NO_BACKLOG);
            String live = null;
            long documents = -1;
            try {
                live = indices.liveIndex(index).orElse(null);
                documents = live == null ? -1 : indices.documentCount(index);
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "Search index " + index.key() + " cannot be counted: " + e.getMessage());
            }
            return new SearchIndexOverview(index, indices.alias(index), live, documents, backlog.pending(),
                    backlog.oldestAge(), rebuilds.progress(index));
        }).toList();
    }

    private static String keys() {
        return String.join(", ", Arrays.stream(SearchIndex.values()).map(SearchIndex::key).toList());
    }
}
