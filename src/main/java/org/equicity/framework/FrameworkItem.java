package org.equicity.framework;

import java.util.List;
import org.equicity.shared.LocalizedText;

/** One entry of a framework: a commitment, a track, a field (with its sub-fields), a criterion, a key factor. */
public record FrameworkItem(
        String code,
        LocalizedText label,
        LocalizedText description,
        List<LocalizedText> questions,
        List<FrameworkItem> children) {

    public FrameworkItem {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("Not an item code: " + code);
        }
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("Item " + code + " has no label");
        }
        description = description == null ? new LocalizedText(java.util.Map.of()) : description;
        questions = questions == null ? List.of() : List.copyOf(questions);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
