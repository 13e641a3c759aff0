package org.equicity.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.Subject;

/**
 * The part of a plan's history the public may read: how the plan went on from its adoption (drafting and
 * consultation are the city's internal work), and how its actions advanced. Who made a change stays internal.
 */
final class PublicHistory {

    private static final Set<ChangeKind> STEPS =
            Set.of(ChangeKind.ADOPTED, ChangeKind.IMPLEMENTATION_STARTED, ChangeKind.CLOSED, ChangeKind.SUPERSEDED);

    private static final Set<String> PLAN_FIELDS = Set.of("decision.date", "decision.reference");

    private static final Set<String> ACTION_FIELDS = Set.of("status", "progress");

    private PublicHistory() {}

    /** {@code history} newest first, as stored; the answer keeps that order. */
    static List<HistoryEntry> of(List<HistoryEntry> history) {
        var adoption = history.stream()
                .filter(entry -> entry.subject() == Subject.PLAN && entry.kind() == ChangeKind.ADOPTED)
                .map(HistoryEntry::at)
                .min(Comparator.naturalOrder());
        if (adoption.isEmpty()) {
            return List.of();
        }
        return history.stream()
                .filter(entry -> !entry.at().isBefore(adoption.get()))
                .map(PublicHistory::publicPart)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The entry as the public reads it, if it is one the public should hear of at all. */
    static Optional<HistoryEntry> publicPart(HistoryEntry entry) {
        if (entry.subject() == Subject.PLAN && STEPS.contains(entry.kind())) {
            return Optional.of(only(entry, PLAN_FIELDS));
        }
        if (entry.subject() == Subject.ACTION
                && entry.kind() != ChangeKind.CREATED
                && entry.kind() != ChangeKind.COPIED) {
            var kept = only(entry, ACTION_FIELDS);
            return kept.changes().isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        return Optional.empty();
    }

    private static HistoryEntry only(HistoryEntry entry, Set<String> fields) {
        return new HistoryEntry(
                entry.at(),
                null,
                entry.subject(),
                entry.subjectLabel(),
                entry.kind(),
                entry.changes().stream()
                        .filter(change -> fields.contains(change.field()))
                        .toList());
    }
}
