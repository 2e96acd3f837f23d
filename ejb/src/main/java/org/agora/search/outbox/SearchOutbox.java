package org.agora.search.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.agora.search.SearchIndex;

/** Records document changes in the caller's transaction; {@link OutboxDrainer} sends them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SearchOutbox {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    public void index(SearchIndex index, String documentId, long version, Object document) {
        em.persist(new OutboxEntry(index, documentId, version, OutboxEntry.Operation.INDEX, JSON.toJson(document)));
    }

    /** Records that a document is gone; {@code version} is newer than any it was indexed with. */
    public void delete(SearchIndex index, String documentId, long version) {
        em.persist(new OutboxEntry(index, documentId, version, OutboxEntry.Operation.DELETE, null));
    }

    /** Records that a document must be rebuilt from its {@link DocumentSource} when it is sent. */
    public void rebuild(SearchIndex index, String documentId) {
        em.persist(new OutboxEntry(index, documentId, 0, OutboxEntry.Operation.INDEX, null));
    }
}
