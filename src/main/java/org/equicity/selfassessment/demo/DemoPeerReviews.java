package org.equicity.selfassessment.demo;

import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.shared.DemoContentPart;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Beispielstadt's baseline, peer reviewed and published: a peer of Villa Ejemplo, the city's civil-society partner
 * as the expert leader and the migrant council recorded by role; the shared evidence, what was heard (by role), the
 * conclusions on two key factors, the feedback session and the follow-up report. Each step is taken by the person
 * whose step it is, signed in as them. Loaded after the demo's cities and people (module {@code demo}).
 */
@Component
@ConditionalOnBooleanProperty("equicity.demo.enabled")
class DemoPeerReviews implements DemoContentPart {

    private final PeerReviews reviews;
    private final SelfAssessments assessments;
    private final Cities cities;

    DemoPeerReviews(PeerReviews reviews, SelfAssessments assessments, Cities cities) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.cities = cities;
    }

    @Override
    public void load(DemoPeople people) {
        var host = cities.bySlug("beispielstadt");
        var peerCity = cities.bySlug("villa-ejemplo");
        var coordinator = people.account("coordinator", host.slug());
        var peer = people.account("coordinator", peerCity.slug());
        var expert = people.account("partner", host.slug());
        people.signIn(coordinator);
        var id = prepared(host, peer, peerCity, expert);
        people.signIn(peer);
        heard(id);
        people.signIn(expert);
        closed(id);
        people.signIn(coordinator);
        reviews.publish(id);
    }

    /** The peer's hearings, by role (a name only where the person agreed), and conclusions on two key factors. */
    private void heard(PeerReviewId id) {
        reviews.recordHearing(
                id,
                new HearingContent(
                        "kf1",
                        Method.INTERVIEW,
                        "Bürgermeisterin für Soziales und Vielfalt",
                        "Petra Beispiel",
                        true,
                        "Die Erklärung des Rates von 2019 wird bei jedem Haushalt zitiert; in den Ämtern ist sie"
                                + " kaum bekannt."));
        reviews.recordHearing(
                id,
                new HearingContent(
                        "kf4",
                        Method.FOCUS_GROUP,
                        "Mitglieder des Migrationsbeirats",
                        null,
                        false,
                        "Beschwerden über die Bürgerämter gehen bei der Beratungsstelle ein, nicht bei der Stadt."));
        conclude(
                id,
                "kf1",
                "Das öffentliche Bekenntnis ist klar und wird von der Spitze getragen.",
                "Die Erklärung in der Einarbeitung aller neuen Beschäftigten vorstellen.");
        conclude(
                id,
                "kf4",
                "Die Stadt erfährt von Diskriminierung in ihren Diensten nur über Dritte.",
                "Eine eigene Beschwerdestelle einrichten und den Migrationsbeirat regelmäßig befragen.");
    }

    /** The expert leader's feedback session and follow-up report. */
    private void closed(PeerReviewId id) {
        reviews.holdFeedbackSession(
                id,
                reviews.review(id).version(),
                LocalDate.of(2025, 10, 9),
                "Rückmeldung an die Bürgermeisterin und die Steuerungsgruppe im Rathaus.");
        reviews.closeWithFollowUpReport(
                id,
                reviews.review(id).version(),
                "Beispielstadt hat die Empfehlung zu Schlüsselfaktor 4 in ihren Entwicklungsplan übernommen: der"
                        + " Migrationsbeirat wird zu den Bürgerämtern befragt.");
    }

    private PeerReviewId prepared(CitySummary host, String peer, CitySummary peerCity, String expert) {
        var baseline = assessments.ofCity(host.id()).stream()
                .filter(summary -> summary.state() == SelfAssessments.State.SIGNED_OFF)
                .map(SelfAssessments.SelfAssessmentSummary::id)
                .reduce((newer, older) -> older)
                .orElseThrow();
        var id = reviews.prepare(baseline, "Peer-Review der Ausgangsbasis 2025");
        reviews.invite(id, new NewMember(MemberRole.PEER, "Lucía Ejemplar", peer, null, peerCity.id(), null, "es"));
        reviews.invite(
                id,
                new NewMember(
                        MemberRole.EXPERT_LEADER,
                        "Dr. Erika Expertin",
                        expert,
                        "Institut für Vielfalt",
                        null,
                        null,
                        "de"));
        reviews.invite(
                id,
                new NewMember(
                        MemberRole.OTHER,
                        "Migrationsbeirat",
                        null,
                        "Migrationsbeirat Beispielstadt",
                        null,
                        OtherKind.MIGRANT_ORGANISATION,
                        null));
        reviews.shareEvidence(id, evidence(baseline));
        reviews.openVisit(id, reviews.review(id).version(), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 8));
        return id;
    }

    private List<EvidenceId> evidence(SelfAssessmentId baseline) {
        return assessments.assessment(baseline).factors().stream()
                .flatMap(factor -> factor.evidence().stream())
                .map(SelfAssessments.EvidenceView::id)
                .toList();
    }

    private void conclude(PeerReviewId id, String factor, String conclusions, String recommendations) {
        reviews.writeConclusion(
                id, factor, reviews.review(id).version(), new ConclusionContent(conclusions, recommendations));
    }
}
