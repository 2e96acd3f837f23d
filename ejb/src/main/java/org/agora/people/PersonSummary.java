package org.agora.people;

import java.util.List;

/** An employee as lists and cards show them. */
public record PersonSummary(long id, String fullName, String title, String department, String location,
                            String initials, Long photoVersion, List<String> expertise) {

    public static PersonSummary of(Employee e) {
        return new PersonSummary(e.getId(), e.getFullName(), e.getTitle(), e.getDepartment(),
                e.getLocation() == null ? null : e.getLocation().toString(), e.initials(), e.getPhotoVersion(),
                e.getExpertise().stream().sorted().toList());
    }
}
