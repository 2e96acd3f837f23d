package org.agora.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.moderation.ContentHidden;
import org.agora.feed.PublicWriting;
import org.agora.people.EmployeeChanged;
import org.agora.people.EmployeeDeactivated;
import org.agora.people.ExpertiseProfiles;
import org.agora.search.outbox.DocumentSource;
import org.agora.search.outbox.SearchOutbox;

/**
 * Keeps the {@code people} index in step with employees. Changes are recorded in the outbox and the document is
 * built when it is sent, so concurrent endorsements never leave a stale count behind.
 */
@ApplicationScoped
public class PeopleIndexing implements DocumentSource {

    private static final String PREFIX = "person-";

    @Inject
    SearchOutbox outbox;

    @Inject
    ExpertiseProfiles profiles;

    @Inject
    PublicWriting writing;

    void onEmployeeChanged(@Observes EmployeeChanged change) {
        outbox.rebuild(SearchIndex.PEOPLE, PersonDocument.personId(change.employeeId()));
    }

    /** What someone writes in the open ranks them for its topics; private writing never reaches a person's hit. */
    void onPostPublished(@Observes PostPublished post) {
        if (post.openToEveryone()) {
            outbox.rebuild(SearchIndex.PEOPLE, PersonDocument.personId(post.authorId()));
        }
    }

    void onPostDeleted(@Observes PostDeleted post) {
        if (post.openToEveryone()) {
            outbox.rebuild(SearchIndex.PEOPLE, PersonDocument.personId(post.authorId()));
        }
    }

    void onContentHidden(@Observes ContentHidden hidden) {
        if (hidden.commentId() == null && hidden.openToEveryone()) {
            outbox.rebuild(SearchIndex.PEOPLE, PersonDocument.personId(hidden.authorId()));
        }
    }

    void onEmployeeDeactivated(@Observes EmployeeDeactivated change) {
        outbox.rebuild(SearchIndex.PEOPLE, PersonDocument.personId(change.employeeId()));
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.PEOPLE;
    }

    @Override
    public Map<String, Object> currentDocuments(Collection<String> documentIds) {
        Map<String, Object> documents = new HashMap<>();
        for (String documentId : documentIds) {
            long employeeId = Long.parseLong(documentId.substring(PREFIX.length()));
            profiles.of(employeeId).ifPresent(profile ->
                    documents.put(documentId, PersonDocument.of(profile, writing.recentTextsBy(employeeId))));
        }
        return documents;
    }

    @Override
    public List<String> allDocumentIds() {
        return profiles.employeeIds().stream().map(PersonDocument::personId).toList();
    }
}
