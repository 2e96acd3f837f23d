package org.agora.people.provisioning;

/** What applying HR's file did, one count per employee in it. */
public record ImportResult(int created, int updated, int unchanged, int deactivated) {
}
