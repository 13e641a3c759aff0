package org.equicity.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equicity.plan.ActionId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;

/**
 * What a report takes from elsewhere: the actions of the city's published plans that ran during the cycle's period,
 * and what the city reported to the same network the last time. Also checks the ids an edited report sends against
 * what it holds.
 */
@Component
class ReportPrefill {

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final SubmissionRepository submissions;
    private final Plans plans;

    ReportPrefill(CycleRepository cycles, CityReportRepository reports, SubmissionRepository submissions, Plans plans) {
        this.cycles = cycles;
        this.reports = reports;
        this.submissions = submissions;
        this.plans = plans;
    }

    /**
     * The actions of the city's published plans that ran during the cycle's period, as a report states them (without
     * an id: they are not in the report yet), leaving out those already in the report.
     */
    List<ReportedAction> candidates(Cycle cycle, CityId city, List<ReportedAction> reported) {
        var taken = new HashSet<ActionId>();
        reported.stream()
                .map(ReportedAction::planAction)
                .filter(Objects::nonNull)
                .forEach(taken::add);
        var found = new ArrayList<ReportedAction>();
        for (var plan : publishedPlans(city)) {
            for (var commitment : plan.commitments()) {
                for (var action : commitment.actions()) {
                    var content = action.content();
                    if (!taken.contains(action.id()) && cycle.overlaps(content.start(), content.end())) {
                        taken.add(action.id());
                        found.add(reported(plan, commitment.content().frameworkCode(), action));
                    }
                }
            }
        }
        return found;
    }

    /** The tags of the actions of the city's published plans, by action: what an accepted action keeps of them. */
    Map<ActionId, List<String>> planTags(CityId city) {
        var tags = new HashMap<ActionId, List<String>>();
        for (var plan : publishedPlans(city)) {
            plan.commitments().stream()
                    .flatMap(commitment -> commitment.actions().stream())
                    .forEach(action -> tags.put(action.id(), action.content().tags()));
        }
        return tags;
    }

    /** The content with its ids checked against what this report holds, and new actions given theirs. */
    ReportContent settled(CityReport report, ReportContent content) {
        var held = new ArrayList<>(report.content().actions());
        submissions
                .findByReportIdOrderByNumber(report.id().value())
                .forEach(version -> held.addAll(version.content().actions()));
        return ActionIds.settle(
                content,
                held.stream().map(ReportedAction::id).collect(Collectors.toSet()),
                held.stream()
                        .map(ReportedAction::planAction)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                () -> publishedPlans(report.city()).stream()
                        .flatMap(plan -> plan.commitments().stream())
                        .flatMap(commitment -> commitment.actions().stream())
                        .map(ActionView::id)
                        .collect(Collectors.toSet()));
    }

    /** What the city reported to the same network the last time: its latest submission, else its draft. */
    Optional<ReportContent> previousContent(Cycle cycle, CityId city) {
        var earlier = cycles
                .findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(
                        cycle.network().value())
                .stream()
                .filter(other ->
                        !other.id().equals(cycle.id()) && other.periodFrom().isBefore(cycle.periodFrom()))
                .toList();
        for (var other : earlier) {
            var report = reports.findByCycleIdAndCityId(other.id().value(), city.value());
            if (report.isPresent()) {
                var versions = submissions.findByReportIdOrderByNumber(
                        report.get().id().value());
                return Optional.of(
                        versions.isEmpty()
                                ? report.get().content()
                                : versions.get(versions.size() - 1).content());
            }
        }
        return Optional.empty();
    }

    /**
     * The city's plans from their adoption on: a draft or a plan in consultation is not yet public, and what a report
     * takes from a plan is read by the network's secretariat and, once accepted, by everyone.
     */
    private List<PlanView> publishedPlans(CityId city) {
        return plans.ofCity(city).stream()
                .filter(summary -> summary.state().isPublic())
                .map(summary -> plans.plan(summary.id()))
                .toList();
    }

    private static ReportedAction reported(PlanView plan, String commitment, ActionView action) {
        var content = action.content();
        var duration = (content.start() == null ? "" : content.start().toString())
                + " – "
                + (content.end() == null ? "" : content.end().toString());
        var departments = content.responsibleDepartments().stream()
                .map(department -> plan.catalogue().departmentName(department))
                .collect(Collectors.joining(", "));
        return new ReportedAction(
                null,
                action.id(),
                content.title(),
                content.description(),
                null,
                duration,
                null,
                departments,
                commitment,
                content.fieldsOfActivity(),
                content.track(),
                content.status(),
                content.progress(),
                List.of());
    }
}
