package org.agora.search;

import java.util.List;

/** Someone people search found, with why: the topics that matched and how endorsed they are. */
public record PersonHit(long id, String fullName, String title, String department, String location,
                        List<String> reasons) {
}
