package org.equicity.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.equicity.city.Cities.ChangeKind;
import org.equicity.city.Cities.CreateCity;
import org.equicity.city.Cities.FieldChange;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PublicContact;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class CityFacadeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    private static final Level1Profile PROFILE = new Level1Profile(
            new FocalPoint("Ana Novak", "Anti-discrimination office", "ana.novak@graz.example", "+43 316 872"),
            null,
            "Steering group with departments and NGOs",
            "ECCAR, Human Rights Cities",
            new PublicContact("Hauptplatz 1, 8010 Graz", "https://graz.example", "office@graz.example"),
            "Graz has a human-rights city council.");

    @Test
    void onlyPlatformAdministratorsCreateCitiesAndSlugsAreUnique() {
        var city = TestCities.create(context, "Graz");
        assertThat(cities.findBySlug(city.slug())).contains(city);
        assertThat(cities.all()).contains(city);

        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        assertThatThrownBy(() -> TestCities.as(
                        coordinator, () -> cities.create(new CreateCity("other", "Other", "AT", null, List.of("de")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cities.findBySlug("other")).isEmpty();

        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        assertThatThrownBy(() -> TestCities.as(
                        admin, () -> cities.create(new CreateCity(city.slug(), "Again", "AT", null, List.of("de")))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("city.error.slug-taken");
    }

    @Test
    void aCoordinatorUpdatesTheProfileAndHistoryKeepsWhoChangedWhatFromWhatToWhat() {
        var city = TestCities.create(context, "Graz");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        TestCities.as(coordinator, () -> {
            var stored = cities.profileForEditing(city.id());
            cities.updateProfile(new UpdateProfile(city.id(), stored.version(), 300_000L, List.of("de"), PROFILE));
        });

        var stored = TestCities.as(coordinator, () -> cities.profileForEditing(city.id()));
        assertThat(stored.profile()).isEqualTo(PROFILE);
        assertThat(stored.city().population()).isEqualTo(300_000L);
        assertThat(stored.city().officialLanguages()).containsExactly("de");

        var history = TestCities.as(coordinator, () -> cities.history(city.id()));
        assertThat(history)
                .extracting(Cities.HistoryEntry::kind)
                .containsExactly(ChangeKind.PROFILE_UPDATED, ChangeKind.CITY_CREATED);
        var update = history.get(0);
        assertThat(update.actor()).isEqualTo("Test person");
        assertThat(update.changes())
                .contains(
                        new FieldChange("population", "250000", "300000"),
                        new FieldChange("officialLanguages", "de,en", "de"),
                        new FieldChange("focalPoint.phone", null, "+43 316 872"));
    }

    @Test
    void aProfileSavedFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        var city = TestCities.create(context, "Graz");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        var started = TestCities.as(coordinator, () -> cities.profileForEditing(city.id()))
                .version();
        TestCities.as(
                coordinator,
                () -> cities.updateProfile(
                        new UpdateProfile(city.id(), started, 1L, List.of("de"), Level1Profile.empty())));

        assertThatThrownBy(() -> TestCities.as(
                        coordinator,
                        () -> cities.updateProfile(new UpdateProfile(city.id(), started, 2L, List.of("de"), PROFILE))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var stored = TestCities.as(coordinator, () -> cities.profileForEditing(city.id()));
        assertThat(stored.city().population()).isEqualTo(1L);
        assertThat(stored.profile()).isEqualTo(Level1Profile.empty());
    }

    @Test
    void aCoordinatorOfOneCityCannotChangeAnother() {
        var graz = TestCities.create(context, "Graz");
        var linz = TestCities.create(context, "Linz");
        var department = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> cities.addDepartment(linz.id(), "Housing"));
        var grazCoordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, graz.id()));

        TestCities.as(grazCoordinator, () -> {
            assertThatThrownBy(() -> cities.profileForEditing(linz.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.updateProfile(new UpdateProfile(linz.id(), 0, 1L, List.of("de"), PROFILE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.addDepartment(linz.id(), "Schools"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.renameDepartment(linz.id(), department.id(), "Schools"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.removeDepartment(linz.id(), department.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.history(linz.id())).isInstanceOf(AccessDeniedException.class);
            // A department of another city cannot be reached through one's own city either.
            assertThatThrownBy(() -> cities.removeDepartment(graz.id(), department.id()))
                    .isInstanceOf(org.equicity.shared.NotFoundException.class);
        });
        assertThat(cities.departments(linz.id())).containsExactly(department);
        assertThat(cities.find(linz.id()).orElseThrow().population()).isEqualTo(250_000L);
    }

    @Test
    void departmentsAreKeptInHistoryAndDoNotMakeAProfileEditConflict() {
        var city = TestCities.create(context, "Graz");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        TestCities.as(coordinator, () -> {
            var started = cities.profileForEditing(city.id()).version();
            var housing = cities.addDepartment(city.id(), "Housing");
            cities.renameDepartment(city.id(), housing.id(), "Housing office");
            var schools = cities.addDepartment(city.id(), "Schools");
            cities.removeDepartment(city.id(), schools.id());
            cities.updateProfile(new UpdateProfile(city.id(), started, 5L, List.of("de"), PROFILE));

            assertThat(cities.departments(city.id()))
                    .extracting(Cities.DepartmentSummary::name)
                    .containsExactly("Housing office");
            assertThat(cities.department(housing.id())).isPresent();
            assertThat(cities.department(schools.id())).isEmpty();
            assertThat(cities.history(city.id()))
                    .extracting(Cities.HistoryEntry::kind)
                    .containsExactly(
                            ChangeKind.PROFILE_UPDATED,
                            ChangeKind.DEPARTMENT_REMOVED,
                            ChangeKind.DEPARTMENT_ADDED,
                            ChangeKind.DEPARTMENT_RENAMED,
                            ChangeKind.DEPARTMENT_ADDED,
                            ChangeKind.CITY_CREATED);
        });
    }

    @Test
    void thePublicProfileShowsTheFocalPointsDirectContactOnlyToTheCitysPeople() {
        var city = TestCities.create(context, "Graz");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        TestCities.as(
                coordinator,
                () -> cities.updateProfile(new UpdateProfile(
                        city.id(), cities.profileForEditing(city.id()).version(), 1L, List.of("de"), PROFILE)));

        var anonymous = cities.publicProfile(city.id());
        assertThat(anonymous.profile().focalPoint().phone()).isNull();
        assertThat(anonymous.profile().focalPoint().email()).isNull();
        assertThat(anonymous.profile().focalPoint().name()).isEqualTo("Ana Novak");
        assertThat(anonymous.profile().publicContact()).isEqualTo(PROFILE.publicContact());
        assertThat(anonymous.member()).isFalse();

        var partner = TestPeople.holding(context, RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.id()));
        var seenByPartner = TestCities.as(partner, () -> cities.publicProfile(city.id()));
        assertThat(seenByPartner.profile().focalPoint().phone()).isEqualTo("+43 316 872");
        assertThat(seenByPartner.manager()).isFalse();
    }
}
