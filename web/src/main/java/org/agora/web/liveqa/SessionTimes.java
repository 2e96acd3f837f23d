package org.agora.web.liveqa;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How live Q&A pages write a session's start and end: "Wed 2 Dec 2026, 17:00 GMT", in the server's zone. */
final class SessionTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private SessionTimes() {
    }

    static String format(Instant moment) {
        return moment == null ? "" : WHEN.format(moment);
    }
}
