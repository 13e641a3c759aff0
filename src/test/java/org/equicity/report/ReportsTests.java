package org.equicity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.city.TestCities;
import org.equicity.framework.FrameworkRef;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.Plans;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ReportsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    Plans plans;

    @Autowired
    Cities cities;

    ReportFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
    }

    @Test
    void aCycleTakesAllCurrentMembersTheNetworksFrameworkAndTheGoodPracticeCriteriaByDefault() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);

        var view = as(fixtures.secretariat(), () -> reports.cycle(cycle));
        assertThat(view.participants())
                .extracting(Reports.Participant::city)
                .containsExactly(fixtures.city().id());
        assertThat(view.participants().get(0).status()).isNull();
        assertThat(view.framework()).isEqualTo(FrameworkRef.parse("eccar-commitments@2023"));
        assertThat(view.criteria()).isEqualTo(Reports.DEFAULT_CRITERIA);
        assertThat(as(
                        fixtures.coordinator(),
                        () -> reports.dueFor(fixtures.city().id())))
                .singleElement()
                .satisfies(due -> {
                    assertThat(due.cycle().name()).isEqualTo("2023–2024");
                    assertThat(due.cycle().deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
                    assertThat(due.report()).isNull();
                });
    }

    @Test
    void aCycleRefusesCitiesThatAreNoMembersAndABadPeriod() {
        var stranger = TestCities.create(context, "Fremdstadt");
        assertThatThrownBy(() -> as(
                        fixtures.secretariat(),
                        () -> reports.openCycle(new Reports.NewCycle(
                                fixtures.network().id(),
                                "Cycle",
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                LocalDate.of(2025, 3, 31),
                                List.of(stranger.id()),
                                null,
                                null))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.not-member");
        assertThatThrownBy(() -> new Reports.NewCycle(
                        fixtures.network().id(),
                        "Cycle",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2023, 12, 31),
                        LocalDate.of(2025, 3, 31),
                        null,
                        null,
                        null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.period");
    }

    @Test
    void aNewReportIsPrefilledFromTheProfileAndThePlanActionsOfThePeriod() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var report = as(
                fixtures.coordinator(),
                () -> reports.report(reports.startReport(cycle, fixtures.city().id())));

        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.content().language()).isEqualTo("de");
        assertThat(report.content().level1().focalPoint().name()).isEqualTo(ReportFixtures.FOCAL_POINT);
        assertThat(report.content().actions()).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("Monitoring office");
            assertThat(action.planAction()).isEqualTo(fixtures.actionIn2024());
            assertThat(action.commitment()).isEqualTo("1");
            assertThat(action.progress()).isEqualTo(40);
            assertThat(action.objectives()).isEqualTo("Objectives of Monitoring office");
        });
        assertThat(report.byCommitment().get(0).actions()).hasSize(1);
        assertThat(report.byField()).extracting(Reports.FieldGroup::code).containsExactly("monitoring");
        assertThat(report.missingExplanations()).hasSize(9);
        assertThat(report.level1Changes()).isEmpty();
        assertThatThrownBy(() -> as(
                        fixtures.coordinator(),
                        () -> reports.startReport(cycle, fixtures.city().id())))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.already-started");
    }

    @Test
    void submittingNeedsAnExplanationForEveryCommitmentWithoutAction() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        var report = as(fixtures.coordinator(), () -> reports.report(id));

        assertThatThrownBy(() -> as(fixtures.coordinator(), () -> reports.submit(id, report.version())))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.incomplete");
        fixtures.explainAll(context, id);

        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        var submitted = as(fixtures.coordinator(), () -> reports.report(id));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.versions())
                .singleElement()
                .satisfies(v -> assertThat(v.number()).isEqualTo(1));
        assertThatThrownBy(() ->
                        as(fixtures.coordinator(), () -> reports.update(id, submitted.version(), submitted.content())))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.not-editable");
    }

    @Test
    void theSubmittedSnapshotDoesNotChangeWhenThePlanAndTheProfileChange() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        var frozen = as(fixtures.coordinator(), () -> reports.versionContent(id, 1));

        as(fixtures.coordinator(), () -> {
            var plan = plans.plan(fixtures.plan());
            var action = plan.action(fixtures.actionIn2024()).orElseThrow();
            plans.updateAction(
                    fixtures.plan(), action.id(), action.version(), ReportFixtures.action("Renamed office", 2024));
            var stored = cities.profileForEditing(fixtures.city().id());
            cities.updateProfile(new UpdateProfile(
                    fixtures.city().id(),
                    stored.version(),
                    1L,
                    List.of("en"),
                    new Level1Profile(new FocalPoint("Someone Else", null, null, null), null, null, null, null, null)));
        });

        var after = as(fixtures.coordinator(), () -> reports.versionContent(id, 1));
        assertThat(after).isEqualTo(frozen);
        assertThat(after.actions().get(0).title()).isEqualTo("Monitoring office");
        assertThat(after.level1().focalPoint().name()).isEqualTo(ReportFixtures.FOCAL_POINT);
        assertThat(as(fixtures.secretariat(), () -> reports.report(id).content()))
                .isEqualTo(frozen);
    }

    @Test
    void aReturnedReportIsRevisedAsANewVersionAndTheVersionsCanBeCompared() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));

        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reports.returnForRevision(id, " ")))
                .isInstanceOf(RuleViolationException.class);
        as(fixtures.secretariat(), () -> reports.returnForRevision(id, "Please add the impact."));
        var returned = as(fixtures.coordinator(), () -> reports.report(id));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.versions().get(0).outcome()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.versions().get(0).comments()).isEqualTo("Please add the impact.");

        var actions = new ArrayList<>(returned.content().actions());
        var first = actions.get(0);
        actions.set(0, withImpact(first, "Fewer incidents unreported"));
        as(fixtures.coordinator(), () -> {
            reports.update(
                    id,
                    returned.version(),
                    new ReportContent(
                            "de",
                            returned.content().level1(),
                            actions,
                            returned.content().explanations()));
            reports.submit(id, reports.report(id).version());
        });
        as(fixtures.secretariat(), () -> reports.accept(id));

        var accepted = as(fixtures.coordinator(), () -> reports.report(id));
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.versions())
                .extracting(Reports.VersionSummary::outcome)
                .containsExactly(ReportStatus.RETURNED, ReportStatus.ACCEPTED);
        assertThat(as(fixtures.coordinator(), () -> reports.compare(id, 1, 2)))
                .containsExactly(
                        new Reports.FieldChange("report.actions[0].impact", null, "Fewer incidents unreported"));
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reports.accept(id)))
                .hasFieldOrPropertyWithValue("messageKey", "report.rule.not-submitted");
    }

    @Test
    void acceptingMakesTheActionsOfTheAcceptedVersionAvailableToReviewersButNotToOtherCities() {
        var id = fixtures.acceptedReport(context, "2023–2024");
        var report = as(fixtures.coordinator(), () -> reports.report(id));
        var reportedId = report.content().actions().get(0).id();
        var reviewer = TestPeople.holding(
                context, RoleGrant.inNetwork(Role.REVIEWER, fixtures.network().id()));

        assertThat(as(reviewer, () -> reports.acceptedActions(report.cycle().id())))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.id()).isEqualTo(reportedId);
                    assertThat(action.title()).isEqualTo("Monitoring office");
                    assertThat(action.cityName()).isEqualTo(fixtures.city().name());
                    assertThat(action.commitment()).isEqualTo("1");
                    assertThat(action.language()).isEqualTo("de");
                });
        var accepted = as(reviewer, () -> reports.acceptedAction(reportedId));
        assertThat(accepted.version()).isEqualTo(1);
        assertThat(accepted.action().objectives()).isEqualTo("Objectives of Monitoring office");
        assertThat(as(fixtures.coordinator(), () -> reports.acceptedAction(reportedId)))
                .isEqualTo(accepted);

        var other = ReportFixtures.create(context);
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.acceptedAction(reportedId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.secretariat(),
                        () -> reports.acceptedActions(report.cycle().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anActionKeepsItsIdentityWhenEditedAndAcrossVersions() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, id);
        var draft = as(fixtures.coordinator(), () -> reports.report(id));
        var original = draft.content().actions().get(0);
        as(
                fixtures.coordinator(),
                () -> reports.update(
                        id,
                        draft.version(),
                        new ReportContent(
                                "de",
                                draft.content().level1(),
                                List.of(withImpact(original, "Better")),
                                draft.content().explanations())));
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        as(fixtures.secretariat(), () -> reports.returnForRevision(id, "More, please"));
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));

        assertThat(as(
                        fixtures.coordinator(),
                        () -> reports.versionContent(id, 2).actions()))
                .extracting(ReportedAction::id)
                .containsExactly(original.id());
        assertThat(as(fixtures.coordinator(), () -> reports.compare(id, 1, 2))).isEmpty();
    }

    @Test
    void aStaleVersionIsRefused() {
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        var report = as(fixtures.coordinator(), () -> reports.report(id));
        var english = new ReportContent(
                "en",
                report.content().level1(),
                report.content().actions(),
                report.content().explanations());
        as(fixtures.coordinator(), () -> reports.update(id, report.version(), english));
        assertThatThrownBy(
                        () -> as(fixtures.coordinator(), () -> reports.update(id, report.version(), report.content())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theNextReportMarksWhatChangedInLevel1SinceThePreviousReport() {
        var first = fixtures.openCycle(context, "2021–2022", 2021);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(first, fixtures.city().id()));
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        as(fixtures.coordinator(), () -> {
            var stored = cities.profileForEditing(fixtures.city().id());
            cities.updateProfile(new UpdateProfile(
                    fixtures.city().id(),
                    stored.version(),
                    250_000L,
                    List.of("de", "en"),
                    new Level1Profile(
                            new FocalPoint("Bea Neu", "Coordinator", null, null),
                            null,
                            "Steering group",
                            null,
                            null,
                            "Our work")));
        });

        var second = fixtures.openCycle(context, "2023–2024", 2023);
        var next = as(
                fixtures.coordinator(),
                () -> reports.report(reports.startReport(second, fixtures.city().id())));

        assertThat(next.level1Changes())
                .containsExactly(
                        new Reports.FieldChange("level1.focalPoint.name", ReportFixtures.FOCAL_POINT, "Bea Neu"));
        assertThat(next.changed("focalPoint.name")).isTrue();
        assertThat(next.changed("description")).isFalse();
    }

    @Test
    void anotherCitysCoordinatorAndAnotherNetworksSecretariatAreRefused() {
        var other = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        var before = as(fixtures.coordinator(), () -> reports.report(id));

        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.report(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.update(id, before.version(), before.content())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> reports.startReport(cycle, fixtures.city().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reports.cycle(cycle)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reports.accept(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.coordinator(), () -> reports.accept(id)))
                .isInstanceOf(AccessDeniedException.class);
        var contact = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, fixtures.city().id()));
        assertThatThrownBy(() -> as(contact, () -> reports.submit(id, before.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fixtures.coordinator(), () -> reports.report(id))).isEqualTo(before);
    }

    private static ReportedAction withImpact(ReportedAction action, String impact) {
        return new ReportedAction(
                action.id(),
                action.planAction(),
                action.title(),
                action.objectives(),
                action.methods(),
                action.duration(),
                impact,
                action.department(),
                action.commitment(),
                action.fieldsOfActivity(),
                action.track(),
                action.status(),
                action.progress(),
                action.evidenceLinks());
    }
}
