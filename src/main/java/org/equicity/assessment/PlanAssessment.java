package org.equicity.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.assessment.Assessments.AssessmentContent;
import org.equicity.assessment.Assessments.AssessmentSummary;
import org.equicity.assessment.Assessments.Finding;
import org.equicity.assessment.Assessments.Kind;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;

/** A yearly follow-up or the final assessment of a plan, with what was found of each action. */
@Entity
@Table(name = "plan_assessment")
class PlanAssessment {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "assessment_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private String language;

    private @Nullable String summary;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection
    @CollectionTable(name = "plan_assessment_action", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<FindingRow> findings = new ArrayList<>();

    @Version
    private long version;

    protected PlanAssessment() {}

    PlanAssessment(
            PlanId plan, CityId city, Kind kind, int year, String language, LocalDate on, List<ActionId> actions) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.cityId = city.value();
        this.kind = kind;
        this.year = year;
        this.language = language;
        this.assessedOn = on;
        actions.forEach(action -> findings.add(new FindingRow(new Finding(action, null, null, null, null))));
    }

    void revise(AssessmentContent content, String defaultLanguage, LocalDate on) {
        language = content.language() == null ? defaultLanguage : content.language();
        summary = content.summary();
        assessedOn = on;
        findings.clear();
        content.findings().forEach(finding -> findings.add(new FindingRow(finding)));
    }

    AssessmentId id() {
        return new AssessmentId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    Kind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    AssessmentContent content() {
        return new AssessmentContent(
                language, summary, findings.stream().map(FindingRow::finding).toList());
    }

    AssessmentSummary summary() {
        return new AssessmentSummary(id(), kind, year, assessedOn);
    }

    LocalDate assessedOn() {
        return assessedOn;
    }

    int year() {
        return year;
    }

    @Embeddable
    static class FindingRow {

        @Column(name = "action_id", nullable = false)
        private UUID actionId;

        private @Nullable String method;
        private @Nullable String findings;
        private @Nullable String indicators;
        private @Nullable String lessons;

        protected FindingRow() {}

        FindingRow(Finding finding) {
            this.actionId = finding.action().value();
            this.method = finding.method();
            this.findings = finding.findings();
            this.indicators = finding.indicators();
            this.lessons = finding.lessons();
        }

        Finding finding() {
            return new Finding(new ActionId(actionId), method, findings, indicators, lessons);
        }
    }
}
