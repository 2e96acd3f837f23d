package org.agora.web.faces;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** "5 min ago", "3 h ago", "2 days ago", then the date: how feeds show when something happened. */
@Named
@ApplicationScoped
public class RelativeTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    public String ago(Instant moment) {
        return ago(moment, Instant.now());
    }

    static String ago(Instant moment, Instant now) {
        if (moment == null) {
            return "";
        }
        Duration age = Duration.between(moment, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() == 1 ? "yesterday" : age.toDays() + " days ago";
        }
        return DATE.format(moment);
    }

    /** "in 5 min", "in 3 h", "in 2 days": how long until a moment to come, such as a poll closing. */
    public String until(Instant moment) {
        return until(moment, Instant.now());
    }

    static String until(Instant moment, Instant now) {
        if (moment == null) {
            return "";
        }
        Duration left = Duration.between(now, moment);
        if (left.toMinutes() < 1) {
            return "in less than a minute";
        }
        if (left.toHours() < 1) {
            return "in " + left.toMinutes() + " min";
        }
        if (left.toDays() < 2) {
            return "in " + left.toHours() + " h";
        }
        return "in " + left.toDays() + " days";
    }
}
