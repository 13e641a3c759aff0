package org.equicity.report;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a report across modules and in addresses. */
public record ReportId(UUID value) implements Identifier {

    public ReportId {
        Objects.requireNonNull(value, "report id");
    }
}
