package org.agora.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A badge of a programme: what it is called, the company value it stands for, and who may give it how often. */
@Entity
@Table(name = "badge")
public class Badge {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_VALUE = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_seq")
    @SequenceGenerator(name = "badge_seq", sequenceName = "badge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private RecognitionProgramme programme;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private BadgeIcon icon;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "company_value", nullable = false, length = MAX_VALUE)
    private String companyValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BadgeGivers givers;

    /** How many colleagues one giver may recognise with it in a calendar month; null for no limit. */
    @Column(name = "monthly_allowance")
    private Integer monthlyAllowance;

    /** Set when HR uploaded a picture for the badge, which then shows instead of the icon; changes with each one. */
    @Column(name = "picture_version")
    private Long pictureVersion;

    @Version
    private long version;

    protected Badge() {
    }

    public Badge(RecognitionProgramme programme, BadgeDraft draft) {
        this.programme = programme;
        change(draft);
    }

    public final void change(BadgeDraft draft) {
        this.name = draft.name();
        this.icon = draft.icon();
        this.description = draft.description();
        this.companyValue = draft.companyValue();
        this.givers = draft.givers();
        this.monthlyAllowance = draft.monthlyAllowance();
    }

    /** Records that a new picture was stored, so that pages ask for it by a new address. */
    public void pictureChanged() {
        this.pictureVersion = System.currentTimeMillis();
    }

    public Long getPictureVersion() {
        return pictureVersion;
    }

    public Long getId() {
        return id;
    }

    public RecognitionProgramme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public BadgeIcon getIcon() {
        return icon;
    }

    public String getDescription() {
        return description;
    }

    public String getCompanyValue() {
        return companyValue;
    }

    public BadgeGivers getGivers() {
        return givers;
    }

    public Integer getMonthlyAllowance() {
        return monthlyAllowance;
    }
}
