package org.equicity.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * What pages and the API may ask of the assessment of a city's plans (step 12 of the model template). The city's
 * coordinators write them; the city's people read them. Every action a finding names must be an action of the
 * assessed plan, and every method a code of the {@value #METHODS} data file.
 */
public interface Assessments {

    /** The data file whose items are the methods of assessing an action, labelled in every interface language. */
    String METHODS = "assessment-methods@2026";

    /** The review interval a plan starts with, in years. */
    int DEFAULT_REVIEW_YEARS = 2;

    /** How long before a review falls due the coordinator is reminded of it. */
    int REMINDER_DAYS = 90;

    /** The plan's assessments, review schedule and what a form offers; for the city's people. */
    PlanAssessments ofPlan(PlanId plan);

    /** One assessment with its findings; for the city's people. */
    AssessmentView assessment(AssessmentId id);

    /** Starts the plan's yearly follow-up of {@code year} or its final assessment, with a row per action. */
    AssessmentId start(PlanId plan, Kind kind, int year);

    /** Saves what the assessment found; answers the new version. */
    long save(AssessmentId id, long version, AssessmentContent content);

    /** How often the plan is reviewed: every 2 or 3 years. */
    void scheduleReview(PlanId plan, int everyYears);

    /** The city's open plans whose review is due within {@link #REMINDER_DAYS} or overdue; for the coordinators. */
    List<ReviewDue> reviewsDue(CityId city);

    enum Kind {
        FOLLOW_UP,
        FINAL
    }

    /** A method of assessment, from the data file. */
    record Method(String code, LocalizedText label) {}

    /**
     * What was found of one action: {@code method} a code of {@link #METHODS} (null while not chosen),
     * {@code indicators} what the action's indicators show, {@code lessons} the lessons learnt.
     */
    record Finding(
            ActionId action,
            @Nullable String method,
            @Nullable String findings,
            @Nullable String indicators,
            @Nullable String lessons) {

        static final TextRules RULES = new TextRules("assessment");

        public Finding {
            Objects.requireNonNull(action, "action");
            method = RULES.optional(method, 80, "method");
            findings = RULES.optional(findings, 10_000, "findings");
            indicators = RULES.optional(indicators, 10_000, "indicators");
            lessons = RULES.optional(lessons, 10_000, "lessons");
        }
    }

    /** {@code language}: ISO 639-1 code of the language the texts are written in; null for the plan's. */
    record AssessmentContent(
            @Nullable String language, @Nullable String summary, List<Finding> findings) {

        public AssessmentContent {
            if (language != null && !language.isBlank() && !language.strip().matches("[a-z]{2}")) {
                throw RuleViolationException.about("language", "assessment.rule.language");
            }
            language = language == null || language.isBlank() ? null : language.strip();
            summary = Finding.RULES.optional(summary, 20_000, "summary");
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** An action of the plan, as the form names it. */
    record PlannedAction(ActionId id, String title) {}

    record AssessmentSummary(AssessmentId id, Kind kind, int year, LocalDate assessedOn) {}

    record AssessmentView(
            AssessmentId id,
            PlanId plan,
            CityId city,
            String planTitle,
            Kind kind,
            int year,
            LocalDate assessedOn,
            long version,
            AssessmentContent content,
            List<PlannedAction> actions,
            List<Method> methods,
            boolean writable) {

        public Optional<Finding> finding(ActionId action) {
            return content.findings().stream()
                    .filter(finding -> finding.action().equals(action))
                    .findFirst();
        }
    }

    /**
     * A plan's step 12: its assessments, newest first, how often it is reviewed and when the next review is due
     * (from its adoption, or from its last final assessment), and whether that is soon or past.
     */
    record PlanAssessments(
            PlanId plan,
            CityId city,
            String planTitle,
            List<AssessmentSummary> assessments,
            int reviewEveryYears,
            LocalDate reviewDue,
            boolean reviewDueSoon,
            boolean reviewOverdue,
            boolean writable) {

        public PlanAssessments {
            assessments = List.copyOf(assessments);
        }

        /** The assessment the next plan starts from: the final one, else the latest follow-up. */
        public Optional<AssessmentSummary> latest() {
            return assessments.stream()
                    .filter(summary -> summary.kind() == Kind.FINAL)
                    .findFirst()
                    .or(() -> assessments.stream().findFirst());
        }
    }

    record ReviewDue(PlanId plan, String planTitle, LocalDate due, boolean overdue) {}
}
