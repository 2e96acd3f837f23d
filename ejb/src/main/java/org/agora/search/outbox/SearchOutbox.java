package org.agora.search.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.agora.search.SearchIndex;

/** Records document changes in the caller's transaction; {@link OutboxDrainer} sends them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SearchOutbox {

    @PersistenceContext
    EntityManager em;

    /** Records that a document must be rebuilt from its {@link DocumentSource} when it is sent. */
    public void rebuild(SearchIndex index, String documentId) {
        em.persist(new OutboxEntry(index, documentId, 0, OutboxEntry.Operation.INDEX, null));
    }
}
