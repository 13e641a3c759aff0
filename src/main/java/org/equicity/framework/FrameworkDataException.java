package org.equicity.framework;

import java.util.List;

/** The framework data cannot be used as it is; start-up stops, listing every problem found with file and item. */
class FrameworkDataException extends IllegalStateException {

    private final List<String> problems;

    FrameworkDataException(List<String> problems) {
        super("The framework data cannot be loaded:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
