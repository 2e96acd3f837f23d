package org.agora.recognition;

/** A badge on a profile, with how many times its owner received it. */
public record BadgeCount(long badgeId, String name, BadgeIcon icon, Long pictureVersion, String companyValue,
                         long count) {

    public String iconClass() {
        return icon.cssClass();
    }
}
