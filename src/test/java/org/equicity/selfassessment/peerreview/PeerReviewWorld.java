package org.equicity.selfassessment.peerreview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentFixtures.Story;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.shared.UploadedFiles.Upload;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A host city in a network with a signed-off baseline self-assessment holding two pieces of evidence on key factor 1
 * (council minutes, uploaded as a file and shared with the team later, and an internal briefing, never shared); a peer city of the same
 * network with one of its people, a city of another network with its coordinator, and people to be the expert
 * leader and a migrant organisation. {@link #review} prepares a review with that team.
 */
public record PeerReviewWorld(
        NetworkDetails network,
        UserDetails secretariat,
        Story host,
        SelfAssessmentId assessment,
        EvidenceId minutes,
        EvidenceId briefing,
        CitySummary peerCity,
        UserDetails peer,
        UserDetails peerColleague,
        CitySummary outsideCity,
        UserDetails outsider,
        UserDetails leader,
        UserDetails migrantOrganisation) {

    public static PeerReviewWorld create(ApplicationContext context) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var networks = context.getBean(Networks.class);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = TestCities.as(
                admin, () -> networks.create(new CreateNetwork("peers-" + suffix, "Peers " + suffix, null, null, 2)));
        var other = TestCities.as(
                admin, () -> networks.create(new CreateNetwork("others-" + suffix, "Others " + suffix, null, null, 2)));
        var host = SelfAssessmentFixtures.story(context);
        var peerCity = TestCities.create(context, "Peerstadt");
        var outsideCity = TestCities.create(context, "Fernstadt");
        TestCities.as(admin, () -> {
            networks.admit(network.id(), host.city().city().id(), LocalDate.of(2020, 1, 1));
            networks.admit(network.id(), peerCity.id(), LocalDate.of(2020, 1, 1));
            networks.admit(other.id(), outsideCity.id(), LocalDate.of(2020, 1, 1));
        });
        var assessments = context.getBean(SelfAssessments.class);
        var evidence = as(host.coordinator(), () -> {
            var id = assessments.start(host.city().city().id(), SelfAssessmentFixtures.BENCHMARK, "Baseline");
            var minutes = context.getBean(EvidenceDocuments.class)
                    .upload(
                            id,
                            "kf1",
                            EvidenceContent.document("minutes", "Council minutes " + suffix, "https://example.org/m"),
                            new Upload("minutes.txt", "The council pledged equal treatment.".getBytes(UTF_8)));
            var briefing = assessments.addEvidence(
                    id, "kf1", EvidenceContent.document("briefing", "Internal briefing " + suffix, null));
            SelfAssessmentFixtures.judgeAll(assessments, id, "not-met");
            assessments.signOff(id, assessments.assessment(id).version());
            return List.of(id.value(), minutes.value(), briefing.value());
        });
        return new PeerReviewWorld(
                network,
                TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id())),
                host,
                new SelfAssessmentId(evidence.get(0)),
                new EvidenceId(evidence.get(1)),
                new EvidenceId(evidence.get(2)),
                peerCity,
                TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, peerCity.id())),
                TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, peerCity.id())),
                outsideCity,
                TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, outsideCity.id())),
                TestPeople.holding(context),
                TestPeople.holding(context));
    }

    /** A review prepared by the host with a peer, the expert leader and a migrant organisation, minutes shared. */
    public PeerReviewId review(ApplicationContext context, String title) {
        var reviews = context.getBean(PeerReviews.class);
        return as(host.coordinator(), () -> {
            var id = reviews.prepare(assessment, title);
            reviews.invite(id, peerMember());
            reviews.invite(
                    id,
                    new NewMember(
                            MemberRole.EXPERT_LEADER,
                            "Eva Expert",
                            leader.getUsername(),
                            "Institute",
                            null,
                            null,
                            "en"));
            reviews.invite(
                    id,
                    new NewMember(
                            MemberRole.OTHER,
                            "Migrant council",
                            migrantOrganisation.getUsername(),
                            "Migrant council",
                            null,
                            OtherKind.MIGRANT_ORGANISATION,
                            "de"));
            reviews.shareEvidence(id, List.of(minutes));
            return id;
        });
    }

    public NewMember peerMember() {
        return new NewMember(MemberRole.PEER, "Paula Peer", peer.getUsername(), null, peerCity.id(), null, "en");
    }

    /** Opens the visit as the host, from the stored version. */
    public void openVisit(ApplicationContext context, PeerReviewId id) {
        var reviews = context.getBean(PeerReviews.class);
        as(
                host.coordinator(),
                () -> reviews.openVisit(
                        id, reviews.review(id).version(), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6)));
    }
}
