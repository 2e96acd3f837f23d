package org.agora.recognition;

/**
 * A badge as pages and the REST API show it.
 *
 * @param monthlyAllowance colleagues one giver may recognise with it each month; null for no limit
 * @param leftThisMonth    for the signed-in giver, how many more this month; null for no limit
 * @param mayGive          whether the signed-in employee may give it (who gives it is its {@code givers})
 * @param pictureVersion   set when HR uploaded a picture, served at {@code /media/badges/{id}?v=...}; null for the icon
 */
public record BadgeView(long id, long programmeId, String programmeName, String name, BadgeIcon icon,
                        String description, String companyValue, BadgeGivers givers, Integer monthlyAllowance,
                        Integer leftThisMonth, boolean mayGive, Long pictureVersion) {

    public String iconClass() {
        return icon.cssClass();
    }

    public static BadgeView of(Badge badge, Integer leftThisMonth, boolean mayGive) {
        return new BadgeView(badge.getId(), badge.getProgramme().getId(), badge.getProgramme().getName(),
                badge.getName(), badge.getIcon(), badge.getDescription(), badge.getCompanyValue(), badge.getGivers(),
                badge.getMonthlyAllowance(), leftThisMonth, mayGive, badge.getPictureVersion());
    }
}
