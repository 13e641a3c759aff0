package org.equicity.plan;

import java.util.List;
import java.util.Objects;
import org.equicity.plan.support.Texts;
import org.equicity.shared.DepartmentId;

/** Who is responsible: departments of the city and bodies outside the administration. */
public record Responsibility(List<DepartmentId> departments, String externalBodies) {

    public Responsibility {
        departments = departments == null
                ? List.of()
                : departments.stream().filter(Objects::nonNull).toList();
        externalBodies = Texts.optional(externalBodies, 2_000, "externalBodies");
    }

    public static Responsibility none() {
        return new Responsibility(List.of(), null);
    }
}
