package org.agora.search;

import java.util.List;

import org.agora.people.ExpertiseProfile;

/** An employee as the {@code people} index stores them; {@code expertise} is nested so each tag keeps its count. */
public record PersonDocument(String fullName, String title, String department, String city, String country,
                             boolean active, List<Topic> expertise) {

    /** A declared topic with its endorsements, which rank people who know it. */
    public record Topic(String tag, long endorsements) {
    }

    public static String personId(long employeeId) {
        return "person-" + employeeId;
    }

    static PersonDocument of(ExpertiseProfile profile) {
        return new PersonDocument(profile.fullName(), profile.title(), profile.department(), profile.city(),
                profile.country(), profile.active(),
                profile.expertise().stream().map(t -> new Topic(t.tag(), t.endorsements())).toList());
    }
}
