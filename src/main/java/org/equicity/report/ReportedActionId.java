package org.equicity.report;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/**
 * Identifies one reported action across the versions of its report, so that reviews and good practices can refer to
 * it once the report is accepted.
 */
public record ReportedActionId(UUID value) implements Identifier {

    public ReportedActionId {
        Objects.requireNonNull(value, "reported action id");
    }

    static ReportedActionId create() {
        return new ReportedActionId(UUID.randomUUID());
    }
}
