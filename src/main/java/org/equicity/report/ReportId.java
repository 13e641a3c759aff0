package org.equicity.report;

import java.util.Objects;
import java.util.UUID;

/** Identifies a report across modules and in addresses. */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "report id");
    }
}
