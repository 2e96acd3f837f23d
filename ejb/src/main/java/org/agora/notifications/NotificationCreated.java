package org.agora.notifications;

/** An employee has a new notice. Fired in the transaction that made it; live updates listen after it commits. */
public record NotificationCreated(long recipientId) {
}
