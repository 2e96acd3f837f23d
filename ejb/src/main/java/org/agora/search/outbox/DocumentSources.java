package org.agora.search.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.agora.search.SearchIndex;

/** Finds the {@link DocumentSource} of an index among those deployed. */
@ApplicationScoped
public class DocumentSources {

    @Inject
    @Any
    Instance<DocumentSource> sources;

    public DocumentSource of(SearchIndex index) {
        return sources.stream().filter(source -> source.index() == index).findFirst()
                .orElseThrow(() -> new IllegalStateException("No document source for " + index));
    }

    public boolean exists(SearchIndex index) {
        return sources.stream().anyMatch(source -> source.index() == index);
    }
}
