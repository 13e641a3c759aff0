package org.equicity.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.Describe;
import org.equicity.network.Networks.FrameworkChoice;
import org.equicity.network.Networks.FrameworkUse;
import org.equicity.network.Networks.Member;
import org.equicity.network.Networks.Membership;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
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

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class NetworkDirectoryTests {

    static final FrameworkRef COMMITMENTS = new FrameworkRef("eccar-commitments", "2023");
    static final FrameworkRef TRACKS = new FrameworkRef("eccar-tracks", "2023");

    @Autowired
    ApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    Frameworks frameworks;

    NetworkTestData data;

    @BeforeEach
    void setUp() {
        data = new NetworkTestData(context);
    }

    @Test
    void aPlatformAdministratorCreatesANetworkFoundByIdAndSlug() {
        var slug = NetworkTestData.unique("eccar");
        var created = data.asAdmin(() -> networks.create(
                new CreateNetwork(slug.toUpperCase(), " ECCAR ", "Coalition", "https://www.eccar.info", null)));

        assertThat(created.slug()).isEqualTo(slug);
        assertThat(created.reportingPeriodYears()).isEqualTo(2);
        assertThat(networks.find(created.id())).contains(created);
        assertThat(networks.findBySlug(slug).orElseThrow().name()).isEqualTo("ECCAR");
        assertThat(networks.all()).extracting(Networks.NetworkSummary::slug).contains(slug);
    }

    @Test
    void twoNetworksCannotShareASlug() {
        var existing = data.network("ECCAR");
        assertThatThrownBy(() ->
                        data.asAdmin(() -> networks.create(new CreateNetwork(existing.slug(), "Other", null, null, 3))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("network.error.slug.taken");
    }

    @Test
    void onlyAPlatformAdministratorCreatesANetwork() {
        var network = data.network("ECCAR");
        var slug = NetworkTestData.unique("x");
        assertThatThrownBy(() -> data.as(
                        data.secretariatOf(network.id()),
                        () -> networks.create(new CreateNetwork(slug, "X", null, null, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(networks.findBySlug(slug)).isEmpty();
    }

    @Test
    void theSecretariatDescribesItsNetworkFromTheCurrentVersionOnly() {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());

        var described = data.as(
                secretariat,
                () -> networks.describe(network.id(), new Describe("ECCAR e.V.", "New", null, 4, network.version())));

        assertThat(described.version()).isGreaterThan(network.version());
        assertThat(networks.find(network.id()).orElseThrow())
                .extracting(Networks.NetworkDetails::name, Networks.NetworkDetails::reportingPeriodYears)
                .containsExactly("ECCAR e.V.", 4);
        assertThatThrownBy(() -> data.as(
                        secretariat,
                        () -> networks.describe(network.id(), new Describe("Stale", null, null, 2, network.version()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo("ECCAR e.V.");
    }

    @Test
    void theSecretariatOfOneNetworkChangesNothingInAnother() {
        var mine = data.network("Mine");
        var theirs = data.network("Theirs");
        var city = data.city("Graz");
        var secretariat = data.secretariatOf(mine.id());

        assertThatThrownBy(() -> data.as(
                        secretariat,
                        () -> networks.describe(theirs.id(), new Describe("Taken", null, null, 2, theirs.version()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(secretariat, () -> networks.chooseFrameworks(theirs.id(), Set.of(TRACKS))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        data.as(secretariat, () -> networks.admit(theirs.id(), city.id(), LocalDate.of(2020, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(secretariat, () -> networks.people(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(networks.find(theirs.id())).contains(theirs);
        assertThat(networks.members(theirs.id())).isEmpty();
    }

    @Test
    void aCityCoordinatorDoesNotChangeNetworks() {
        var network = data.network("ECCAR");
        var city = data.city("Graz");
        var coordinator = data.coordinatorOf(city.id());
        assertThatThrownBy(() ->
                        data.as(coordinator, () -> networks.admit(network.id(), city.id(), LocalDate.of(2020, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(networks.members(network.id())).isEmpty();
    }

    @Test
    void choosingAFrameworkVersionRecordsItsUse() {
        var network = data.network("ECCAR");
        var ici = new FrameworkRef("ici-fields-of-action", "2019");
        assertThat(frameworks.find(ici)).isPresent();

        var used = data.as(
                data.secretariatOf(network.id()),
                () -> networks.chooseFrameworks(network.id(), Set.of(COMMITMENTS, ici)));

        assertThat(used).extracting(FrameworkUse::ref).containsExactly(COMMITMENTS, ici);
        assertThat(used.get(0).name().in("de")).isNotBlank();
        assertThat(frameworks.isInUse(ici)).isTrue();
        assertThat(frameworks.isInUse(COMMITMENTS)).isTrue();
        assertThat(networks.frameworks(network.id()))
                .extracting(FrameworkUse::ref)
                .containsExactly(COMMITMENTS, ici);
        assertThat(networks.frameworkChoices(network.id()))
                .filteredOn(FrameworkChoice::chosen)
                .extracting(FrameworkChoice::ref)
                .containsExactlyInAnyOrder(COMMITMENTS, ici);

        data.as(data.secretariatOf(network.id()), () -> networks.chooseFrameworks(network.id(), Set.of(COMMITMENTS)));
        assertThat(networks.find(network.id()).orElseThrow().frameworks())
                .extracting(FrameworkUse::ref)
                .containsExactly(COMMITMENTS);
    }

    @Test
    void anUnknownFrameworkVersionIsRefusedAndNothingIsChosen() {
        var network = data.network("ECCAR");
        assertThatThrownBy(() -> data.as(
                        data.secretariatOf(network.id()),
                        () -> networks.chooseFrameworks(
                                network.id(), Set.of(TRACKS, new FrameworkRef("eccar-tracks", "1999")))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("network.error.frameworks.unknown");
        assertThat(networks.find(network.id()).orElseThrow().frameworks()).isEmpty();
    }

    @Test
    void membershipHistoryIsStoredAndSeenFromBothSides() {
        var eccar = data.network("ECCAR");
        var national = data.network("National coalition");
        var graz = data.city("Graz");
        var wien = data.city("Wien");
        data.as(data.secretariatOf(eccar.id()), () -> {
            networks.admit(eccar.id(), graz.id(), LocalDate.of(2006, 3, 1));
            networks.admit(eccar.id(), wien.id(), LocalDate.of(2010, 5, 1));
            networks.release(eccar.id(), graz.id(), LocalDate.of(2015, 12, 31));
            return null;
        });
        data.as(
                data.secretariatOf(national.id()),
                () -> networks.admit(national.id(), graz.id(), LocalDate.of(2020, 1, 1)));

        assertThat(networks.members(eccar.id()))
                .extracting(Member::cityName, Member::joinedOn, Member::leftOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Wien", LocalDate.of(2010, 5, 1), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "Graz", LocalDate.of(2006, 3, 1), LocalDate.of(2015, 12, 31)));
        assertThat(networks.membershipsOf(graz.id()))
                .extracting(Membership::networkName, Membership::isCurrent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("National coalition", true),
                        org.assertj.core.groups.Tuple.tuple("ECCAR", false));
        assertThat(networks.all())
                .filteredOn(summary -> summary.id().equals(eccar.id()))
                .extracting(Networks.NetworkSummary::memberCount)
                .containsExactly(1);
    }

    @Test
    void anUnknownCityCannotBeAdmitted() {
        var network = data.network("ECCAR");
        assertThatThrownBy(() -> data.as(
                        data.secretariatOf(network.id()),
                        () -> networks.admit(
                                network.id(),
                                new org.equicity.shared.CityId(java.util.UUID.randomUUID()),
                                LocalDate.of(2020, 1, 1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("network.error.city.unknown");
    }

    @Test
    void theSecretariatInvitesReviewersButNoOtherRoles() {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var email = NetworkTestData.unique("reviewer") + "@example.org";

        var sent = data.as(
                secretariat,
                () -> networks.invite(
                        network.id(), new Networks.InviteToNetwork(email, "Rita Reviewer", Role.REVIEWER, "fr")));

        assertThat(data.as(secretariat, () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email)
                .as("not before the invitation is accepted")
                .doesNotContain(email);
        TestPeople.acceptInvitation(context, email);
        assertThat(data.as(secretariat, () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email, People.RoleHolder::grant)
                .contains(org.assertj.core.groups.Tuple.tuple(email, RoleGrant.inNetwork(Role.REVIEWER, network.id())));
        assertThatThrownBy(() -> data.as(
                        secretariat,
                        () -> networks.invite(
                                network.id(), new Networks.InviteToNetwork(email, "Rita", Role.PLATFORM_ADMIN, "fr"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("network.error.role.not-network");

        data.as(secretariat, () -> {
            networks.revoke(network.id(), sent.person(), Role.REVIEWER);
            return null;
        });
        assertThat(data.as(secretariat, () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email)
                .doesNotContain(email);
    }
}
