package org.agora.web.people;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.ExpertiseVocabulary;
import org.agora.people.Profile;
import org.agora.people.ProfileService;
import org.agora.people.TagUsage;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** Backs a colleague's profile page ({@code people/profile.xhtml?id=...}): org chart, expertise, following. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    ProfileService profiles;

    @Inject
    ExpertiseVocabulary vocabulary;

    private Long id;
    private Profile profile;
    private String newTopic;

    public void load() {
        if (id == null) {
            Messages.error("Choose a colleague from the directory.");
            return;
        }
        try {
            profile = profiles.profile(id);
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void toggleFollow() {
        if (profile.followedByMe()) {
            profiles.unfollow(id);
        } else {
            act(() -> profiles.follow(id));
        }
        profile = profiles.profile(id);
    }

    public void toggleEndorsement(String tag, boolean endorsedByMe) {
        if (endorsedByMe) {
            profiles.withdrawEndorsement(id, tag);
        } else {
            act(() -> profiles.endorse(id, tag));
        }
        profile = profiles.profile(id);
    }

    public void declareExpertise() {
        try {
            profile = profiles.declareExpertise(newTopic);
            newTopic = null;
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        }
    }

    public void withdrawExpertise(String tag) {
        profile = profiles.withdrawExpertise(tag);
    }

    /** Typeahead for the topic field: existing tags, the most declared first. */
    public List<String> suggestTopics(String typed) {
        return vocabulary.suggest(typed, 10).stream().map(TagUsage::tag).toList();
    }

    private static void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public Profile getProfile() {
        return profile;
    }

    public String getNewTopic() {
        return newTopic;
    }

    public void setNewTopic(String newTopic) {
        this.newTopic = newTopic;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
