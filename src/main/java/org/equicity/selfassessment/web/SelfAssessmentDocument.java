package org.equicity.selfassessment.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.selfassessment.SelfAssessments.DevelopmentActionView;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.selfassessment.SelfAssessments.FactorView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.jspecify.annotations.Nullable;

/**
 * A self-assessment as the published JSON schema {@code /schemas/self-assessment/1.0.json} describes it: what the
 * API answers and the JSON export holds. Key factors, levels, context factors and evidence kinds are codes of the
 * named framework version, whose data (labels in every language) the frameworks API serves. The schema is a promise
 * to whoever reads these files: a field is added only with a new minor version, and renamed or removed only with a
 * new major one. {@code SelfAssessmentApiTests} keeps schema and documents in step.
 */
record SelfAssessmentDocument(
        @JsonProperty("$schema") String schema,
        String schemaVersion,
        UUID id,
        UUID city,
        String title,
        String framework,
        String scale,
        String state,
        LocalDate startedOn,
        @Nullable LocalDate signedOffOn,
        boolean shared,
        @Nullable Integer index,
        @Nullable UUID baseline,
        long version,
        List<Factor> factors,
        List<Development> development) {

    static final String SCHEMA_VERSION = "1.0";
    static final String SCHEMA_PATH = "/schemas/self-assessment/" + SCHEMA_VERSION + ".json";

    /** {@code answers}: one per guide question in the framework's order, null where unanswered. */
    record Factor(
            String code,
            long version,
            @Nullable String judgement,
            @Nullable Integer score,
            @Nullable String baselineJudgement,
            @Nullable Integer baselineScore,
            List<@Nullable String> answers,
            @Nullable String explanation,
            List<String> contextFactors,
            List<Evidence> evidence) {}

    record Evidence(
            UUID id,
            String source,
            @Nullable String kind,
            String title,
            @Nullable String link,
            @Nullable UUID plan,
            @Nullable UUID item,
            LocalDate addedOn) {}

    record Development(
            UUID id,
            long version,
            String factor,
            String title,
            String horizon,
            @Nullable String owner,
            @Nullable LocalDate due,
            @Nullable UUID plan,
            @Nullable UUID planAction,
            @Nullable String status,
            @Nullable Integer progress) {}

    /** @param baseUrl where this installation is reached, so that {@code $schema} is an address that answers */
    static SelfAssessmentDocument of(SelfAssessmentView view, String baseUrl) {
        var summary = view.summary();
        return new SelfAssessmentDocument(
                baseUrl + SCHEMA_PATH,
                SCHEMA_VERSION,
                summary.id().value(),
                summary.city().value(),
                summary.title(),
                summary.framework().toString(),
                view.framework().scale().kind().name(),
                summary.state().name(),
                summary.startedOn(),
                summary.signedOffOn(),
                summary.shared(),
                summary.index(),
                view.baseline() == null ? null : view.baseline().value(),
                view.version(),
                view.factors().stream().map(SelfAssessmentDocument::factor).toList(),
                view.development().stream()
                        .map(SelfAssessmentDocument::development)
                        .toList());
    }

    private static Factor factor(FactorView factor) {
        var content = factor.content();
        var answers = new ArrayList<@Nullable String>();
        for (int i = 0; i < factor.factor().questions().size(); i++) {
            answers.add(content.answer(i));
        }
        return new Factor(
                factor.code(),
                factor.version(),
                content.judgement(),
                factor.score(),
                factor.baselineJudgement(),
                factor.baselineScore(),
                answers,
                content.explanation(),
                content.contextFactors(),
                factor.evidence().stream().map(SelfAssessmentDocument::evidence).toList());
    }

    private static Evidence evidence(EvidenceView piece) {
        return new Evidence(
                piece.id().value(),
                piece.source().name(),
                piece.kind(),
                piece.title(),
                piece.link(),
                piece.plan(),
                piece.item(),
                piece.addedOn());
    }

    private static Development development(DevelopmentActionView action) {
        var content = action.content();
        return new Development(
                action.id().value(),
                action.version(),
                content.factor(),
                content.title(),
                content.horizon().name(),
                content.owner(),
                content.due(),
                action.plan() == null ? null : action.plan().value(),
                action.planAction() == null ? null : action.planAction().value(),
                action.status() == null ? null : action.status().name(),
                action.progress());
    }
}
