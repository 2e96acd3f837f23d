package org.agora.recognition;

/**
 * A badge as HR describes it.
 *
 * @param monthlyAllowance colleagues one giver may recognise with it each calendar month; null for no limit
 */
public record BadgeDraft(String name, BadgeIcon icon, String description, String companyValue, BadgeGivers givers,
                         Integer monthlyAllowance) {
}
