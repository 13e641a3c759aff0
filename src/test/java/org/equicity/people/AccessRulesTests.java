package org.equicity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class AccessRulesTests {

    final CityId cityA = new CityId(UUID.randomUUID());
    final CityId cityB = new CityId(UUID.randomUUID());
    final NetworkId network = new NetworkId(UUID.randomUUID());

    @Autowired
    ApplicationContext context;

    @Autowired
    Access access;

    @Autowired
    PersonRepository people;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(UserDetails principal) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void aCoordinatorManagesTheirOwnCityOnly() {
        signIn(TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityA)));

        assertThat(access.canManageCity(cityA)).isTrue();
        assertThat(access.canManageCity(cityB)).isFalse();
        assertThat(access.canManageNetwork(network)).isFalse();
        assertThatThrownBy(() -> access.requireCityManagement(cityB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDepartmentContactBelongsToTheCityButDoesNotManageIt() {
        var department = new DepartmentId(UUID.randomUUID());
        signIn(TestPeople.holding(context, RoleGrant.departmentContact(cityA, department)));

        assertThat(access.belongsToCity(cityA)).isTrue();
        assertThat(access.isDepartmentContact(cityA, department)).isTrue();
        assertThat(access.isDepartmentContact(cityA, new DepartmentId(UUID.randomUUID())))
                .isFalse();
        assertThat(access.canManageCity(cityA)).isFalse();
    }

    @Test
    void aRevokedRoleStopsWorkingWithoutSigningOut() {
        var grant = RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network);
        var principal = (SignedIn) TestPeople.holding(context, grant);
        signIn(principal);
        assertThat(access.canManageNetwork(network)).isTrue();

        transactions.executeWithoutResult(
                status -> people.findById(principal.personId()).orElseThrow().revoke(grant));

        assertThat(access.canManageNetwork(network)).isFalse();
    }

    @Test
    void nobodySignedInMayDoNothing() {
        assertThat(access.current()).isEmpty();
        assertThatThrownBy(() -> access.requirePlatformAdmin()).isInstanceOf(AccessDeniedException.class);
    }
}
