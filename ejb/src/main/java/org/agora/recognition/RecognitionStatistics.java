package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * Where recognition went between {@code from} and {@code to} (both included), for HR. People who opted out of
 * leaderboards are counted everywhere but never named among the top givers and receivers.
 *
 * @param quietTeams managers whose team (their direct reports) received nothing in the last 90 days
 */
public record RecognitionStatistics(LocalDate from, LocalDate to, long recognitions, long recipients,
                                    List<Count> byDepartment, List<Count> byValue, List<Count> byMonth,
                                    List<Count> topGivers, List<Count> topReceivers, List<QuietTeam> quietTeams) {

    /** A label (a department, a value, a month as 2026-11, a person) and how many. */
    public record Count(String label, long count) {
    }

    public record QuietTeam(long managerId, String managerName, String department, long members) {
    }
}
