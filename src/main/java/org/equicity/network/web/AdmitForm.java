package org.equicity.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.web.FormErrors;

/** The city a secretariat admits, and the date it joined (typed as text, read here). */
record AdmitForm(String city, String joinedOn) {

    /** The chosen city; an error beside the field (and null) when none, or anything that is no id, was chosen. */
    CityId cityId(FormErrors errors) {
        try {
            if (city != null && !city.isBlank()) {
                return new CityId(UUID.fromString(city.strip()));
            }
        } catch (IllegalArgumentException malformed) {
            // a tampered form names no city
        }
        errors.add("city", "network.error.city.required");
        return null;
    }

    /** The date of joining; an error beside the field (and null) when it is no date; null when left empty. */
    LocalDate joined(FormErrors errors) {
        if (joinedOn == null || joinedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(joinedOn.strip());
        } catch (DateTimeParseException malformed) {
            errors.add("joinedOn", "network.error.joinedOn.invalid");
            return null;
        }
    }
}
