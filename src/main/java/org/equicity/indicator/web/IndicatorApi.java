package org.equicity.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.IndicatorSummary;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.plan.PlanId;
import org.equicity.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicators for the public and for machines: what is published of an indicator (its locked periods after
 * disclosure control, suppressed cells without a value and marked) and a plan's indicators with their status.
 */
@RestController
class IndicatorApi {

    private final Indicators indicators;

    IndicatorApi(Indicators indicators) {
        this.indicators = indicators;
    }

    record CellOut(String dimension, String category, BigDecimal value, String status, boolean suppressed) {}

    record PeriodOut(String period, List<CellOut> cells) {}

    record TargetOut(LocalDate due, BigDecimal value, BigDecimal upper) {}

    record ProgressOut(String status, String method, String latestPeriod, BigDecimal latest) {}

    record IndicatorOut(
            UUID id,
            UUID city,
            UUID plan,
            UUID commitment,
            UUID action,
            String kind,
            String name,
            String definition,
            String language,
            String unit,
            String direction,
            String frequency,
            List<String> breakdowns,
            BigDecimal baseline,
            LocalDate baselineOn,
            List<TargetOut> targets,
            ProgressOut progress,
            List<PeriodOut> periods) {}

    record SummaryOut(
            UUID id,
            UUID commitment,
            UUID action,
            String kind,
            String name,
            ProgressOut progress,
            boolean needsAttention,
            boolean toComplete) {}

    @GetMapping("/api/v1/cities/{city}/indicators/{id}")
    @Operation(
            summary = "An indicator as published",
            description = "Definition, baseline, targets, progress (with the method that judged it) and the periods"
                    + " the city has approved, after disclosure control: a suppressed cell has no value and"
                    + " suppressed=true; a confidential one has no value either; a blank is never a zero.")
    IndicatorOut indicator(@PathVariable UUID city, @PathVariable UUID id) {
        var view = indicators.published(new IndicatorId(id));
        if (!view.city().value().equals(city)) {
            throw new NotFoundException("Indicator", id);
        }
        return out(view);
    }

    @GetMapping("/api/v1/plans/{id}/indicators")
    @Operation(
            summary = "A plan's indicators at a glance",
            description = "Each indicator of the plan's commitments and actions with its progress status; for the"
                    + " public only once the plan is adopted, from its approved figures.")
    List<SummaryOut> ofPlan(@PathVariable UUID id) {
        return indicators.ofPlan(new PlanId(id)).stream().map(IndicatorApi::out).toList();
    }

    private static IndicatorOut out(IndicatorView view) {
        var d = view.definition();
        var link = view.link();
        return new IndicatorOut(
                view.id().value(),
                view.city().value(),
                link.plan() == null ? null : link.plan().value(),
                link.commitment() == null ? null : link.commitment().value(),
                link.action() == null ? null : link.action().value(),
                d.kind().name(),
                d.name(),
                d.definition(),
                d.language(),
                d.unit().name(),
                d.direction().name(),
                d.frequency().name(),
                d.breakdowns(),
                d.baseline() == null ? null : d.baseline().value(),
                d.baseline() == null ? null : d.baseline().on(),
                d.targets().stream()
                        .map(t -> new TargetOut(t.due(), t.value(), t.upper()))
                        .toList(),
                progress(view.progression()),
                view.periods().stream()
                        .map(p -> new PeriodOut(
                                p.period().toString(),
                                p.cells().stream()
                                        .map(c -> new CellOut(
                                                c.dimension(),
                                                c.category(),
                                                FigureSheets.number(c.value()),
                                                c.status().name(),
                                                c.suppressed()))
                                        .toList()))
                        .toList());
    }

    private static SummaryOut out(IndicatorSummary summary) {
        return new SummaryOut(
                summary.id().value(),
                summary.link().commitment() == null
                        ? null
                        : summary.link().commitment().value(),
                summary.link().action() == null ? null : summary.link().action().value(),
                summary.kind().name(),
                summary.name(),
                progress(summary.progression()),
                summary.needsAttention(),
                summary.toComplete());
    }

    private static ProgressOut progress(org.equicity.indicator.Progression progression) {
        return new ProgressOut(
                progression.status().name(),
                progression.method().name(),
                progression.latestPeriod() == null
                        ? null
                        : progression.latestPeriod().toString(),
                FigureSheets.number(progression.latest()));
    }
}
