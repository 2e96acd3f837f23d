package org.agora.recognition.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;
import org.agora.recognition.Badge;
import org.agora.recognition.BadgeDraft;
import org.agora.recognition.BadgeGivers;
import org.agora.recognition.BadgeView;
import org.agora.recognition.ProgrammeDraft;
import org.agora.recognition.ProgrammeView;
import org.agora.recognition.RecognitionProgramme;
import org.agora.recognition.RecognitionProgrammes;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultRecognitionProgrammes implements RecognitionProgrammes {

    static final int MAX_ALLOWANCE = 1000;
    private static final String MANAGING = "Managing recognition programmes is";

    @PersistenceContext
    EntityManager em;

    @Inject
    HumanResources hr;

    @Inject
    BadgePictures pictures;

    @Override
    public List<ProgrammeView> programmes() {
        hr.requireHr(MANAGING);
        LocalDate today = LocalDate.now();
        return em.createQuery("select p from RecognitionProgramme p order by p.startsOn desc, p.name",
                        RecognitionProgramme.class)
                .getResultStream()
                .map(programme -> view(programme, today))
                .sorted((a, b) -> Boolean.compare(b.running(), a.running()))
                .toList();
    }

    @Override
    public ProgrammeView create(ProgrammeDraft draft) {
        hr.requireHr(MANAGING);
        ProgrammeDraft valid = valid(draft);
        RecognitionProgramme programme = new RecognitionProgramme(valid.name(), valid.description(), valid.startsOn(),
                valid.endsOn(), Instant.now());
        em.persist(programme);
        return view(programme, LocalDate.now());
    }

    @Override
    public ProgrammeView change(long programmeId, ProgrammeDraft draft) {
        hr.requireHr(MANAGING);
        RecognitionProgramme programme = programme(programmeId);
        ProgrammeDraft valid = valid(draft);
        programme.change(valid.name(), valid.description(), valid.startsOn(), valid.endsOn());
        return view(programme, LocalDate.now());
    }

    @Override
    public BadgeView addBadge(long programmeId, BadgeDraft draft) {
        hr.requireHr(MANAGING);
        RecognitionProgramme programme = programme(programmeId);
        BadgeDraft valid = valid(draft, programme, null);
        Badge badge = new Badge(programme, valid);
        em.persist(badge);
        programme.getBadges().add(badge);
        return BadgeView.of(badge, null, true);
    }

    @Override
    public BadgeView changeBadge(long badgeId, BadgeDraft draft) {
        hr.requireHr(MANAGING);
        Badge badge = badge(badgeId);
        badge.change(valid(draft, badge.getProgramme(), badge.getId()));
        return BadgeView.of(badge, null, true);
    }

    @Override
    public BadgeView changeBadgePicture(long badgeId, InputStream picture) {
        hr.requireHr(MANAGING);
        Badge badge = badge(badgeId);
        pictures.store(badgeId, picture);
        badge.pictureChanged();
        return BadgeView.of(badge, null, true);
    }

    @Override
    public Optional<Path> badgePicture(long badgeId) {
        return pictures.find(badgeId);
    }

    private Badge badge(long badgeId) {
        Badge badge = em.find(Badge.class, badgeId);
        if (badge == null) {
            throw new NotFoundException("There is no badge " + badgeId + ".");
        }
        return badge;
    }

    private RecognitionProgramme programme(long programmeId) {
        RecognitionProgramme programme = em.find(RecognitionProgramme.class, programmeId);
        if (programme == null) {
            throw new NotFoundException("There is no recognition programme " + programmeId + ".");
        }
        return programme;
    }

    private static ProgrammeDraft valid(ProgrammeDraft draft) {
        String name = required(draft.name(), "Give the programme a name.");
        limit(name, RecognitionProgramme.MAX_NAME, "A programme's name");
        String description = optional(draft.description());
        limit(description, RecognitionProgramme.MAX_DESCRIPTION, "A programme's description");
        if (draft.startsOn() == null) {
            throw new InvalidInputException("Say when the programme starts.");
        }
        if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new InvalidInputException("The programme ends before it starts: choose an end on or after "
                    + draft.startsOn() + ".");
        }
        return new ProgrammeDraft(name, description, draft.startsOn(), draft.endsOn());
    }

    private BadgeDraft valid(BadgeDraft draft, RecognitionProgramme programme, Long badgeId) {
        String name = required(draft.name(), "Give the badge a name.");
        limit(name, Badge.MAX_NAME, "A badge's name");
        String value = required(draft.companyValue(), "Say which company value the badge stands for.");
        limit(value, Badge.MAX_VALUE, "A company value");
        String description = optional(draft.description());
        limit(description, Badge.MAX_DESCRIPTION, "A badge's description");
        if (draft.icon() == null) {
            throw new InvalidInputException("Choose an icon for the badge.");
        }
        Integer allowance = draft.monthlyAllowance();
        if (allowance != null && (allowance < 1 || allowance > MAX_ALLOWANCE)) {
            throw new InvalidInputException("A monthly allowance is between 1 and " + MAX_ALLOWANCE
                    + " colleagues; leave it empty for no limit.");
        }
        boolean taken = em.createQuery("""
                        select count(b) from Badge b where b.programme.id = :programme and lower(b.name) = :name
                        and b.id <> :badge""", Long.class)
                .setParameter("programme", programme.getId())
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("badge", badgeId == null ? -1L : badgeId)
                .getSingleResult() > 0;
        if (taken) {
            throw new InvalidInputException(programme.getName() + " already has a badge called \"" + name + "\".");
        }
        return new BadgeDraft(name, draft.icon(), description, value,
                draft.givers() == null ? BadgeGivers.EVERYONE : draft.givers(), allowance);
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(message);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void limit(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(what + " can be at most " + max + " characters long.");
        }
    }

    static ProgrammeView view(RecognitionProgramme programme, LocalDate today) {
        return new ProgrammeView(programme.getId(), programme.getName(), programme.getDescription(),
                programme.getStartsOn(), programme.getEndsOn(), programme.runsOn(today),
                programme.getBadges().stream().map(badge -> BadgeView.of(badge, null, true)).toList());
    }
}
