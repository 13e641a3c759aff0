package org.equicity.framework;

import java.util.List;
import org.equicity.shared.LocalizedText;

/**
 * One entry of a framework: a commitment, a track, a field (with its sub-fields), a criterion, a key factor. An item
 * of an assessment framework may carry examples of how cities address it, and a weight in the framework's index
 * (1 unless the framework says otherwise).
 */
public record FrameworkItem(
        String code,
        LocalizedText label,
        LocalizedText description,
        List<LocalizedText> questions,
        List<LocalizedText> examples,
        int weight,
        List<FrameworkItem> children) {

    public FrameworkItem {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("Not an item code: " + code);
        }
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("Item " + code + " has no label");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("Item " + code + " has a weight below 1");
        }
        description = description == null ? new LocalizedText(java.util.Map.of()) : description;
        questions = questions == null ? List.of() : List.copyOf(questions);
        examples = examples == null ? List.of() : List.copyOf(examples);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
