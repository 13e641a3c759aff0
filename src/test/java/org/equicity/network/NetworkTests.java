package org.equicity.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTests {

    static final FrameworkRef COMMITMENTS_2023 = new FrameworkRef("eccar-commitments", "2023");
    static final CityId GRAZ = new CityId(UUID.randomUUID());

    static Network eccar() {
        return new Network("eccar", "ECCAR", "European Coalition of Cities against Racism", null, 2, Instant.now());
    }

    static void assertRule(Runnable change, String key) {
        assertThatThrownBy(change::run)
                .isInstanceOf(RuleViolationException.class)
                .extracting(ex -> ((RuleViolationException) ex).messageKey())
                .isEqualTo(key);
    }

    @Test
    void aNewNetworkKeepsATidySlugAndName() {
        var network = new Network("  ECCAR ", "  ECCAR  ", "  ", "https://www.eccar.info", 2, Instant.now());
        assertThat(network.slug()).isEqualTo("eccar");
        assertThat(network.name()).isEqualTo("ECCAR");
        assertThat(network.description()).isNull();
        assertThat(network.website()).isEqualTo("https://www.eccar.info");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "two words", "-eccar", "eccar-", "ecc--ar", "éccar", "eccar/../x"})
    void aSlugMustBeUsableInAnAddress(String slug) {
        assertRule(() -> new Network(slug, "ECCAR", null, null, 2, Instant.now()), "network.error.slug.invalid");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11})
    void theReportingPeriodIsOneToTenYears(int years) {
        assertRule(() -> eccar().describe("ECCAR", null, null, years), "network.error.reportingPeriodYears.range");
    }

    @Test
    void describingChangesNameDescriptionWebsiteAndPeriod() {
        var network = eccar();
        network.describe("European Coalition", "New text", "http://eccar.info", 10);
        assertThat(network.name()).isEqualTo("European Coalition");
        assertThat(network.description()).isEqualTo("New text");
        assertThat(network.website()).isEqualTo("http://eccar.info");
        assertThat(network.reportingPeriodYears()).isEqualTo(10);
    }

    @Test
    void aNameIsRequiredAndLimited() {
        assertRule(() -> eccar().describe("  ", null, null, 2), "network.error.name.required");
        assertRule(() -> eccar().describe("x".repeat(201), null, null, 2), "network.error.name.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "www.eccar.info", "ftp://eccar.info", "https://", "http://a b"})
    void aWebsiteMustBeAWebAddress(String website) {
        assertRule(() -> eccar().describe("ECCAR", null, website, 2), "network.error.website.invalid");
    }

    @Test
    void aNetworkUsesOneVersionOfEachFramework() {
        var network = eccar();
        assertThat(network.useFramework(COMMITMENTS_2023)).isTrue();
        assertThat(network.useFramework(COMMITMENTS_2023)).isFalse();
        assertThat(network.useFramework(new FrameworkRef("eccar-tracks", "2023")))
                .isTrue();
        assertRule(
                () -> network.useFramework(new FrameworkRef("eccar-commitments", "2026")),
                "network.error.frameworks.one-version");

        assertThat(network.stopUsingFramework(COMMITMENTS_2023)).isTrue();
        assertThat(network.useFramework(new FrameworkRef("eccar-commitments", "2026")))
                .isTrue();
        assertThat(network.frameworks())
                .containsExactlyInAnyOrder(
                        new FrameworkRef("eccar-commitments", "2026"), new FrameworkRef("eccar-tracks", "2023"));
    }

    @Test
    void aCityThatLeavesStaysInTheHistoryAndMayComeBack() {
        var network = eccar();
        network.admit(GRAZ, LocalDate.of(2006, 3, 1), LocalDate.now());
        network.release(GRAZ, LocalDate.of(2015, 12, 31), LocalDate.now());
        assertThat(network.currentMembership(GRAZ)).isEmpty();

        network.admit(GRAZ, LocalDate.of(2018, 1, 1), LocalDate.now());

        assertThat(network.memberships())
                .extracting(NetworkMembership::joinedOn, NetworkMembership::leftOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2006, 3, 1), LocalDate.of(2015, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 1, 1), null));
    }

    @Test
    void aCityIsAdmittedOnceAtATime() {
        var network = eccar();
        network.admit(GRAZ, LocalDate.of(2006, 3, 1), LocalDate.now());
        assertRule(
                () -> network.admit(GRAZ, LocalDate.of(2010, 1, 1), LocalDate.now()),
                "network.error.city.already-member");
    }

    @Test
    void membershipPeriodsDoNotOverlapOrRunBackwards() {
        var network = eccar();
        network.admit(GRAZ, LocalDate.of(2006, 3, 1), LocalDate.now());
        assertRule(
                () -> network.release(GRAZ, LocalDate.of(2006, 2, 28), LocalDate.now()),
                "network.error.leftOn.before-joined");
        network.release(GRAZ, LocalDate.of(2015, 12, 31), LocalDate.now());
        assertRule(
                () -> network.admit(GRAZ, LocalDate.of(2015, 1, 1), LocalDate.now()),
                "network.error.joinedOn.before-left");
    }

    @Test
    void membershipChangesAreRecordedOnceTheyHaveHappened() {
        var network = eccar();
        var nextWeek = LocalDate.now().plusWeeks(1);
        assertRule(() -> network.admit(GRAZ, nextWeek, LocalDate.now()), "network.error.joinedOn.future");
        network.admit(GRAZ, LocalDate.now(), LocalDate.now());
        assertRule(() -> network.release(GRAZ, nextWeek, LocalDate.now()), "network.error.leftOn.future");
        network.release(GRAZ, LocalDate.now(), LocalDate.now());
        assertThat(network.currentMembership(GRAZ)).isEmpty();
    }

    @Test
    void onlyAMemberCanBeReleasedAndDatesAreRequired() {
        var network = eccar();
        assertRule(
                () -> network.release(GRAZ, LocalDate.of(2020, 1, 1), LocalDate.now()),
                "network.error.city.not-member");
        assertRule(() -> network.admit(GRAZ, null, LocalDate.now()), "network.error.joinedOn.required");
        network.admit(GRAZ, LocalDate.of(2020, 1, 1), LocalDate.now());
        assertRule(() -> network.release(GRAZ, null, LocalDate.now()), "network.error.leftOn.required");
    }
}
