package org.equicity.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;

import java.util.List;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
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
class PracticesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Practices practices;

    @Autowired
    Reports reports;

    ReportFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
    }

    static PracticeContent content(String title) {
        return new PracticeContent(
                "de",
                new Template(
                        title,
                        "Office for equality",
                        "Anna Berger, anna@example.org",
                        List.of("leadership"),
                        "Make discrimination reportable",
                        "2023–2024",
                        "Purpose",
                        "Rationale",
                        "Process",
                        "Impact",
                        List.of("https://example.org/report.pdf")),
                new Classification("1", "information-advice", List.of("monitoring"), 2024));
    }

    @Test
    void aDirectSubmissionIsReviewedAndOnlyPublicOnceDesignated() {
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content("Reporting office"))));
        assertThatThrownBy(() -> practices.practice(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(
                        fixtures.coordinator(),
                        () -> practices.practice(id).summary().status()))
                .isEqualTo(PracticeStatus.SUBMITTED);
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> practices.designate(id)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "practice.rule.not-under-review");

        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.startReview(id);
            practices.designate(id);
        });

        var published = practices.practice(id);
        assertThat(published.summary().status()).isEqualTo(PracticeStatus.DESIGNATED);
        assertThat(published.summary().decidedAt()).isNotNull();
        assertThat(published.content().template().fieldsOfAction()).containsExactly("leadership");
        assertThat(published.source()).isNull();
        assertThat(published.writable()).isFalse();
    }

    @Test
    void aPracticeNotDesignatedStaysWithTheCityAndTheNetwork() {
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content("Reporting office"))));
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.decline(id);
        });
        var reviewer = TestPeople.holding(
                context, RoleGrant.inNetwork(Role.REVIEWER, fixtures.network().id()));

        assertThat(as(reviewer, () -> practices.practice(id).summary().status()))
                .isEqualTo(PracticeStatus.NOT_DESIGNATED);
        assertThat(as(
                        fixtures.coordinator(),
                        () -> practices.ofCity(fixtures.city().id())))
                .extracting(Practices.PracticeSummary::id)
                .containsExactly(id);
        assertThatThrownBy(() -> practices.practice(id)).isInstanceOf(AccessDeniedException.class);
        var other = ReportFixtures.create(context);
        assertThatThrownBy(() -> as(other.coordinator(), () -> practices.practice(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAcceptedActionIsNominatedOnceWithTheTemplateFilledFromIt() {
        var report = fixtures.acceptedReport(context, "2023–2024");
        var action = as(fixtures.coordinator(), () -> reports.report(report))
                .content()
                .actions()
                .get(0);

        var id = as(fixtures.secretariat(), () -> practices.nominate(action.id()));
        assertThat(as(fixtures.secretariat(), () -> practices.nominate(action.id())))
                .isEqualTo(id);

        var view = as(fixtures.coordinator(), () -> practices.practice(id));
        assertThat(view.content().template().title()).isEqualTo("Monitoring office");
        assertThat(view.content().template().purpose()).isEqualTo("Objectives of Monitoring office");
        assertThat(view.content().classification().commitment()).isEqualTo("1");
        assertThat(view.content().classification().year()).isEqualTo(2024);
        assertThat(view.content().language()).isEqualTo("de");
        assertThat(view.source().report()).isEqualTo(report);
        assertThat(view.source().cycleName()).isEqualTo("2023–2024");
        assertThat(view.writable()).isTrue();
        assertThat(as(
                        fixtures.secretariat(),
                        () -> practices.ofNetwork(fixtures.network().id())))
                .extracting(Practices.PracticeSummary::id)
                .containsExactly(id);
    }

    @Test
    void theCityEditsItsPracticeAndAStaleVersionIsRefused() {
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content("Reporting office"))));
        var before = as(fixtures.coordinator(), () -> practices.practice(id));
        as(fixtures.coordinator(), () -> practices.revise(id, before.version(), content("Reporting office 2.0")));

        assertThat(as(
                        fixtures.coordinator(),
                        () -> practices.practice(id).content().template().title()))
                .isEqualTo("Reporting office 2.0");
        assertThatThrownBy(
                        () -> as(fixtures.coordinator(), () -> practices.revise(id, before.version(), content("Lost"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void otherCitiesAndNetworksAreRefused() {
        var other = ReportFixtures.create(context);
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content("Reporting office"))));
        var before = as(fixtures.coordinator(), () -> practices.practice(id));

        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> practices.submit(new NewPractice(
                                fixtures.city().id(), fixtures.network().id(), content("Forged")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> practices.submit(new NewPractice(
                                other.city().id(), fixtures.network().id(), content("Not a member")))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "practice.rule.not-member");
        assertThatThrownBy(() -> as(other.coordinator(), () -> practices.revise(id, before.version(), content("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> practices.startReview(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.coordinator(), () -> practices.startReview(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.secretariat(),
                        () -> practices.ofNetwork(fixtures.network().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fixtures.coordinator(), () -> practices.practice(id))).isEqualTo(before);
    }

    @Test
    void theLibraryFiltersSortsAndPagesInTheDatabaseAndFindsSimilarPracticesOfOtherCities() {
        var other = ReportFixtures.create(context);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        as(
                admin,
                () -> context.getBean(org.equicity.network.Networks.class)
                        .admit(fixtures.network().id(), other.city().id(), java.time.LocalDate.of(2020, 1, 1)));
        var ours = designated(fixtures.coordinator(), fixtures, content("Zebra crossing talks"));
        var theirs = designated(other.coordinator(), other, content("Anti-rumour network"));
        var hidden = as(
                other.coordinator(),
                () -> practices.submit(
                        new NewPractice(other.city().id(), fixtures.network().id(), content("Hidden"))));

        var query = new Practices.LibraryQuery(
                null,
                null,
                null,
                null,
                "1",
                "leadership",
                null,
                2024,
                fixtures.network().id(),
                null,
                Practices.LibrarySort.TITLE,
                0,
                1);
        var first = practices.library(query);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).extracting(entry -> entry.summary().id()).containsExactly(theirs);
        assertThat(practices.library(query.atPage(1)).entries())
                .extracting(entry -> entry.summary().id())
                .containsExactly(ours);
        assertThat(practices
                        .library(new Practices.LibraryQuery(
                                "AT",
                                null,
                                null,
                                null,
                                null,
                                "anti-discrimination",
                                null,
                                null,
                                fixtures.network().id(),
                                null,
                                Practices.LibrarySort.CITY,
                                0,
                                10))
                        .total())
                .isZero();
        assertThat(practices
                        .library(new Practices.LibraryQuery(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                fixtures.network().id(),
                                PracticeStatus.SUBMITTED,
                                null,
                                0,
                                10))
                        .total())
                .isZero();
        assertThat(as(
                        fixtures.secretariat(),
                        () -> practices.library(new Practices.LibraryQuery(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                PracticeStatus.SUBMITTED,
                                null,
                                0,
                                10))))
                .extracting(page -> page.entries().get(0).summary().id())
                .isEqualTo(hidden);

        assertThat(practices.similar(ours, 5))
                .extracting(entry -> entry.summary().id())
                .contains(theirs)
                .doesNotContain(ours, hidden);
    }

    private PracticeId designated(
            org.springframework.security.core.userdetails.UserDetails coordinator,
            ReportFixtures of,
            PracticeContent content) {
        var id = as(
                coordinator,
                () -> practices.submit(
                        new NewPractice(of.city().id(), fixtures.network().id(), content)));
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.designate(id);
        });
        return id;
    }
}
