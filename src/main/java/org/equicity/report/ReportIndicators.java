package org.equicity.report;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.PublishedIndicator;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.Plans;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators a report carries: those of the plan actions the city reports, and those of the commitments of its
 * public plans that the report's actions come under, with their published figures, asked of the indicator module.
 * A submitted version keeps them as they were at submission.
 */
@Component
class ReportIndicators {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReportedIndicator>> LIST = new TypeReference<>() {};

    private final Indicators indicators;
    private final Plans plans;

    ReportIndicators(Indicators indicators, Plans plans) {
        this.indicators = indicators;
        this.plans = plans;
    }

    List<ReportedIndicator> of(CityId city, ReportContent content) {
        var actions = content.actions().stream()
                .map(ReportedAction::planAction)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (actions.isEmpty()) {
            return List.of();
        }
        var commitments = commitmentCodes(city, content, actions);
        return indicators.publishedFor(city, actions, commitments.keySet()).stream()
                .map(indicator -> reported(
                        indicator,
                        indicator.link().action() == null
                                ? commitments.get(indicator.link().commitment())
                                : null))
                .toList();
    }

    static String write(List<ReportedIndicator> indicators) {
        return JSON.writeValueAsString(indicators);
    }

    static List<ReportedIndicator> read(String json) {
        return json == null ? List.of() : JSON.readValue(json, LIST);
    }

    /** The commitments of the public plans that hold a reported action, with their code in the framework. */
    private HashMap<CommitmentId, String> commitmentCodes(CityId city, ReportContent content, Set<ActionId> actions) {
        var codes = content.actions().stream()
                .map(ReportedAction::commitment)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var found = new HashMap<CommitmentId, String>();
        plans.ofCity(city).stream()
                .filter(summary -> summary.state().isPublic())
                .map(summary -> plans.plan(summary.id()))
                .flatMap(plan -> plan.commitments().stream())
                .filter(commitment -> codes.contains(commitment.content().frameworkCode())
                        && commitment.actions().stream().anyMatch(action -> actions.contains(action.id())))
                .forEach(commitment ->
                        found.put(commitment.id(), commitment.content().frameworkCode()));
        return found;
    }

    private static ReportedIndicator reported(PublishedIndicator indicator, String commitment) {
        var baseline = indicator.baseline();
        var target = indicator.target();
        var latest = indicator.latest();
        var progression = indicator.progression();
        return new ReportedIndicator(
                indicator.id().value(),
                indicator.link().action() == null
                        ? null
                        : indicator.link().action().value(),
                commitment,
                indicator.kind().name(),
                indicator.name(),
                indicator.language(),
                indicator.unit().name(),
                indicator.rateBase(),
                indicator.currency(),
                indicator.direction().name(),
                baseline == null
                        ? null
                        : new ReportedIndicator.Baseline(
                                baseline.value(), baseline.on(), baseline.source(), baseline.suppressed()),
                target == null ? null : new ReportedIndicator.Target(target.due(), target.value(), target.upper()),
                latest == null
                        ? null
                        : new ReportedIndicator.Latest(
                                indicator.latestPeriod().toString(),
                                latest.value(),
                                latest.status().name(),
                                latest.suppressed()),
                progression.status().name(),
                progression.method().name());
    }
}
