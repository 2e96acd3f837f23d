package org.agora.recognition;

import java.util.Arrays;
import java.util.List;

/** The pictures a badge can wear: PrimeIcons every page already has. */
public enum BadgeIcon {
    STAR("pi-star-fill", "Star"),
    HEART("pi-heart-fill", "Heart"),
    BOLT("pi-bolt", "Lightning"),
    THUMBS_UP("pi-thumbs-up-fill", "Thumbs up"),
    SUN("pi-sun", "Sun"),
    USERS("pi-users", "Team"),
    FLAG("pi-flag-fill", "Flag"),
    VERIFIED("pi-verified", "Seal"),
    SHIELD("pi-shield", "Shield"),
    GIFT("pi-gift", "Gift"),
    COMPASS("pi-compass", "Compass"),
    SPARKLES("pi-sparkles", "Sparkles"),
    TROPHY("pi-trophy", "Trophy"),
    CROWN("pi-crown", "Crown"),
    LIGHTBULB("pi-lightbulb", "Light bulb");

    private final String cssClass;
    private final String label;

    BadgeIcon(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    public String cssClass() {
        return cssClass;
    }

    public String label() {
        return label;
    }

    public static List<BadgeIcon> all() {
        return Arrays.asList(values());
    }
}
