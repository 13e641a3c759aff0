package org.equicity.indicator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.IndicatorSummary;
import org.equicity.indicator.Progression.ProgressMethod;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionNotes;
import org.equicity.plan.PlanId;
import org.springframework.stereotype.Component;

/**
 * The status of each action's indicators beside the action on the plan's pages: the latest total against the target
 * and the baseline, how it moved since the total before, the progress status with its method, or that nothing was
 * observed yet. The public page reads the published figures only, whoever reads it. All indicators of the plan are
 * read together, so that a plan of many actions costs the same few queries as a small one.
 */
@Component
class IndicatorNotes implements ActionNotes {

    private final Indicators indicators;

    IndicatorNotes(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public Map<ActionId, List<Note>> of(PlanId plan, String citySlug, boolean published) {
        var summaries = published ? indicators.publishedOfPlan(plan) : indicators.ofPlan(plan);
        var base = (published ? "/cities/" : "/manage/cities/") + citySlug + "/indicators/";
        var notes = new LinkedHashMap<ActionId, List<Note>>();
        for (var summary : summaries) {
            var action = summary.link().action();
            if (action != null) {
                notes.computeIfAbsent(action, id -> new ArrayList<>()).add(note(summary, base));
            }
        }
        return notes;
    }

    private static Note note(IndicatorSummary summary, String base) {
        var facts = new ArrayList<Fact>();
        if (summary.latest() == null) {
            facts.add(new Fact("indicator.glance.none", List.of()));
        } else {
            facts.add(new Fact(
                    "indicator.progress.latest",
                    List.of(summary.latest(), summary.latestPeriod().toString())));
            if (summary.trend() != null) {
                facts.add(new Fact("indicator.trend." + summary.trend(), List.of()));
            }
        }
        var target = summary.target();
        if (target != null) {
            var by = String.valueOf(target.due().getYear());
            facts.add(
                    target.upper() == null
                            ? new Fact("indicator.glance.target", List.of(target.value(), by))
                            : new Fact("indicator.glance.band", List.of(target.value(), target.upper(), by)));
        }
        var baseline = summary.baseline();
        if (baseline != null) {
            facts.add(new Fact(
                    "indicator.glance.baseline",
                    List.of(baseline.value(), String.valueOf(baseline.on().getYear()))));
        }
        var progression = summary.progression();
        facts.add(new Fact("indicator.progress." + progression.status(), List.of()));
        if (progression.method() != ProgressMethod.NONE) {
            facts.add(new Fact("indicator.method." + progression.method(), List.of()));
        }
        if (summary.needsAttention()) {
            facts.add(new Fact("indicator.attention", List.of()));
        }
        if (summary.toComplete()) {
            facts.add(new Fact("indicator.to-complete", List.of()));
        }
        return new Note(summary.name(), summary.language(), base + summary.id().value(), facts);
    }
}
