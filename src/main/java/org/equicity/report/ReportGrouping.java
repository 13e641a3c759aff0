package org.equicity.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.report.Reports.CommitmentGroup;
import org.equicity.report.Reports.FieldGroup;
import org.equicity.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** A report's actions grouped as pages and exports show them: by the cycle's commitments, and by field of activity. */
@Component
class ReportGrouping {

    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");

    private final Frameworks frameworks;

    ReportGrouping(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    List<CommitmentGroup> byCommitment(Cycle cycle, ReportContent content) {
        var explanations = content.explanations().stream()
                .collect(Collectors.toMap(Explanation::commitment, Explanation::text, (a, b) -> a));
        var groups = new LinkedHashMap<String, CommitmentGroup>();
        frameworks.find(cycle.framework()).stream()
                .flatMap(framework -> framework.items().stream())
                .forEach(item -> groups.put(
                        item.code(),
                        new CommitmentGroup(
                                item.code(),
                                item.label(),
                                actionsWith(content, action -> item.code().equals(action.commitment())),
                                explanations.get(item.code()))));
        var others = content.actions().stream()
                .filter(action -> action.commitment() == null || !groups.containsKey(action.commitment()))
                .collect(Collectors.groupingBy(
                        action -> Optional.ofNullable(action.commitment()), LinkedHashMap::new, Collectors.toList()));
        var result = new ArrayList<>(groups.values());
        others.forEach((code, actions) -> result.add(new CommitmentGroup(
                code.orElse(null), code.map(c -> LocalizedText.of("en", c)).orElse(null), actions, null)));
        return result;
    }

    List<FieldGroup> byField(ReportContent content) {
        var labels = frameworks.find(FIELDS_OF_ACTIVITY).map(Framework::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(item -> item.code(), item -> item.label(), (a, b) -> a, LinkedHashMap::new));
        var groups = new ArrayList<FieldGroup>();
        labels.forEach((code, label) -> {
            var actions =
                    actionsWith(content, action -> action.fieldsOfActivity().contains(code));
            if (!actions.isEmpty()) {
                groups.add(new FieldGroup(code, label, actions));
            }
        });
        var rest = actionsWith(
                content, action -> action.fieldsOfActivity().stream().noneMatch(labels::containsKey));
        if (!rest.isEmpty()) {
            groups.add(new FieldGroup(null, null, rest));
        }
        return groups;
    }

    private static List<ReportedAction> actionsWith(ReportContent content, Predicate<ReportedAction> test) {
        return content.actions().stream().filter(test).toList();
    }
}
