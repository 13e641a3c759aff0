package org.equicity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.report.Reports.FieldChange;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ReportRulesTests {

    static ReportedAction action(String title, String impact) {
        return new ReportedAction(
                null, null, title, null, null, null, impact, null, "1", List.of(), null, null, null, List.of());
    }

    @Test
    void aReportedActionKeepsTrimmedTextAndRefusesWhatIsNoWebAddressOrPercentage() {
        assertThat(action("  Office  ", " ").title()).isEqualTo("Office");
        assertThat(action("Office", " ").impact()).isNull();
        assertThatThrownBy(() -> new ReportedAction(
                        null, null, "Office", null, null, null, null, null, null, null, null, null, 101, null))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.progress");
        assertThatThrownBy(() -> new ReportedAction(
                        null,
                        null,
                        "Office",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("javascript:alert(1)")))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.link");
        assertThatThrownBy(() -> action(" ", null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.required");
    }

    @Test
    void aReportNamesItsLanguageWithAnIsoCode() {
        assertThatThrownBy(() -> new ReportContent("Deutsch", null, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.language");
        assertThat(new ReportContent("de", null, null, null).level1()).isEqualTo(Level1Profile.empty());
    }

    @Test
    void theComparisonNamesEachChangedFieldAddedAndRemovedActionsIncluded() {
        var before = new ReportContent(
                "de",
                new Level1Profile(new FocalPoint("Anna", null, null, null), null, null, null, null, null),
                List.of(action("Office", null)),
                List.of());
        var after = new ReportContent(
                "de",
                new Level1Profile(new FocalPoint("Bea", null, null, null), null, null, null, null, null),
                List.of(action("Office", "Fewer incidents"), action("Festival", null)),
                List.of());

        var changes = Fields.diff(Fields.of("report", before), Fields.of("report", after));

        assertThat(changes)
                .contains(
                        new FieldChange("report.level1.focalPoint.name", "Anna", "Bea"),
                        new FieldChange("report.actions[0].impact", null, "Fewer incidents"),
                        new FieldChange("report.actions[1].title", null, "Festival"));
        assertThat(changes).noneMatch(change -> change.field().startsWith("report.language"));
        assertThat(Fields.diff(Fields.of("report", before), Fields.of("report", before)))
                .isEmpty();
    }

    @Test
    void anActionBelongsToACycleWhenItsDatesOverlapThePeriod() {
        var cycle = new Cycle(
                new Reports.NewCycle(
                        new org.equicity.shared.NetworkId(java.util.UUID.randomUUID()),
                        "Cycle",
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2025, 3, 31),
                        null,
                        null,
                        null),
                List.of(),
                ReportCycles.DEFAULT_COMMITMENTS,
                Reports.DEFAULT_CRITERIA,
                Instant.parse("2025-01-15T09:00:00Z"));

        assertThat(cycle.overlaps(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1)))
                .isTrue();
        assertThat(cycle.overlaps(LocalDate.of(2024, 12, 31), null)).isTrue();
        assertThat(cycle.overlaps(null, LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(cycle.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
                .isFalse();
        assertThat(cycle.overlaps(null, null)).isFalse();
    }

    @Test
    void aCycleNeedsAPeriodAndADeadlineThatDoesNotPrecedeIt() {
        assertThatThrownBy(() -> new Reports.NewCycle(
                        new org.equicity.shared.NetworkId(java.util.UUID.randomUUID()),
                        "Cycle",
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2022, 3, 31),
                        null,
                        null,
                        null))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.deadline");
    }
}
