package org.agora.search;

import java.util.List;

import org.agora.people.ExpertiseProfile;

/**
 * An employee as the {@code people} index stores them; {@code expertise} is nested so each tag keeps its count.
 *
 * @param employeeId  orders people of the same name, so that pages never overlap
 * @param nameSuggest the name for the top bar's suggestions; absent for former employees, who are never suggested
 * @param sortName    the name folded to lower case without accents, so "Émile" sorts among the e's
 * @param writing     what they wrote where everyone can read it, which ranks them for the topics they write about
 */
public record PersonDocument(long employeeId, String fullName, Completion nameSuggest, String sortName, String initials,
                             Long photoVersion, String title, String department, String city, String country,
                             boolean active, List<Topic> expertise, List<String> writing) {

    /** A declared topic with its endorsements, which rank people who know it. */
    public record Topic(String tag, long endorsements) {
    }

    public static String personId(long employeeId) {
        return "person-" + employeeId;
    }

    static PersonDocument of(ExpertiseProfile profile, List<String> writing) {
        return new PersonDocument(profile.employeeId(), profile.fullName(),
                profile.active() ? Completion.ofName(profile.fullName(), 1) : null, sortName(profile.fullName()),
                profile.initials(), profile.photoVersion(), profile.title(), profile.department(), profile.city(), profile.country(),
                profile.active(), profile.expertise().stream().map(t -> new Topic(t.tag(), t.endorsements())).toList(),
                writing);
    }

    static String sortName(String fullName) {
        return Completion.folded(fullName);
    }
}
