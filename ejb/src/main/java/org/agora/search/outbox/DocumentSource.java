package org.agora.search.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.agora.search.SearchIndex;

/**
 * Builds the documents of one index from the database as they stand now, for outbox entries recorded without
 * one and for rebuilding the whole index.
 */
public interface DocumentSource {

    SearchIndex index();

    /** The current documents by id, loaded together; an id missing from the answer names a document that is gone. */
    Map<String, Object> currentDocuments(Collection<String> documentIds);

    /** The id of every document the index should hold. */
    List<String> allDocumentIds();
}
