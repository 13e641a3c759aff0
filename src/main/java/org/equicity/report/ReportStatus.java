package org.equicity.report;

/** Where a city's report stands; a returned report is revised and submitted again as a new version. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
