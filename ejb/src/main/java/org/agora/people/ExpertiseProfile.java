package org.agora.people;

import java.util.List;

/** What people search knows about an employee: who they are, where they work, what they know and how endorsed. */
public record ExpertiseProfile(long employeeId, String fullName, String initials, Long photoVersion, String title,
                               String department, String city, String country, boolean active,
                               List<Topic> expertise) {

    /** A declared topic and how many colleagues endorse it. */
    public record Topic(String tag, long endorsements) {
    }
}
