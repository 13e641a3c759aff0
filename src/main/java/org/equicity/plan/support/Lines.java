package org.equicity.plan.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.shared.DepartmentId;

/** Lists typed into a text area, one entry per line, and department choices sent as ids. */
public final class Lines {

    private Lines() {}

    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    public static List<DepartmentId> departments(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(DepartmentId::new).toList();
    }

    public static List<UUID> ids(List<DepartmentId> departments) {
        return new ArrayList<>(departments.stream().map(DepartmentId::value).toList());
    }
}
