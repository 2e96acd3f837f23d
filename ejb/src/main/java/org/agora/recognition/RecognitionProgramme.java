package org.agora.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A recognition programme HR runs for a period, such as "Values awards 2026", with its badges. */
@Entity
@Table(name = "recognition_programme")
public class RecognitionProgramme {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_programme_seq")
    @SequenceGenerator(name = "recognition_programme_seq", sequenceName = "recognition_programme_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** Null for a programme that runs until HR ends it. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "programme")
    @OrderBy("name")
    private List<Badge> badges = new ArrayList<>();

    @Version
    private long version;

    protected RecognitionProgramme() {
    }

    public RecognitionProgramme(String name, String description, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        this.createdAt = createdAt;
        change(name, description, startsOn, endsOn);
    }

    public final void change(String name, String description, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Whether badges of the programme may be given on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<Badge> getBadges() {
        return badges;
    }
}
