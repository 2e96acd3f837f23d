package org.agora.people;

/** A topic and how many active employees declare it. */
public record TagUsage(String tag, long people) {
}
