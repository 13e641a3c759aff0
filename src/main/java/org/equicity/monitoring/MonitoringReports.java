package org.equicity.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring report of a programme, written in the product, and its approval: a draft, discussed in the
 * steering group, sent to the departments it addresses for their statements (a divergent opinion among them),
 * presented to the council, then published. Published are the public summary (and its easy-to-read version) and the
 * recommendations; the sections, the detailed findings per department and the statements stay with the city. A
 * department's findings are confidential feedback that only that department and the coordinators read.
 */
public interface MonitoringReports {

    /** The report as the reader may see it: the coordinators everything, a department its own findings only. */
    MonitoringReport report(ProgrammeId programme);

    /** Writes the report; refused once it has been presented to the council. */
    void write(ProgrammeId programme, long version, ReportText text);

    /** The steering group discussed the draft. */
    void recordDiscussion(ProgrammeId programme, long version);

    /** The departments addressed get the report and may attach a statement by the deadline. */
    void askForStatements(ProgrammeId programme, long version, LocalDate deadline);

    /** A department's statement, by a contact of a department the report addresses; sent again, it replaces it. */
    void attachStatement(ProgrammeId programme, DepartmentId department, StatementText statement);

    void recordCouncilPresentation(ProgrammeId programme, long version, LocalDate presentedOn, String decision);

    void publish(ProgrammeId programme, long version);

    /** What the public reads of the city's monitoring: the published reports' summaries and recommendations. */
    List<PublishedReport> published(CityId city);

    enum Stage {
        DRAFT,
        DISCUSSED,
        STATEMENTS,
        PRESENTED,
        PUBLISHED
    }

    record Section(String heading, String text) {

        public Section {
            heading = MonitoringRules.RULES.required(heading, 300, "sections");
            text = MonitoringRules.RULES.required(text, 50_000, "sections");
        }
    }

    /** Detailed, confidential feedback to one department. */
    record Finding(DepartmentId department, String text) {

        public Finding {
            MonitoringRules.requireChosen(department, "findings");
            text = MonitoringRules.RULES.required(text, 50_000, "findings");
        }
    }

    /**
     * A recommendation, addressed to a department of the city or to another body, with the person named to be
     * contacted in the follow-up and the date it is due.
     */
    record Recommendation(
            String text,
            @Nullable DepartmentId addressee,
            @Nullable String addresseeBody,
            String followUpContact,
            LocalDate due) {

        public Recommendation {
            text = MonitoringRules.RULES.required(text, 10_000, "recommendations");
            addresseeBody = MonitoringRules.RULES.optional(addresseeBody, 300, "recommendations");
            if (addressee == null && addresseeBody == null) {
                throw RuleViolationException.about("recommendations", "monitoring.rule.addressee");
            }
            followUpContact = MonitoringRules.RULES.required(followUpContact, 300, "recommendations");
            MonitoringRules.requireChosen(due, "recommendations");
        }
    }

    record ReportText(
            String title,
            List<Section> sections,
            List<Finding> findings,
            List<Recommendation> recommendations,
            @Nullable String publicSummary,
            @Nullable String easyToRead) {

        public ReportText {
            title = MonitoringRules.RULES.required(title, 300, "title");
            sections = sections == null ? List.of() : List.copyOf(sections);
            findings = findings == null ? List.of() : List.copyOf(findings);
            if (findings.stream().map(Finding::department).distinct().count() < findings.size()) {
                throw RuleViolationException.about("findings", "monitoring.rule.finding-twice");
            }
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
            publicSummary = MonitoringRules.RULES.optional(publicSummary, 20_000, "publicSummary");
            easyToRead = MonitoringRules.RULES.optional(easyToRead, 20_000, "easyToRead");
        }
    }

    record StatementText(String text, boolean divergent) {

        public StatementText {
            text = MonitoringRules.RULES.required(text, 20_000, "statement");
        }
    }

    record Statement(DepartmentId department, String departmentName, String text, boolean divergent, Instant at) {}

    /**
     * {@code text} holds the findings the reader may read; {@code statementsDue}, {@code presentedOn} and
     * {@code decision} are set as the report moves on.
     */
    record MonitoringReport(
            ProgrammeId programme,
            long version,
            Stage stage,
            @Nullable ReportText text,
            List<Statement> statements,
            @Nullable LocalDate statementsDue,
            @Nullable LocalDate presentedOn,
            @Nullable String decision,
            @Nullable Instant publishedAt,
            List<DepartmentId> statementsFrom,
            boolean manageable) {}

    /** A recommendation as published, with how far its follow-up has come. */
    record PublishedRecommendation(
            String text, String addressee, String followUpContact, LocalDate due, FollowUps.Status status) {}

    /**
     * The total of an indicator the programme follows, for one approved period, as disclosure control lets it out:
     * {@code value} is null where a {@code marker} stands instead.
     */
    record PublicFigure(
            String period,
            @Nullable BigDecimal value,
            @Nullable Marker marker) {}

    record PublicIndicator(String name, List<PublicFigure> figures) {}

    /**
     * The public part of a published report; {@code edition} counts the programme's editions and {@code previous}
     * is the edition it started from, so that pages compare them.
     */
    record PublishedReport(
            ProgrammeId programme,
            String title,
            @Nullable String publicSummary,
            @Nullable String easyToRead,
            List<PublishedRecommendation> recommendations,
            Instant publishedAt,
            int edition,
            @Nullable ProgrammeId previous,
            List<PublicIndicator> indicators) {

        /** The markers the figures use, for the legend beneath them. */
        public List<Marker> markers() {
            return indicators.stream()
                    .flatMap(indicator -> indicator.figures().stream())
                    .map(PublicFigure::marker)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
        }

        /** How many of the recommendations have been implemented so far. */
        public long implemented() {
            return recommendations.stream()
                    .filter(r -> r.status() == FollowUps.Status.IMPLEMENTED)
                    .count();
        }

        /** The day of publication, as pages print it. */
        public LocalDate publishedOn() {
            return LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        }
    }
}
