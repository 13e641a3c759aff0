package org.equicity.selfassessment.peerreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.disclosure.Disclosure;
import org.equicity.mail.Mailer;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.State;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A host city invites a review team to a peer review of its baseline self-assessment: the team sees only the
 * evidence the host shares, records what it heard (named only with consent) and concludes; the expert leader gives
 * feedback and closes; the host publishes. Nobody else sees the review before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeerReviewsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    PeerReviews reviews;

    PeerReviewWorld world;

    @BeforeEach
    void setUp() {
        world = PeerReviewWorld.create(context);
    }

    @Test
    void theTeamSeesOnlyTheSharedEvidenceAndTheReviewGoesThroughItsStepsToPublication() {
        var id = world.review(context, "Peer review 2026");
        var mails = context.getBean(Mailer.class).outbox(50);
        assertThat(mails)
                .anyMatch(mail -> mail.recipient().equals(world.peer().getUsername())
                        && mail.body().contains("/peer-reviews/" + id.value()));
        assertThat(mails)
                .anyMatch(mail -> mail.recipient().equals(world.leader().getUsername()));

        var seenByPeer = as(world.peer(), () -> reviews.review(id));
        var kf1 = seenByPeer.factors().get(0);
        assertThat(kf1.sharedEvidence()).extracting(evidence -> evidence.id()).containsExactly(world.minutes());
        assertThat(seenByPeer.allEvidence()).isEmpty();
        assertThat(seenByPeer.member()).isTrue();
        assertThat(as(world.host().coordinator(), () -> reviews.review(id).allEvidence()))
                .extracting(evidence -> evidence.id())
                .contains(world.minutes(), world.briefing());

        assertThatThrownBy(() -> as(world.peer(), () -> reviews.recordHearing(id, hearing(null, false))))
                .isInstanceOf(RuleViolationException.class);
        world.openVisit(context, id);
        as(world.peer(), () -> reviews.recordHearing(id, hearing(null, false)));
        as(world.migrantOrganisation(), () -> reviews.recordHearing(id, hearing("Amina Yusuf", true)));
        assertThatThrownBy(() -> new HearingContent("kf1", Method.INTERVIEW, "Officer", "Named", false, "Said"))
                .isInstanceOf(RuleViolationException.class);
        as(
                world.peer(),
                () -> reviews.writeConclusion(
                        id,
                        "kf1",
                        reviews.review(id).version(),
                        new ConclusionContent("The commitment is public.", "Refer to it in every council term.")));

        assertThatThrownBy(() -> as(world.peer(), () -> reviews.holdFeedbackSession(id, 0, LocalDate.now(), "Notes")))
                .isInstanceOf(AccessDeniedException.class);
        as(
                world.leader(),
                () -> reviews.holdFeedbackSession(
                        id, reviews.review(id).version(), LocalDate.of(2026, 5, 6), "Given to the mayor's office."));
        assertThatThrownBy(() -> as(world.host().coordinator(), () -> reviews.publish(id)))
                .isInstanceOf(RuleViolationException.class);
        as(
                world.leader(),
                () -> reviews.closeWithFollowUpReport(
                        id, reviews.review(id).version(), "The city meets key factor 1 in part."));

        assertThatThrownBy(() -> reviews.publishedReview(id)).isInstanceOf(NotFoundException.class);
        as(world.host().coordinator(), () -> reviews.publish(id));
        var published = reviews.publishedReview(id);
        assertThat(published.state()).isEqualTo(State.CLOSED);
        assertThat(published.members()).allMatch(member -> member.email() == null);
        assertThat(published.factors().get(0).hearings()).isEmpty();
        assertThat(published.factors().get(0).conclusion().conclusions()).isEqualTo("The commitment is public.");
        var heard = as(world.host().coordinator(), () -> reviews.review(id))
                .factors()
                .get(0)
                .hearings();
        assertThat(heard).extracting(PeerReviews.Hearing::heardName).containsExactly(null, "Amina Yusuf");
        assertThat(reviews.published(world.host().city().city().id()))
                .extracting(PeerReviews.ReviewSummary::id)
                .containsExactly(id);
    }

    @Test
    void aPeerSeesOnlyTheReviewsTheyBelongToAndNobodyElseSeesAnUnpublishedOne() {
        var id = world.review(context, "Visible to the team only");

        assertThat(as(world.peer(), () -> reviews.mine()))
                .extracting(PeerReviews.ReviewSummary::id)
                .contains(id);
        assertThat(as(world.peerColleague(), () -> reviews.mine())).isEmpty();
        for (var stranger : List.of(world.peerColleague(), world.outsider(), world.secretariat())) {
            assertThatThrownBy(() -> as(stranger, () -> reviews.review(id))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(
                        world.outsider(),
                        () -> reviews.ofCity(world.host().city().city().id())))
                .isEmpty();
        assertThat(as(world.host().partner(), () -> reviews.review(id)).hosting())
                .isFalse();
    }

    @Test
    void anotherCitysCoordinatorIsRefusedEveryWrite() {
        var id = world.review(context, "Refused writes");
        var outsider = world.outsider();
        List<Runnable> writes = List.of(
                () -> reviews.prepare(world.assessment(), "Forged"),
                () -> reviews.invite(id, world.peerMember()),
                () -> reviews.removeMember(
                        id, reviews.review(id).members().get(0).id()),
                () -> reviews.shareEvidence(id, List.of(world.briefing())),
                () -> reviews.openVisit(id, 0, LocalDate.now(), LocalDate.now()),
                () -> reviews.recordHearing(id, hearing(null, false)),
                () -> reviews.writeConclusion(id, "kf1", 0, new ConclusionContent("Forged", null)),
                () -> reviews.holdFeedbackSession(id, 0, LocalDate.now(), "Forged"),
                () -> reviews.closeWithFollowUpReport(id, 0, "Forged"),
                () -> reviews.publish(id),
                () -> reviews.withdrawPublication(id));
        for (var write : writes) {
            assertThatThrownBy(() -> as(outsider, write)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theTeamIsCheckedWhenInvitedAndTheVisitNeedsAPeerAndTheLeader() {
        var id = as(world.host().coordinator(), () -> reviews.prepare(world.assessment(), "Checked team"));
        var fromAnotherNetwork = new NewMember(
                MemberRole.PEER,
                "Far",
                world.outsider().getUsername(),
                null,
                world.outsideCity().id(),
                null,
                "en");
        assertThatThrownBy(() -> as(world.host().coordinator(), () -> reviews.invite(id, fromAnotherNetwork)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        broken -> assertThat(broken.field()).isEqualTo("city"));
        as(world.host().coordinator(), () -> reviews.invite(id, world.peerMember()));
        assertThatThrownBy(() -> as(world.host().coordinator(), () -> reviews.invite(id, world.peerMember())))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> world.openVisit(context, id))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("peerreview.rule.team-incomplete"));
        assertThatThrownBy(() -> as(
                        world.host().coordinator(),
                        () -> reviews.shareEvidence(
                                id, List.of(new org.equicity.selfassessment.EvidenceId(java.util.UUID.randomUUID())))))
                .isInstanceOf(RuleViolationException.class);
        var draft = as(
                world.host().coordinator(),
                () -> context.getBean(SelfAssessments.class)
                        .start(world.host().city().city().id(), SelfAssessmentFixtures.BENCHMARK, "Draft"));
        assertThatThrownBy(() -> as(world.host().coordinator(), () -> reviews.prepare(draft, "Of a draft")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSecretariatSeesPerKeyFactorHowManySharingCitiesDoNotMeetItThroughTheDisclosureRules() {
        var assessments = context.getBean(SelfAssessments.class);
        var unshared =
                as(world.secretariat(), () -> reviews.overview(world.network().id(), SelfAssessmentFixtures.BENCHMARK));
        assertThat(unshared.factors()).allMatch(count -> count.notMet() == null || count.notMet() == 0);
        as(world.host().coordinator(), () -> assessments.share(world.assessment(), true));

        var overview =
                as(world.secretariat(), () -> reviews.overview(world.network().id(), SelfAssessmentFixtures.BENCHMARK));

        assertThat(overview.factors()).hasSize(11);
        // one city shares and does not meet key factors 1 and 2: a count of one is too small to publish
        assertThat(overview.factors().subList(0, 2))
                .allMatch(count -> count.notMet() == null && "[s]".equals(count.marker()));
        assertThat(overview.factors().get(2).notMet()).isZero();
        assertThat(overview.legend()).extracting(Disclosure.LegendEntry::symbol).contains("[s]");
        assertThatThrownBy(() -> as(
                        world.host().coordinator(),
                        () -> reviews.overview(world.network().id(), SelfAssessmentFixtures.BENCHMARK)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static HearingContent hearing(String name, boolean consent) {
        return new HearingContent(
                "kf1", Method.FOCUS_GROUP, "Staff of the equality office", name, consent, "They know the pledge.");
    }
}
