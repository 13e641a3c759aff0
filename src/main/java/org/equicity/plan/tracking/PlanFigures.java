package org.equicity.plan.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.plan.Progress;
import org.equicity.plan.tracking.PlanTracking.Column;
import org.equicity.plan.tracking.PlanTracking.CommitmentProgress;
import org.equicity.plan.tracking.PlanTracking.Coverage;
import org.equicity.plan.tracking.PlanTracking.Matrix;
import org.equicity.plan.tracking.PlanTracking.PlanProgress;
import org.equicity.plan.tracking.PlanTracking.Row;
import org.jspecify.annotations.Nullable;

/** What a plan's actions add up to: how they cover its commitments, fields and departments, and its progress, and when updates fall due. */
final class PlanFigures {

    private PlanFigures() {}

    static Coverage coverage(PlanView view, Locale locale) {
        var catalogue = view.catalogue();
        var tracks = catalogue.tracks().items().stream()
                .map(track -> new Column(track.code(), track.label().in(locale)))
                .toList();
        var counted = view.actions().stream()
                .filter(action -> action.content().status() != ActionStatus.DISCONTINUED)
                .toList();
        var byCommitment = new ArrayList<RowSource>();
        for (var commitment : view.commitments()) {
            byCommitment.add(new RowSource(
                    commitment.id().value().toString(),
                    commitment.title(catalogue.commitments(), locale),
                    counted.stream()
                            .filter(action -> action.commitment().equals(commitment.id()))
                            .toList()));
        }
        var byField = catalogue.fieldsOfActivity().items().stream()
                .map(field -> new RowSource(
                        field.code(),
                        field.label().in(locale),
                        counted.stream()
                                .filter(action ->
                                        action.content().fieldsOfActivity().contains(field.code()))
                                .toList()))
                .toList();
        var byDepartment = catalogue.departments().stream()
                .map(department -> new RowSource(
                        department.id().value().toString(),
                        department.name(),
                        counted.stream()
                                .filter(action -> action.content()
                                        .responsibleDepartments()
                                        .contains(department.id()))
                                .toList()))
                .toList();
        return new Coverage(
                view.id(),
                counted.size(),
                view.actions().size() - counted.size(),
                tracks,
                matrix(byCommitment, tracks),
                matrix(byField, tracks),
                matrix(byDepartment, tracks),
                commitmentsNotChosen(view, locale),
                (int) counted.stream()
                        .filter(action -> action.content().fieldsOfActivity().isEmpty())
                        .count(),
                (int) counted.stream()
                        .filter(action ->
                                action.content().responsibleDepartments().isEmpty())
                        .count());
    }

    /** The framework's commitments the plan has no commitment for, by their labels. */
    private static List<String> commitmentsNotChosen(PlanView view, Locale locale) {
        var chosen = view.commitments().stream()
                .map(commitment -> commitment.content().frameworkCode())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return view.catalogue().commitments().items().stream()
                .filter(item -> !chosen.contains(item.code()))
                .map(item -> item.label().in(locale))
                .toList();
    }

    private record RowSource(String key, String label, List<ActionView> actions) {}

    private static Matrix matrix(List<RowSource> sources, List<Column> tracks) {
        var codes = tracks.stream().map(Column::code).toList();
        var rows = new ArrayList<Row>();
        var totals = new int[codes.size()];
        int withoutTrackTotal = 0;
        for (var source : sources) {
            var counts = new ArrayList<Integer>();
            var missingTracks = new ArrayList<String>();
            for (int i = 0; i < codes.size(); i++) {
                var code = codes.get(i);
                int count = (int) source.actions().stream()
                        .filter(action -> code.equals(action.content().track()))
                        .count();
                counts.add(count);
                totals[i] += count;
                if (count == 0) {
                    missingTracks.add(tracks.get(i).label());
                }
            }
            int withoutTrack = (int) source.actions().stream()
                    .filter(action -> !codes.contains(action.content().track()))
                    .count();
            withoutTrackTotal += withoutTrack;
            rows.add(new Row(
                    source.key(),
                    source.label(),
                    counts,
                    withoutTrack,
                    source.actions().size(),
                    missingTracks));
        }
        return new Matrix(rows, Arrays.stream(totals).boxed().toList(), withoutTrackTotal);
    }

    static PlanProgress progress(PlanView view, Locale locale) {
        var commitments = view.commitments().stream()
                .map(commitment -> new CommitmentProgress(
                        commitment.id(),
                        commitment.title(view.catalogue().commitments(), locale),
                        Progress.of(commitment.actions())))
                .toList();
        return new PlanProgress(view.id(), Progress.of(view.actions()), commitments);
    }

    /**
     * When the next update is due: a cadence after the latest update, or before any update, a cadence after the
     * later of the action's start and the council decision (the first of January of the plan's first year when
     * neither is known).
     */
    static LocalDate due(TrackedPlan plan, @Nullable Integer cadence, ActionContent content, @Nullable LocalDate last) {
        var from = last;
        if (from == null) {
            var decision = plan.decision() == null ? null : plan.decision().date();
            from = content.start();
            if (from == null || (decision != null && decision.isAfter(from))) {
                from = decision;
            }
            if (from == null) {
                from = LocalDate.of(plan.startYear(), 1, 1);
            }
        }
        return from.plusMonths(cadence == null ? 6 : cadence);
    }
}
