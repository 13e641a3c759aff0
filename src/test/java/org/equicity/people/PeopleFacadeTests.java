package org.equicity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PeopleFacadeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Mailer mailer;

    @Autowired
    PersonRepository persons;

    final CityId cityA = new CityId(UUID.randomUUID());
    final CityId cityB = new CityId(UUID.randomUUID());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAs(RoleGrant... grants) {
        var user = TestPeople.holding(context, grants);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aCoordinatorInvitesANewPersonWhoGetsAMailWithAOneTimeLinkAndTheRoleOnAccepting() {
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var email = unique("New.Person");

        var sent = people.invite(
                new People.Invite(email, "Nadia Partner", RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA), "de"));

        assertThat(sent.email()).isEqualTo(email.toLowerCase());
        assertThat(people.inCity(cityA)).noneMatch(holder -> holder.email().equals(email.toLowerCase()));
        TestPeople.acceptInvitation(context, email);
        assertThat(people.inCity(cityA)).anySatisfy(holder -> {
            assertThat(holder.email()).isEqualTo(email.toLowerCase());
            assertThat(holder.grant()).isEqualTo(RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA));
        });
        OutboxEntry mail = mailTo(email.toLowerCase());
        assertThat(mail.subject()).isEqualTo("Einladung zu Equicity");
        assertThat(mail.body())
                .contains("Nadia Partner")
                .contains("zivilgesellschaftliche Partnerorganisation")
                .containsPattern("http://localhost:8080/invitation/[A-Za-z0-9_-]{40,}");
        assertThat(mail.status()).isEqualTo(OutboxEntry.Status.STORED);
    }

    @Test
    void anExistingPersonIsInvitedByMailAndGainsTheRoleOnlyByAcceptingIt() {
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var email = unique("existing");
        people.invite(new People.Invite(email, "Existing", RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA), "en"));
        TestPeople.acceptInvitation(context, email);

        var second =
                people.invite(new People.Invite(email, null, RoleGrant.inCity(Role.CITY_COORDINATOR, cityA), "en"));

        var mail = mailTo(email);
        assertThat(mail.subject()).isEqualTo("You are invited to a new role in Equicity");
        assertThat(mail.body())
                .contains("city coordinator")
                .containsPattern("http://localhost:8080/invitation/[A-Za-z0-9_-]{40,}");
        assertThat(persons.findById(second.person().value()).orElseThrow().grants())
                .as("not before the person accepts")
                .containsExactly(RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA));
        TestPeople.acceptInvitation(context, email);
        assertThat(people.inCity(cityA).stream()
                        .filter(holder -> holder.person().equals(second.person())))
                .extracting(People.RoleHolder::grant)
                .containsExactlyInAnyOrder(
                        RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA),
                        RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
    }

    @Test
    void aCoordinatorOfCityACannotInviteOrRevokeInCityBAndNothingIsStored() {
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityB));
        var holder = people.invite(
                new People.Invite(unique("b"), "B person", RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityB), "en"));
        TestPeople.acceptInvitation(context, holder.email());
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var email = unique("intruder");

        assertThatThrownBy(() -> people.invite(
                        new People.Invite(email, "X", RoleGrant.inCity(Role.CITY_COORDINATOR, cityB), "en")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.revoke(holder.person(), RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityB)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.inCity(cityB)).isInstanceOf(AccessDeniedException.class);

        assertThat(persons.findByEmail(email)).isEmpty();
        assertThat(mailer.outbox(500)).noneMatch(mail -> mail.recipient().equals(email));
        assertThat(persons.findById(holder.person().value()).orElseThrow().grants())
                .contains(RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityB));
    }

    @Test
    void networkRolesNeedTheNetworkAndThePlatformRoleNeedsAPlatformAdmin() {
        var network = new NetworkId(UUID.randomUUID());
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        assertThatThrownBy(() -> people.invite(
                        new People.Invite(unique("n"), "N", RoleGrant.inNetwork(Role.REVIEWER, network), "en")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.invite(new People.Invite(unique("p"), "P", RoleGrant.platformAdmin(), "en")))
                .isInstanceOf(AccessDeniedException.class);

        signInAs(RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network));
        var reviewer = people.invite(
                new People.Invite(unique("r"), "Rita", RoleGrant.inNetwork(Role.REVIEWER, network), "fr"));
        TestPeople.acceptInvitation(context, reviewer.email());
        assertThat(people.inNetwork(network))
                .extracting(People.RoleHolder::person)
                .contains(reviewer.person());
    }

    @Test
    void revokingRemovesOnlyThatRole() {
        signInAs(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var email = unique("two-roles");
        people.invite(new People.Invite(email, "Two", RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA), "en"));
        TestPeople.acceptInvitation(context, email);
        var sent = people.invite(new People.Invite(email, "Two", RoleGrant.inCity(Role.CITY_COORDINATOR, cityA), "en"));
        TestPeople.acceptInvitation(context, email);

        people.revoke(sent.person(), RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));

        assertThat(persons.findById(sent.person().value()).orElseThrow().grants())
                .containsExactly(RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA));
    }

    @Test
    void theLastActivePlatformAdministratorCannotBeRemovedOrDeactivated() {
        var only = persons.findAll().stream()
                .filter(person -> person.grants().contains(RoleGrant.platformAdmin()))
                .toList();
        signInAs(RoleGrant.platformAdmin());
        var me = SecurityContextHolder.getContext().getAuthentication().getName();
        for (var other : only) {
            people.revoke(other.id(), RoleGrant.platformAdmin());
        }
        var myId = persons.findByEmail(me).orElseThrow().id();

        assertThatThrownBy(() -> people.revoke(myId, RoleGrant.platformAdmin()))
                .isInstanceOf(org.equicity.shared.RuleViolationException.class)
                .hasMessage("people.admin.last");
        var second =
                people.invite(new People.Invite(unique("second-admin"), "Second", RoleGrant.platformAdmin(), "en"));
        TestPeople.acceptInvitation(context, second.email());
        people.revoke(myId, RoleGrant.platformAdmin());
        assertThat(persons.findById(second.person().value()).orElseThrow().grants())
                .contains(RoleGrant.platformAdmin());
    }

    @Test
    void createWithPasswordIsForStartUpCode() {
        var id = people.createWithPassword(
                unique("demo"), "Demo", "it", "a demo password", RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));

        var person = persons.findById(id.value()).orElseThrow();
        assertThat(person.passwordHash()).startsWith("{bcrypt}");
        assertThat(person.grants()).containsExactly(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        assertThat(new PersonId(id.value())).isEqualTo(person.id());
    }

    OutboxEntry mailTo(String recipient) {
        return mailer.outbox(500).stream()
                .filter(mail -> mail.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }
}
