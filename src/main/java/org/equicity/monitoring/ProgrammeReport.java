package org.equicity.monitoring;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.MonitoringReports.Section;
import org.equicity.monitoring.MonitoringReports.Stage;
import org.equicity.monitoring.MonitoringReports.StatementText;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A programme's report and its approval. Each step is a guarded transition named after what happened; the text can
 * be changed until the report has been presented to the council, statements attached while they are asked for.
 */
@Entity
@Table(name = "monitoring_report")
class ProgrammeReport {

    @Id
    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(nullable = false)
    private String title;

    @Column(name = "public_summary")
    private @Nullable String publicSummary;

    @Column(name = "easy_to_read")
    private @Nullable String easyToRead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "statements_due")
    private @Nullable LocalDate statementsDue;

    @Column(name = "presented_on")
    private @Nullable LocalDate presentedOn;

    @Column(name = "council_decision")
    private @Nullable String decision;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "monitoring_report_section", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<SectionPart> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_report_finding", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<FindingPart> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_report_recommendation", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<RecommendationPart> recommendations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_report_statement", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<StatementPart> statements = new ArrayList<>();

    @Version
    private long version;

    protected ProgrammeReport() {}

    ProgrammeReport(Programme programme, ReportText text) {
        this.programmeId = programme.id().value();
        this.cityId = programme.city().value();
        this.stage = Stage.DRAFT;
        this.title = text.title();
        write(text);
    }

    final void write(ReportText text) {
        if (stage == Stage.PRESENTED || stage == Stage.PUBLISHED) {
            throw new RuleViolationException("monitoring.rule.report-approved");
        }
        title = text.title();
        publicSummary = text.publicSummary();
        easyToRead = text.easyToRead();
        sections.clear();
        text.sections().forEach(section -> sections.add(new SectionPart(section.heading(), section.text())));
        findings.clear();
        text.findings()
                .forEach(finding ->
                        findings.add(new FindingPart(finding.department().value(), finding.text())));
        recommendations.clear();
        text.recommendations().forEach(r -> recommendations.add(new RecommendationPart(r)));
    }

    void recordDiscussion() {
        require(Stage.DRAFT);
        stage = Stage.DISCUSSED;
    }

    void askForStatements(LocalDate deadline) {
        require(Stage.DISCUSSED);
        statementsDue = deadline;
        stage = Stage.STATEMENTS;
    }

    /** The departments the report addresses: those with findings and those recommendations are addressed to. */
    List<DepartmentId> addressed() {
        var departments = new ArrayList<DepartmentId>();
        findings.forEach(finding -> departments.add(new DepartmentId(finding.department)));
        recommendations.stream()
                .map(r -> r.addressee)
                .filter(Objects::nonNull)
                .map(DepartmentId::new)
                .forEach(departments::add);
        return departments.stream().distinct().toList();
    }

    void attachStatement(DepartmentId department, StatementText statement, Instant now) {
        require(Stage.STATEMENTS);
        if (!addressed().contains(department)) {
            throw RuleViolationException.about("statement", "monitoring.rule.not-addressed");
        }
        statements.removeIf(part -> part.department.equals(department.value()));
        statements.add(new StatementPart(department.value(), statement.text(), statement.divergent(), now));
    }

    void recordCouncilPresentation(LocalDate on, String decision) {
        require(Stage.STATEMENTS);
        this.presentedOn = on;
        this.decision = decision;
        stage = Stage.PRESENTED;
    }

    void publish(Instant now) {
        require(Stage.PRESENTED);
        if (publicSummary == null) {
            throw RuleViolationException.about("publicSummary", "monitoring.rule.summary-required");
        }
        publishedAt = now;
        stage = Stage.PUBLISHED;
    }

    private void require(Stage expected) {
        if (stage != expected) {
            throw new RuleViolationException("monitoring.rule.stage");
        }
    }

    ReportText text() {
        return new ReportText(
                title,
                sections.stream().map(s -> new Section(s.heading, s.body)).toList(),
                findings.stream()
                        .map(f -> new Finding(new DepartmentId(f.department), f.body))
                        .toList(),
                recommendations.stream().map(RecommendationPart::recommendation).toList(),
                publicSummary,
                easyToRead);
    }

    List<StatementPart> statements() {
        return List.copyOf(statements);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programmeId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    Stage stage() {
        return stage;
    }

    @Nullable
    LocalDate statementsDue() {
        return statementsDue;
    }

    @Nullable
    LocalDate presentedOn() {
        return presentedOn;
    }

    @Nullable
    String decision() {
        return decision;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    long version() {
        return version;
    }

    @Embeddable
    static class SectionPart {

        @Column(nullable = false)
        private String heading;

        @Column(name = "body", nullable = false)
        private String body;

        protected SectionPart() {}

        SectionPart(String heading, String body) {
            this.heading = heading;
            this.body = body;
        }
    }

    @Embeddable
    static class FindingPart {

        @Column(name = "department_id", nullable = false)
        private UUID department;

        @Column(name = "body", nullable = false)
        private String body;

        protected FindingPart() {}

        FindingPart(UUID department, String body) {
            this.department = department;
            this.body = body;
        }
    }

    @Embeddable
    static class RecommendationPart {

        @Column(name = "body", nullable = false)
        private String body;

        @Column(name = "addressee_id")
        private @Nullable UUID addressee;

        @Column(name = "addressee_body")
        private @Nullable String addresseeBody;

        @Column(name = "follow_up_contact", nullable = false)
        private String followUpContact;

        @Column(name = "due_on", nullable = false)
        private LocalDate due;

        protected RecommendationPart() {}

        RecommendationPart(Recommendation recommendation) {
            var addressedTo = recommendation.addressee();
            this.body = recommendation.text();
            this.addressee = addressedTo == null ? null : addressedTo.value();
            this.addresseeBody = recommendation.addresseeBody();
            this.followUpContact = recommendation.followUpContact();
            this.due = recommendation.due();
        }

        Recommendation recommendation() {
            return new Recommendation(
                    body, addressee == null ? null : new DepartmentId(addressee), addresseeBody, followUpContact, due);
        }
    }

    @Embeddable
    static class StatementPart {

        @Column(name = "department_id", nullable = false)
        UUID department;

        @Column(name = "body", nullable = false)
        String body;

        @Column(nullable = false)
        boolean divergent;

        @Column(name = "recorded_at", nullable = false)
        Instant at;

        protected StatementPart() {}

        StatementPart(UUID department, String body, boolean divergent, Instant at) {
            this.department = department;
            this.body = body;
            this.divergent = divergent;
            this.at = at;
        }
    }
}
