package org.agora.web.recognition;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.FeedCursor;
import org.agora.feed.PostBody;
import org.agora.groups.GroupDirectory;
import org.agora.groups.GroupSummary;
import org.agora.identity.CurrentEmployee;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.recognition.BadgeView;
import org.agora.recognition.RecognitionDraft;
import org.agora.recognition.RecognitionPage;
import org.agora.recognition.RecognitionView;
import org.agora.recognition.RecognitionVisibility;
import org.agora.recognition.Recognitions;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/**
 * Backs the recognition page: recognising colleagues with a badge, and the recognition feed of the whole company, a
 * department or a group's members, page by page.
 */
@Named
@ViewScoped
public class RecognitionFeedView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    Recognitions recognitions;

    @Inject
    PeopleDirectory directory;

    @Inject
    GroupDirectory groups;

    @Inject
    CurrentEmployee currentEmployee;

    private final List<RecognitionView> shown = new ArrayList<>();
    private FeedCursor nextCursor;
    private String department;
    private Long groupId;
    private List<BadgeView> badges;
    private List<String> departments;
    private List<GroupSummary> myGroups;

    private List<PersonSummary> recipients = new ArrayList<>();
    private Long badgeId;
    private String message;
    private RecognitionVisibility visibility = RecognitionVisibility.COMPANY;
    private Boolean leftOutOfLeaderboards;

    @PostConstruct
    void loadFirstPage() {
        append(recognitions.feed(null, null, null, PAGE_SIZE));
    }

    public void give() {
        try {
            RecognitionView given = recognitions.give(new RecognitionDraft(
                    recipients.stream().map(PersonSummary::id).toList(), badgeId, message, visibility));
            shown.add(0, given);
            recipients = new ArrayList<>();
            message = null;
            badgeId = null;
            badges = null;
            Messages.info("Recognition shared. " + (given.recipients().size() == 1 ? given.recipients().get(0).fullName()
                    + " and their manager are" : "They and their managers are") + " told.");
        } catch (InvalidInputException | NotAllowedException | NotFoundException e) {
            // everything chosen and typed stays in the form
            Messages.error(e.getMessage());
        }
    }

    public void filter() {
        shown.clear();
        try {
            append(recognitions.feed(department, groupId, null, PAGE_SIZE));
        } catch (NotFoundException e) {
            groupId = null;
            Messages.error(e.getMessage());
            append(recognitions.feed(department, null, null, PAGE_SIZE));
        }
    }

    public void loadMore() {
        if (nextCursor != null) {
            append(recognitions.feed(department, groupId, nextCursor, PAGE_SIZE));
        }
    }

    private void append(RecognitionPage page) {
        shown.addAll(page.recognitions());
        nextCursor = page.nextCursor();
    }

    public List<PersonSummary> suggestColleagues(String typed) {
        long me = currentEmployee.id();
        Set<Long> chosen = recipients.stream().map(PersonSummary::id).collect(Collectors.toSet());
        return directory.suggest(typed, 20).stream()
                .filter(person -> person.id() != me && !chosen.contains(person.id()))
                .limit(10).toList();
    }

    public void saveLeaderboardChoice() {
        recognitions.leaveOutOfLeaderboards(Boolean.TRUE.equals(leftOutOfLeaderboards));
        Messages.info(Boolean.TRUE.equals(leftOutOfLeaderboards)
                ? "You are left out of the top givers and receivers HR sees. Your recognitions still count."
                : "You may appear among the top givers and receivers HR sees.");
    }

    public List<RecognitionView> getRecognitions() {
        return shown;
    }

    /** The posts on the page, whose reactions and comments the post template reads at once. */
    public List<Long> getPostIds() {
        return shown.stream().map(RecognitionView::id).toList();
    }

    public boolean isMore() {
        return nextCursor != null;
    }

    public List<BadgeView> getBadges() {
        if (badges == null) {
            badges = recognitions.badges();
        }
        return badges;
    }

    public BadgeView getChosenBadge() {
        return getBadges().stream().filter(badge -> badge.id() == (badgeId == null ? -1 : badgeId)).findFirst()
                .orElse(null);
    }

    public List<String> getDepartments() {
        if (departments == null) {
            departments = recognitions.departments();
        }
        return departments;
    }

    public List<GroupSummary> getMyGroups() {
        if (myGroups == null) {
            myGroups = groups.groupsOf(currentEmployee.id());
        }
        return myGroups;
    }

    public RecognitionVisibility[] getVisibilities() {
        return RecognitionVisibility.values();
    }

    public int getMaxCharacters() {
        return PostBody.MAX_CHARACTERS;
    }

    public List<PersonSummary> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<PersonSummary> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public void setBadgeId(Long badgeId) {
        this.badgeId = badgeId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public RecognitionVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(RecognitionVisibility visibility) {
        this.visibility = visibility;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Boolean getLeftOutOfLeaderboards() {
        if (leftOutOfLeaderboards == null) {
            leftOutOfLeaderboards = recognitions.isLeftOutOfLeaderboards();
        }
        return leftOutOfLeaderboards;
    }

    public void setLeftOutOfLeaderboards(Boolean leftOutOfLeaderboards) {
        this.leftOutOfLeaderboards = leftOutOfLeaderboards;
    }
}
