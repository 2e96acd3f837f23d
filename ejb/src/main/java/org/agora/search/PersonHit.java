package org.agora.search;

import java.util.List;

/** Someone people search found, with why: the topics that matched, how endorsed they are, what they wrote. */
public record PersonHit(long id, String fullName, String initials, Long photoVersion, String title,
                        String department, String location, List<String> expertise, List<String> reasons) {
}
