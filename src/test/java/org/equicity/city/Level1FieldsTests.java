package org.equicity.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PublicContact;
import org.junit.jupiter.api.Test;

class Level1FieldsTests {

    private static Map<String, String> broken(Level1Fields fields) {
        var found = new LinkedHashMap<String, String>();
        fields.check((field, violation) -> found.put(field, violation.messageKey()));
        return found;
    }

    @Test
    void everyBrokenRuleIsToldWithTheFieldItConcerns() {
        var fields = new Level1Fields(
                null,
                null,
                null,
                "call me",
                null,
                "x".repeat(201),
                null,
                null,
                null,
                "not a web address",
                null,
                "x".repeat(2_001));

        assertThat(broken(fields))
                .containsExactly(
                        Map.entry("focalPointPhone", "city.error.phone"),
                        Map.entry("politicalOffice", "city.error.too-long"),
                        Map.entry("contactWebsite", "city.error.website"),
                        Map.entry("description", "city.error.too-long"));
    }

    @Test
    void theStoredProfileComesBackAsItWasShown() {
        var stored = new Level1Profile(
                new FocalPoint("Ana Novak", "Head", "ana@graz.example", null),
                null,
                "A unit in the mayor's office",
                null,
                new PublicContact(null, "https://graz.example", null),
                "Graz");
        var fields = Level1Fields.of(stored);

        assertThat(broken(fields)).isEmpty();
        assertThat(fields.focalPointName()).isEqualTo("Ana Novak");
        assertThat(fields.profile()).isEqualTo(stored);
    }
}
