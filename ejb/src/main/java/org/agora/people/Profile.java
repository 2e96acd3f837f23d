package org.agora.people;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's profile as the signed-in employee sees it.
 *
 * @param managerChain from the direct manager up to the top of the company
 * @param me           whether it is the signed-in employee's own profile
 * @param former       whether the employee has left the company (the profile stays, read-only)
 */
public record Profile(PersonSummary person, String email, LocalDate hireDate, ProfileDetails details,
                      List<PersonSummary> managerChain,
                      List<PersonSummary> directReports, List<Expertise> expertise, long followers, long following,
                      boolean followedByMe, boolean me, boolean former) {

    /** A declared topic with how many colleagues endorse it, and whether the viewer is one of them. */
    public record Expertise(String tag, long endorsements, boolean endorsedByMe) {
    }
}
