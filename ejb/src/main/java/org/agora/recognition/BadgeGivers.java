package org.agora.recognition;

/** Who may give a badge; stored by name, so constants are only ever added. */
public enum BadgeGivers {
    EVERYONE("Everyone"),
    /** Employees with at least one active report. */
    MANAGERS("Managers only"),
    HR("HR only");

    private final String label;

    BadgeGivers(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
