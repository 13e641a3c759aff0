package org.equicity.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.equicity.city.Cities.FieldChange;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PublicContact;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class CityRulesTests {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static City vienna() {
        return new City("vienna", "Vienna", "AT", 2_000_000L, new OfficialLanguages(List.of("de")), NOW);
    }

    private static String violation(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException broken) {
            return broken.messageKey();
        }
        throw new AssertionError("expected a rule violation");
    }

    @Test
    void aCityNeedsAKnownCountryANameAndAUsableSlug() {
        var languages = new OfficialLanguages(List.of("de"));
        assertThat(violation(() -> new City("x", "X", "XX", null, languages, NOW)))
                .isEqualTo("city.error.country");
        assertThat(violation(() -> new City("x", " ", "AT", null, languages, NOW)))
                .isEqualTo("city.error.name-required");
        assertThat(violation(() -> new City("Not a slug", "X", "AT", null, languages, NOW)))
                .isEqualTo("city.error.slug");
        assertThat(violation(() -> new City("x", "X", "AT", -1L, languages, NOW)))
                .isEqualTo("city.error.population");
        var city = new City("graz", "Graz", "at", null, languages, NOW);
        assertThat(city.summary().country()).isEqualTo("AT");
        assertThat(city.summary().population()).isNull();
    }

    @Test
    void officialLanguagesAreKnownCodesAtLeastOneAndKeepTheMainOneFirst() {
        assertThat(violation(() -> new OfficialLanguages(List.of()))).isEqualTo("city.error.language-required");
        assertThat(violation(() -> new OfficialLanguages(List.of("de", "zz")))).isEqualTo("city.error.language");
        assertThat(new OfficialLanguages(List.of("FR", "de", "fr")).codes()).containsExactly("fr", "de");
    }

    @Test
    void profileValuesAreCheckedWhenTheyAreMade() {
        assertThat(violation(() -> new FocalPoint("Ana", null, "not-an-email", null)))
                .isEqualTo("city.error.email");
        assertThat(violation(() -> new FocalPoint("Ana", null, null, "call me")))
                .isEqualTo("city.error.phone");
        assertThat(violation(() -> new PublicContact(null, "javascript:alert(1)", null)))
                .isEqualTo("city.error.website");
        assertThat(new PublicContact("  ", " https://wien.gv.at ", "").website())
                .isEqualTo("https://wien.gv.at");
        assertThat(new PublicContact("  ", null, "").address()).isNull();
    }

    @Test
    void aProfileUpdateReportsExactlyTheFieldsThatChanged() {
        var city = vienna();
        var changes = city.updateProfile(
                2_000_000L,
                new OfficialLanguages(List.of("de", "en")),
                new Level1Profile(new FocalPoint("Ana Novak", null, null, null), null, null, null, null, null));
        assertThat(changes)
                .containsExactly(
                        new FieldChange("officialLanguages", "de", "de,en"),
                        new FieldChange("focalPoint.name", null, "Ana Novak"));
        assertThat(city.summary().mainLanguage()).isEqualTo("de");
        assertThat(city.updateProfile(2_000_000L, new OfficialLanguages(List.of("de", "en")), city.profile()))
                .isEmpty();
    }

    @Test
    void departmentNamesAreUniqueWithinTheCityWhateverTheirCase() {
        var city = vienna();
        var housing = city.addDepartment("Housing", NOW);
        var schools = city.addDepartment("Schools", NOW);
        assertThat(violation(() -> city.addDepartment("housing", NOW))).isEqualTo("city.error.department-taken");
        assertThat(violation(() -> city.renameDepartment(schools.id(), "HOUSING")))
                .isEqualTo("city.error.department-taken");
        assertThat(violation(() -> city.addDepartment(" ", NOW))).isEqualTo("city.error.name-required");

        assertThat(city.renameDepartment(housing.id(), "Housing and urban renewal"))
                .isEqualTo(new FieldChange("department", "Housing", "Housing and urban renewal"));
        city.removeDepartment(schools.id());
        assertThat(city.departments()).extracting(Department::name).containsExactly("Housing and urban renewal");
        assertThatThrownBy(() -> city.removeDepartment(schools.id())).isInstanceOf(NotFoundException.class);
    }
}
