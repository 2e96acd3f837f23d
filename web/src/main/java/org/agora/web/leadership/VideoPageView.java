package org.agora.web.leadership;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.people.PeopleDirectory;
import org.agora.shared.NotFoundException;
import org.agora.video.Captions;
import org.agora.video.VideoChannel;
import org.agora.video.VideoView;
import org.agora.web.faces.Messages;
import org.agora.web.feed.ConversationView;

/**
 * One video ({@code leadership/video.xhtml?id=42}, {@code &t=95} to start at a moment a search hit found): the player,
 * what is said in it, and the post that carries its comments and reactions.
 */
@Named
@ViewScoped
public class VideoPageView implements Serializable {

    @Inject
    VideoChannel channel;

    @Inject
    FeedService feed;

    @Inject
    PeopleDirectory directory;

    @Inject
    ConversationView conversation;

    private Long id;
    private Integer startAt;
    private VideoView video;
    private PostView post;
    private List<Captions.Cue> transcript;
    private Boolean subscribed;

    public void load() {
        if (video != null) {
            return;
        }
        try {
            video = channel.video(id == null ? -1 : id);
            post = feed.post(video.id());
            if (!conversation.isOpen(post.id())) {
                conversation.toggleComments(post.id());
            }
            transcript = video.hasCaptions() ? Captions.parse(channel.captions(video.id())).cues() : List.of();
        } catch (NotFoundException e) {
            video = null;
            Messages.error("This video does not exist, or it was taken down.");
        }
    }

    public void toggleSubscription() {
        if (isSubscribed()) {
            channel.unsubscribe(video.executiveId());
            Messages.info("You will no longer hear of " + video.executiveName() + "'s new videos.");
        } else {
            channel.subscribe(video.executiveId());
            Messages.info("You will hear of " + video.executiveName() + "'s new videos.");
        }
        subscribed = null;
    }

    /** The executive watching their own video has no channel to subscribe to. */
    public boolean isOwnChannel() {
        return video != null && video.executiveId() == directory.me().id();
    }

    public boolean isSubscribed() {
        if (subscribed == null) {
            subscribed = video != null && channel.subscriptions().contains(video.executiveId());
        }
        return subscribed;
    }

    /** A cue's start as a player shows it. */
    public String at(Captions.Cue cue) {
        long seconds = cue.startMs() / 1000;
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public VideoView getVideo() {
        return video;
    }

    public List<PostView> getPosts() {
        return post == null ? List.of() : List.of(post);
    }

    public List<Long> getPostIds() {
        return post == null ? List.of() : List.of(post.id());
    }

    public List<Captions.Cue> getTranscript() {
        return transcript;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getStartAt() {
        return startAt;
    }

    public void setStartAt(Integer startAt) {
        this.startAt = startAt == null || startAt < 0 ? null : startAt;
    }
}
