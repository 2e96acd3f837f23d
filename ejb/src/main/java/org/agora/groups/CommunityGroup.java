package org.agora.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of employees around a topic, a place or a team ("group" itself is a reserved word in SQL). */
@Entity
@Table(name = "community_group")
public class CommunityGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_group_seq")
    @SequenceGenerator(name = "community_group_seq", sequenceName = "community_group_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GroupVisibility visibility;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set while the group is archived: kept for reading, closed to new posts and members. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected CommunityGroup() {
    }

    public CommunityGroup(String slug, String name, String description, GroupVisibility visibility) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.visibility = visibility;
        this.createdAt = Instant.now();
    }

    /** Renames and redescribes the group; its visibility is chosen once, when it is created. */
    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }

    void restore() {
        archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean isOpenToEveryone() {
        return isOpenToEveryone(visibility);
    }

    /** Whether everyone may read a group of this visibility, member or not. */
    public static boolean isOpenToEveryone(GroupVisibility visibility) {
        return visibility == GroupVisibility.PUBLIC;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public GroupVisibility getVisibility() {
        return visibility;
    }
}
