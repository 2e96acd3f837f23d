package org.agora.web.moderation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.moderation.ModerationCase;
import org.agora.moderation.ModerationDesk;
import org.agora.moderation.ModerationLogEntry;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** The moderators' page: reported content waiting for a decision, and the log of decisions. */
@Named
@ViewScoped
public class ModerationView implements Serializable {

    static final int LOG_SHOWN = 50;

    @Inject
    ModerationDesk desk;

    private List<ModerationCase> cases;
    private List<ModerationLogEntry> log;
    private boolean allowed = true;
    /** The reason typed for hiding, by case. */
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        try {
            cases = desk.openCases();
            log = desk.log(LOG_SHOWN);
        } catch (EJBAccessException e) {
            allowed = false;
            cases = List.of();
            log = List.of();
        }
    }

    public String key(ModerationCase moderationCase) {
        return moderationCase.postId() + "/" + moderationCase.commentId();
    }

    public void hide(ModerationCase moderationCase) {
        try {
            desk.hide(moderationCase.postId(), moderationCase.commentId(), reasons.get(key(moderationCase)));
            Messages.info("Hidden. Its author is told why; the log keeps your decision.");
            load();
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void dismiss(ModerationCase moderationCase) {
        try {
            desk.dismiss(moderationCase.postId(), moderationCase.commentId());
            Messages.info("Dismissed: it stays where it is.");
            load();
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public List<ModerationCase> getCases() {
        return cases;
    }

    public List<ModerationLogEntry> getLog() {
        return log;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
