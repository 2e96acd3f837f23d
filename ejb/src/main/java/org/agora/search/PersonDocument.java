package org.agora.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.agora.people.ExpertiseProfile;

/**
 * An employee as the {@code people} index stores them; {@code expertise} is nested so each tag keeps its count.
 *
 * @param employeeId orders people of the same name, so that pages never overlap
 * @param sortName the name folded to lower case without accents, so "Émile" sorts among the e's
 * @param writing  what they wrote where everyone can read it, which ranks them for the topics they write about
 */
public record PersonDocument(long employeeId, String fullName, String sortName, String initials, Long photoVersion,
                             String title, String department, String city, String country, boolean active, List<Topic> expertise,
                             List<String> writing) {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** A declared topic with its endorsements, which rank people who know it. */
    public record Topic(String tag, long endorsements) {
    }

    public static String personId(long employeeId) {
        return "person-" + employeeId;
    }

    static PersonDocument of(ExpertiseProfile profile, List<String> writing) {
        return new PersonDocument(profile.employeeId(), profile.fullName(), sortName(profile.fullName()),
                profile.initials(), profile.photoVersion(), profile.title(), profile.department(), profile.city(), profile.country(),
                profile.active(), profile.expertise().stream().map(t -> new Topic(t.tag(), t.endorsements())).toList(),
                writing);
    }

    static String sortName(String fullName) {
        String decomposed = Normalizer.normalize(fullName, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
