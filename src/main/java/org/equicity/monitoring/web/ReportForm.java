package org.equicity.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.MonitoringReports.Section;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report as typed into its form: sections, a finding per department of the city (left empty where there is
 * none), recommendations (blank rows are left out) and the public summary; {@code version} is the one started from.
 */
record ReportForm(
        @Nullable String title,
        @Nullable List<SectionRow> sections,
        @Nullable List<FindingRow> findings,
        @Nullable List<RecommendationRow> recommendations,
        @Nullable String publicSummary,
        @Nullable String easyToRead,
        long version) {

    private static final int BLANK_ROWS = 2;

    record SectionRow(@Nullable String heading, @Nullable String text) {}

    record FindingRow(@Nullable UUID department, @Nullable String text) {}

    record RecommendationRow(
            @Nullable String text,
            @Nullable UUID addressee,
            @Nullable String addresseeBody,
            @Nullable String followUpContact,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate due) {

        boolean isBlank() {
            return blank(text) && addressee == null && blank(addresseeBody) && blank(followUpContact) && due == null;
        }
    }

    static ReportForm of(@Nullable ReportText text, long version, List<DepartmentSummary> departments) {
        if (text == null) {
            return new ReportForm(
                    null,
                    rowsOf(List.of(), new SectionRow(null, null)),
                    findingRows(List.of(), departments),
                    rowsOf(List.of(), new RecommendationRow(null, null, null, null, null)),
                    null,
                    null,
                    version);
        }
        return new ReportForm(
                text.title(),
                rowsOf(
                        text.sections().stream()
                                .map(s -> new SectionRow(s.heading(), s.text()))
                                .toList(),
                        new SectionRow(null, null)),
                findingRows(text.findings(), departments),
                rowsOf(
                        text.recommendations().stream()
                                .map(r -> new RecommendationRow(
                                        r.text(),
                                        r.addressee() == null
                                                ? null
                                                : r.addressee().value(),
                                        r.addresseeBody(),
                                        r.followUpContact(),
                                        r.due()))
                                .toList(),
                        new RecommendationRow(null, null, null, null, null)),
                text.publicSummary(),
                text.easyToRead(),
                version);
    }

    ReportForm over(long stored) {
        return new ReportForm(title, sections, findings, recommendations, publicSummary, easyToRead, stored);
    }

    /** What the report says, for the facade; a broken rule is thrown. */
    ReportText text() {
        return new ReportText(
                title == null ? "" : title,
                list(sections).stream()
                        .filter(row -> !blank(row.heading()) || !blank(row.text()))
                        .map(row -> new Section(Objects.toString(row.heading(), ""), Objects.toString(row.text(), "")))
                        .toList(),
                list(findings).stream()
                        .filter(row -> row.department() != null && !blank(row.text()))
                        .map(row -> new Finding(
                                new DepartmentId(Objects.requireNonNull(row.department())),
                                Objects.toString(row.text(), "")))
                        .toList(),
                list(recommendations).stream()
                        .filter(row -> !row.isBlank())
                        .map(ReportForm::recommendation)
                        .toList(),
                publicSummary,
                easyToRead);
    }

    private static Recommendation recommendation(RecommendationRow row) {
        var addressee = row.addressee();
        return new Recommendation(
                Objects.toString(row.text(), ""),
                addressee == null ? null : new DepartmentId(addressee),
                row.addresseeBody(),
                Objects.toString(row.followUpContact(), ""),
                SteeringForms.required(row.due(), "recommendations"));
    }

    private static <T> List<T> list(@Nullable List<T> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> rowsOf(List<T> filled, T blank) {
        var rows = new ArrayList<>(filled);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(blank);
        }
        return rows;
    }

    private static List<FindingRow> findingRows(List<Finding> findings, List<DepartmentSummary> departments) {
        return departments.stream()
                .map(department -> new FindingRow(
                        department.id().value(),
                        findings.stream()
                                .filter(finding -> finding.department().equals(department.id()))
                                .map(Finding::text)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
