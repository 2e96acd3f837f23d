package org.agora.web.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.feed.AttachmentView;
import org.agora.feed.Attachments;
import org.agora.feed.PostDraft;
import org.agora.feed.PostKind;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The composer's choice of what to post: a discussion, a question, a poll (its options, single or multiple choice,
 * how long it stays open) or an announcement, and the files attached to it. The page that owns the composer adds
 * the text and where it goes.
 */
@Named
@ViewScoped
public class ComposerView implements Serializable {

    static final int FIRST_OPTIONS = 3;
    static final int MAX_OPTIONS = 10;

    /** How long a poll stays open, as offered in the composer. */
    public enum PollLength {
        DAY("1 day", Duration.ofDays(1)), THREE_DAYS("3 days", Duration.ofDays(3)),
        WEEK("1 week", Duration.ofDays(7)), TWO_WEEKS("2 weeks", Duration.ofDays(14));

        private final String label;
        private final Duration duration;

        PollLength(String label, Duration duration) {
            this.label = label;
            this.duration = duration;
        }

        public String getLabel() {
            return label;
        }
    }

    private PostKind kind = PostKind.DISCUSSION;
    private List<PollChoiceDraft> options = blankOptions();
    private boolean multiple;
    private PollLength pollLength = PollLength.WEEK;
    private final List<AttachmentView> attachments = new ArrayList<>();

    @Inject
    Attachments uploads;

    /** One option being typed; a class, so the input can write to it. */
    public static class PollChoiceDraft implements Serializable {
        private String label;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public PostDraft draft(String body, Long groupId) {
        return new PostDraft(body, groupId, kind, options.stream().map(PollChoiceDraft::getLabel).toList(), multiple,
                kind == PostKind.POLL ? Instant.now().plus(pollLength.duration) : null,
                attachments.stream().map(AttachmentView::id).toList());
    }

    /** Each file arrives on its own as soon as it is chosen; the author sees it in the composer before posting. */
    public void attach(FileUploadEvent event) {
        if (attachments.size() >= Attachments.MAX_PER_POST) {
            Messages.error("A post takes at most " + Attachments.MAX_PER_POST + " files.");
            return;
        }
        try (InputStream content = event.getFile().getInputStream()) {
            attachments.add(uploads.upload(event.getFile().getFileName(), content));
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        } catch (IOException e) {
            Messages.error("The file could not be read; attach it again.");
        }
    }

    public void removeAttachment(long attachmentId) {
        attachments.removeIf(attachment -> attachment.id() == attachmentId);
        try {
            uploads.discard(attachmentId);
        } catch (NotFoundException e) {
            // already gone: nothing left to remove
        }
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public int getMaxAttachments() {
        return Attachments.MAX_PER_POST;
    }

    /** After a post is published, the composer starts again as a discussion. */
    public void reset() {
        kind = PostKind.DISCUSSION;
        options = blankOptions();
        multiple = false;
        pollLength = PollLength.WEEK;
        attachments.clear();
    }

    public void addOption() {
        if (options.size() < MAX_OPTIONS) {
            options.add(new PollChoiceDraft());
        }
    }

    /** The kinds this employee may post here: announcements need to own the group, or company-wide, HR or an executive. */
    public List<PostKind> kinds(boolean mayAnnounce) {
        return mayAnnounce ? List.of(PostKind.DISCUSSION, PostKind.QUESTION, PostKind.POLL, PostKind.ANNOUNCEMENT)
                : List.of(PostKind.DISCUSSION, PostKind.QUESTION, PostKind.POLL);
    }

    public boolean isCompanyAnnouncer() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.HR_ROLE) || external.isUserInRole(Role.EXECUTIVE_ROLE)
                || external.isUserInRole(Role.ADMIN_ROLE);
    }

    public String label(PostKind kind) {
        return switch (kind) {
            case DISCUSSION -> "Post";
            case QUESTION -> "Question";
            case POLL -> "Poll";
            case ANNOUNCEMENT -> "Announcement";
            case VIDEO -> "Video";
            case RECOGNITION -> "Recognition";
        };
    }

    public String placeholder(String discussion) {
        return switch (kind) {
            case DISCUSSION -> discussion;
            case QUESTION -> "What do you want to know? Colleagues answer in the comments, and you accept the best answer.";
            case POLL -> "What do you ask? Then give the options below.";
            case ANNOUNCEMENT -> "What should everyone know? It stays pinned at the top until it is unpinned.";
            case VIDEO -> "What is the video about?";
            case RECOGNITION -> "What did they do?";
        };
    }

    public boolean isMoreOptionsAllowed() {
        return options.size() < MAX_OPTIONS;
    }

    public PollLength[] getPollLengths() {
        return PollLength.values();
    }

    private static List<PollChoiceDraft> blankOptions() {
        List<PollChoiceDraft> blank = new ArrayList<>();
        for (int i = 0; i < FIRST_OPTIONS; i++) {
            blank.add(new PollChoiceDraft());
        }
        return blank;
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind == null ? PostKind.DISCUSSION : kind;
    }

    public List<PollChoiceDraft> getOptions() {
        return options;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public void setMultiple(boolean multiple) {
        this.multiple = multiple;
    }

    public PollLength getPollLength() {
        return pollLength;
    }

    public void setPollLength(PollLength pollLength) {
        this.pollLength = pollLength == null ? PollLength.WEEK : pollLength;
    }
}
