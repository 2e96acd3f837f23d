package org.agora.web.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.recognition.BadgeDraft;
import org.agora.recognition.BadgeGivers;
import org.agora.recognition.BadgeIcon;
import org.agora.recognition.ProgrammeDraft;
import org.agora.recognition.ProgrammeView;
import org.agora.recognition.RecognitionProgrammes;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;

/** Backs HR's programmes page: programmes with their badges, a new programme, and a new badge for one. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    @Inject
    RecognitionProgrammes programmes;

    private List<ProgrammeView> shown;

    private String name;
    private String description;
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;

    private Long badgeProgrammeId;
    private String badgeName;
    private BadgeIcon badgeIcon = BadgeIcon.STAR;
    private String badgeDescription;
    private String companyValue;
    private BadgeGivers givers = BadgeGivers.EVERYONE;
    private Integer monthlyAllowance;

    public void createProgramme() {
        try {
            ProgrammeView created = programmes.create(new ProgrammeDraft(name, description, startsOn, endsOn));
            shown = null;
            name = null;
            description = null;
            endsOn = null;
            badgeProgrammeId = created.id();
            Messages.info(created.name() + " is created. Add its badges below.");
        } catch (InvalidInputException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void addBadge() {
        if (badgeProgrammeId == null) {
            Messages.error("Choose the programme the badge belongs to.");
            return;
        }
        try {
            var badge = programmes.addBadge(badgeProgrammeId, new BadgeDraft(badgeName, badgeIcon, badgeDescription,
                    companyValue, givers, monthlyAllowance));
            shown = null;
            badgeName = null;
            badgeDescription = null;
            Messages.info("\u201C" + badge.name() + "\u201D can be given now" + (badge.monthlyAllowance() == null ? "."
                    : ", to " + badge.monthlyAllowance() + " colleagues a month per giver."));
        } catch (InvalidInputException | NotAllowedException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** A picture for the badge named by the upload component's {@code badgeId} attribute. */
    public void uploadPicture(FileUploadEvent upload) {
        Long badgeId = (Long) upload.getComponent().getAttributes().get("badgeId");
        try (InputStream picture = upload.getFile().getInputStream()) {
            var badge = programmes.changeBadgePicture(badgeId, picture);
            shown = null;
            Messages.info("\u201C" + badge.name() + "\u201D shows its new picture.");
        } catch (InvalidInputException | NotAllowedException | NotFoundException e) {
            Messages.error(e.getMessage());
        } catch (IOException e) {
            Messages.error("The picture could not be read; upload it again.");
        }
    }

    public List<ProgrammeView> getProgrammes() {
        if (shown == null) {
            shown = programmes.programmes();
        }
        return shown;
    }

    public BadgeIcon[] getIcons() {
        return BadgeIcon.values();
    }

    public BadgeGivers[] getGiverChoices() {
        return BadgeGivers.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getBadgeProgrammeId() {
        return badgeProgrammeId;
    }

    public void setBadgeProgrammeId(Long badgeProgrammeId) {
        this.badgeProgrammeId = badgeProgrammeId;
    }

    public String getBadgeName() {
        return badgeName;
    }

    public void setBadgeName(String badgeName) {
        this.badgeName = badgeName;
    }

    public BadgeIcon getBadgeIcon() {
        return badgeIcon;
    }

    public void setBadgeIcon(BadgeIcon badgeIcon) {
        this.badgeIcon = badgeIcon;
    }

    public String getBadgeDescription() {
        return badgeDescription;
    }

    public void setBadgeDescription(String badgeDescription) {
        this.badgeDescription = badgeDescription;
    }

    public String getCompanyValue() {
        return companyValue;
    }

    public void setCompanyValue(String companyValue) {
        this.companyValue = companyValue;
    }

    public BadgeGivers getGivers() {
        return givers;
    }

    public void setGivers(BadgeGivers givers) {
        this.givers = givers;
    }

    public Integer getMonthlyAllowance() {
        return monthlyAllowance;
    }

    public void setMonthlyAllowance(Integer monthlyAllowance) {
        this.monthlyAllowance = monthlyAllowance;
    }
}
