package org.agora.search.outbox;

import java.util.Optional;

import org.agora.search.SearchIndex;

/** Builds a document as it stands now, for outbox entries recorded without one; empty when it no longer exists. */
public interface DocumentSource {

    SearchIndex index();

    Optional<Object> currentDocument(String documentId);
}
