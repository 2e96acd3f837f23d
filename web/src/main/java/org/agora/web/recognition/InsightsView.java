package org.agora.web.recognition;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.agora.recognition.Milestones;
import org.agora.recognition.RecognitionInsights;
import org.agora.recognition.RecognitionKind;
import org.agora.recognition.RecognitionStatistics;
import org.agora.recognition.RecognitionStatistics.Count;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.web.faces.Messages;

/**
 * Backs HR's insights page: where recognition went in a period (charts by department, value and month, top givers and
 * receivers), the teams it missed, the CSV export, and the milestone posts.
 */
@Named
@ViewScoped
public class InsightsView implements Serializable {

    private static final String COLOUR = "#6366f1";
    static final int QUIET_TEAMS_SHOWN = 15;

    @Inject
    RecognitionInsights insights;

    @Inject
    Milestones milestones;

    private LocalDate from = LocalDate.now().minusMonths(11).withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private RecognitionStatistics statistics;
    private Map<RecognitionKind, Boolean> milestoneSettings;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        try {
            statistics = insights.statistics(from, to);
        } catch (InvalidInputException | NotAllowedException e) {
            // the figures of the last valid period stay on the page
            Messages.error(e.getMessage());
        }
    }

    public void switchMilestones(RecognitionKind kind) {
        boolean on = Boolean.TRUE.equals(milestoneSettings().get(kind));
        milestones.switchKind(kind, on);
        Messages.info((kind == RecognitionKind.WELCOME ? "Welcome posts" : "Work anniversary posts")
                + (on ? " are on." : " are off."));
    }

    public void postMilestonesNow() {
        int posted = milestones.postDue();
        Messages.info(posted == 0 ? "Every milestone of today is already posted." : "Posted " + posted
                + (posted == 1 ? " milestone." : " milestones."));
    }

    /** A Chart.js bar chart of the counts, as PrimeFaces' chart component takes it. */
    private static String bars(List<Count> counts, String label, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        counts.forEach(count -> {
            labels.add(count.label());
            values.add(count.count());
        });
        var options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", values).add("backgroundColor", COLOUR))))
                .add("options", options)
                .build().toString();
    }

    public String getByDepartmentChart() {
        return bars(statistics.byDepartment(), "People recognised", true);
    }

    public String getByValueChart() {
        return bars(statistics.byValue(), "Recognitions", true);
    }

    public String getByMonthChart() {
        return bars(statistics.byMonth(), "Recognitions", false);
    }

    public String getExportAddress() {
        return "/api/v1/recognitions/export?from=" + statistics.from() + "&to=" + statistics.to();
    }

    /** The first of the quiet teams; the page says how many more there are. */
    public List<RecognitionStatistics.QuietTeam> getQuietTeamsShown() {
        return statistics.quietTeams().subList(0, Math.min(QUIET_TEAMS_SHOWN, statistics.quietTeams().size()));
    }

    public RecognitionStatistics getStatistics() {
        return statistics;
    }

    private Map<RecognitionKind, Boolean> milestoneSettings() {
        if (milestoneSettings == null) {
            milestoneSettings = milestones.settings();
        }
        return milestoneSettings;
    }

    public boolean isAnniversaries() {
        return Boolean.TRUE.equals(milestoneSettings().get(RecognitionKind.ANNIVERSARY));
    }

    public void setAnniversaries(boolean on) {
        milestoneSettings().put(RecognitionKind.ANNIVERSARY, on);
    }

    public boolean isWelcomes() {
        return Boolean.TRUE.equals(milestoneSettings().get(RecognitionKind.WELCOME));
    }

    public void setWelcomes(boolean on) {
        milestoneSettings().put(RecognitionKind.WELCOME, on);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
