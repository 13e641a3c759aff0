package org.equicity.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.selfassessment.SelfAssessments.Horizon;
import org.equicity.shared.UploadedFiles.Upload;
import org.springframework.stereotype.Component;

/**
 * Beispielstadt against the EUROCITIES benchmark: a signed-off baseline with evidence from documents (the council's
 * minutes as an uploaded file) and from its plan, a development plan whose quick win is already an action of the
 * plan, and this year's assessment in draft, compared key factor by key factor with the baseline.
 */
@Component
class DemoSelfAssessments {

    static final FrameworkRef BENCHMARK = FrameworkRef.parse("eurocities-benchmark-key-factors@2012");

    /** The baseline's judgement of the eleven key factors, in their order. */
    private static final List<String> BASELINE = List.of(
            "partly-met",
            "met",
            "met",
            "not-met",
            "partly-met",
            "partly-met",
            "partly-met",
            "not-met",
            "met",
            "not-met",
            "partly-met");

    private final SelfAssessments assessments;
    private final EvidenceDocuments documents;
    private final Plans plans;

    DemoSelfAssessments(SelfAssessments assessments, EvidenceDocuments documents, Plans plans) {
        this.assessments = assessments;
        this.documents = documents;
        this.plans = plans;
    }

    void beispielstadt(CitySummary city) {
        var baseline = assessments.start(city.id(), BENCHMARK, "Selbstbewertung 2025 (Ausgangsbasis)");
        judge(baseline, BASELINE);
        var plan = plans.ofCity(city.id()).get(0).id();
        var view = plans.plan(plan);
        var action = view.actions().get(0).id();
        documents.upload(
                baseline,
                "kf1",
                EvidenceContent.document(
                        "minutes",
                        "Niederschrift der Ratssitzung vom 12. Februar 2025",
                        "https://beispielstadt.example/rat"),
                new Upload(
                        "niederschrift-2025-02-12.txt",
                        ("Niederschrift der Ratssitzung vom 12. Februar 2025 (erfunden)\n\n"
                                        + "TOP 4: Der Rat bekräftigt seine Erklärung gegen Rassismus von 2019 und"
                                        + " beauftragt die Stelle für Vielfalt, jährlich zu berichten.\n")
                                .getBytes(StandardCharsets.UTF_8)));
        assessments.addEvidence(baseline, "kf3", EvidenceContent.planAction(plan, action));
        assessments.signOff(baseline, assessments.assessment(baseline).version());

        var quickWin = assessments.addDevelopmentAction(
                baseline,
                new DevelopmentContent(
                        "kf4",
                        "Migrationsbeirat zu Diskriminierung in städtischen Diensten befragen",
                        Horizon.QUICK_WIN,
                        "Stelle für Vielfalt und Antidiskriminierung",
                        LocalDate.of(2026, 6, 30)));
        assessments.addDevelopmentAction(
                baseline,
                new DevelopmentContent(
                        "kf10",
                        "Antidiskriminierungsklausel in alle Vergabeverträge aufnehmen",
                        Horizon.LONGER_TERM,
                        "Vergabestelle",
                        LocalDate.of(2027, 12, 31)));
        assessments.addToPlan(
                baseline, quickWin, plan, view.commitments().get(0).id());

        var next = assessments.start(city.id(), BENCHMARK, "Selbstbewertung 2026");
        var factor = assessments.assessment(next).factor("kf4").orElseThrow();
        assessments.saveFactor(
                next,
                "kf4",
                factor.version(),
                new FactorContent(
                        List.of("Ja: Der Migrationsbeirat wurde im Frühjahr zu den Bürgerämtern befragt."),
                        "partly-met",
                        "Die Befragung fand statt; die Ergebnisse sind noch nicht in die Dienste eingeflossen.",
                        List.of("cf7")));
    }

    private void judge(SelfAssessmentId id, List<String> judgements) {
        var factors = assessments.assessment(id).factors();
        for (int i = 0; i < factors.size(); i++) {
            var factor = factors.get(i);
            assessments.saveFactor(
                    id,
                    factor.code(),
                    factor.version(),
                    new FactorContent(List.of(), judgements.get(i), null, i == 0 ? List.of("cf6") : List.of()));
        }
    }
}
