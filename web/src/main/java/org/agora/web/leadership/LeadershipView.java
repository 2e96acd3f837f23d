package org.agora.web.leadership;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.identity.Role;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.video.VideoChannel;
import org.agora.video.VideoView;
import org.agora.web.faces.Messages;

/**
 * Backs the leadership channel: executives' videos, newest first; the executives, to subscribe to; for executives, the
 * colleagues who publish for them.
 */
@Named
@ViewScoped
public class LeadershipView implements Serializable {

    static final int VIDEOS_SHOWN = 24;

    @Inject
    PeopleDirectory directory;

    @Inject
    VideoChannel channel;

    private List<PersonSummary> executives;
    private List<VideoView> videos;
    private Set<Long> subscriptions;
    private List<PersonSummary> publishingChannels;
    private List<PersonSummary> delegates;
    private PersonSummary newDelegate;
    private Long myId;

    public List<PersonSummary> getExecutives() {
        if (executives == null) {
            executives = directory.executives();
        }
        return executives;
    }

    public List<VideoView> getVideos() {
        if (videos == null) {
            videos = channel.videos(null, VIDEOS_SHOWN);
        }
        return videos;
    }

    /** An executive does not subscribe to their own channel. */
    public boolean isOwnChannel(long executiveId) {
        if (myId == null) {
            myId = directory.me().id();
        }
        return myId == executiveId;
    }

    public boolean isSubscribed(long executiveId) {
        if (subscriptions == null) {
            subscriptions = channel.subscriptions();
        }
        return subscriptions.contains(executiveId);
    }

    public void toggleSubscription(PersonSummary executive) {
        act(() -> {
            if (isSubscribed(executive.id())) {
                channel.unsubscribe(executive.id());
                subscriptions = null;
                return "You will no longer hear of " + executive.fullName() + "'s new videos.";
            }
            channel.subscribe(executive.id());
            subscriptions = null;
            return "You will hear of " + executive.fullName() + "'s new videos.";
        });
    }

    /** The channels the employee may upload to; empty for most, who only watch. */
    public List<PersonSummary> getPublishingChannels() {
        if (publishingChannels == null) {
            publishingChannels = channel.channelsICanPublishTo();
        }
        return publishingChannels;
    }

    public boolean isExecutive() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.EXECUTIVE_ROLE);
    }

    public List<PersonSummary> getDelegates() {
        if (delegates == null) {
            delegates = isExecutive() ? channel.delegates() : List.of();
        }
        return delegates;
    }

    public List<PersonSummary> suggestDelegates(String typed) {
        Set<Long> present = getDelegates().stream().map(PersonSummary::id).collect(Collectors.toSet());
        return directory.suggest(typed, 20).stream().filter(person -> !present.contains(person.id())).limit(10).toList();
    }

    public void addDelegate() {
        if (newDelegate == null) {
            Messages.error("Choose a colleague from the suggestions first.");
            return;
        }
        PersonSummary person = newDelegate;
        act(() -> {
            channel.addDelegate(person.id());
            newDelegate = null;
            delegates = null;
            return person.fullName() + " may now publish videos on your channel.";
        });
    }

    public void removeDelegate(PersonSummary person) {
        act(() -> {
            channel.removeDelegate(person.id());
            delegates = null;
            return person.fullName() + " no longer publishes on your channel.";
        });
    }

    public PersonSummary getNewDelegate() {
        return newDelegate;
    }

    public void setNewDelegate(PersonSummary newDelegate) {
        this.newDelegate = newDelegate;
    }

    private static void act(Supplier<String> action) {
        try {
            Messages.info(action.get());
        } catch (InvalidInputException | NotAllowedException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }
}
