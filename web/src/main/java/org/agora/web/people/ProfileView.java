package org.agora.web.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedService;
import org.agora.feed.PostView;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupSummary;
import org.agora.people.ExpertiseVocabulary;
import org.agora.people.Profile;
import org.agora.people.ProfileDetails;
import org.agora.people.ProfileService;
import org.agora.people.TagUsage;
import org.agora.recognition.BadgeCount;
import org.agora.recognition.Recognitions;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;

/** Backs a colleague's profile page ({@code people/profile.xhtml?id=...}): org chart, expertise, following. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    static final int RECENT_POSTS = 5;
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    @Inject
    Recognitions recognitions;

    @Inject
    ProfileService profiles;

    @Inject
    ExpertiseVocabulary vocabulary;

    @Inject
    GroupDirectory groups;

    @Inject
    FeedService feed;

    private Long id;
    private Profile profile;
    private String newTopic;
    private List<GroupSummary> memberOf = List.of();
    private List<BadgeCount> badges = List.of();
    private List<PostView> recentPosts = List.of();
    private String bio;
    private String askMeAbout;
    private String languages;
    private String timeZone;
    private String phone;

    public void load() {
        if (id == null) {
            Messages.error("Choose a colleague from the directory.");
            return;
        }
        try {
            profile = profiles.profile(id);
            memberOf = groups.groupsOf(id);
            badges = recognitions.badgesReceivedBy(id);
            recentPosts = feed.recentPostsBy(id, RECENT_POSTS);
            startEditing();
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Fills the edit form with what the profile says now. */
    private void startEditing() {
        ProfileDetails details = profile.details();
        bio = details.bio();
        askMeAbout = details.askMeAbout();
        languages = String.join(", ", details.languages());
        timeZone = details.timeZone();
        phone = details.phone();
    }

    /** Saves the signed-in employee's own details; on a refusal the form keeps what they typed. */
    public void saveDetails() {
        try {
            List<String> spoken = languages == null ? List.of() : Arrays.asList(languages.split(","));
            profile = profiles.describeMyself(new ProfileDetails(bio, askMeAbout, spoken, timeZone, phone));
            startEditing();
            Messages.info("Your profile is saved.");
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        }
    }

    public void uploadPhoto(FileUploadEvent upload) {
        try (InputStream picture = upload.getFile().getInputStream()) {
            profile = profiles.changeMyPhoto(picture);
            Messages.info("Your photo is updated.");
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        } catch (IOException e) {
            Messages.error("The photo could not be read; upload it again.");
        }
    }

    /** The time it is for the employee now, when they told us their time zone. */
    public String getLocalTime() {
        String zone = profile == null ? null : profile.details().timeZone();
        return zone == null ? null : LocalTime.now(ZoneId.of(zone)).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String getLanguagesSpoken() {
        return profile == null ? null : String.join(", ", profile.details().languages());
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public List<BadgeCount> getBadges() {
        return badges;
    }

    public List<GroupSummary> getMemberOf() {
        return memberOf;
    }

    public List<PostView> getRecentPosts() {
        return recentPosts;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getAskMeAbout() {
        return askMeAbout;
    }

    public void setAskMeAbout(String askMeAbout) {
        this.askMeAbout = askMeAbout;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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
