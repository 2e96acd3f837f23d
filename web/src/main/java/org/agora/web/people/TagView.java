package org.agora.web.people;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.people.ExpertPerson;
import org.agora.people.ExpertiseVocabulary;
import org.agora.people.PeopleDirectory;
import org.agora.search.KnowledgeSearch;
import org.agora.search.SearchResults;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;

/** Backs a topic's page ({@code people/tag.xhtml?tag=...}): who knows it and what was written about it. */
@Named
@ViewScoped
public class TagView implements Serializable {

    @Inject
    ExpertiseVocabulary vocabulary;

    @Inject
    PeopleDirectory directory;

    @Inject
    KnowledgeSearch search;

    @Inject
    FeedService feed;

    private String tag;
    static final int EXPERTS_SHOWN = 50;

    private List<ExpertPerson> experts = List.of();
    private long expertCount;
    private SearchResults content = SearchResults.empty("");
    private List<PostView> tagged = List.of();
    static final int TAGGED_SHOWN = 20;

    public void load() {
        try {
            tag = vocabulary.resolve(tag);
            experts = directory.withExpertise(tag, EXPERTS_SHOWN);
            expertCount = directory.countWithExpertise(tag);
            tagged = feed.tagged(tag, null, TAGGED_SHOWN).posts();
            content = search.search(tag.replace('-', ' '), 0);
        } catch (InvalidInputException e) {
            tag = null;
            Messages.error("Choose a topic from a profile or the people directory.");
        }
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public List<ExpertPerson> getExperts() {
        return experts;
    }

    public long getExpertCount() {
        return expertCount;
    }

    /** The newest posts with this topic's hashtag that the employee may read. */
    public List<PostView> getTagged() {
        return tagged;
    }

    public SearchResults getContent() {
        return content;
    }
}
