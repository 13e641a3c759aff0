package org.equicity.report.web;

import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Level1Fields;
import org.equicity.shared.web.FormErrors;

/**
 * Level 1 of a report and the language it is written in, as the coordinator types them; {@code version} is the
 * report's version the coordinator started from.
 */
record Level1Form(
        long version,
        String language,
        String focalPointName,
        String focalPointPosition,
        String focalPointEmail,
        String focalPointPhone,
        String politicalName,
        String politicalOffice,
        String coordinationStructure,
        String networksAndMemberships,
        String contactAddress,
        String contactWebsite,
        String contactEmail,
        String description) {

    static Level1Form of(long version, String language, Level1Profile profile) {
        var level1 = Level1Fields.of(profile);
        return new Level1Form(
                version,
                language,
                level1.focalPointName(),
                level1.focalPointPosition(),
                level1.focalPointEmail(),
                level1.focalPointPhone(),
                level1.politicalName(),
                level1.politicalOffice(),
                level1.coordinationStructure(),
                level1.networksAndMemberships(),
                level1.contactAddress(),
                level1.contactWebsite(),
                level1.contactEmail(),
                level1.description());
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    Level1Form over(long stored) {
        return new Level1Form(
                stored,
                language,
                focalPointName,
                focalPointPosition,
                focalPointEmail,
                focalPointPhone,
                politicalName,
                politicalOffice,
                coordinationStructure,
                networksAndMemberships,
                contactAddress,
                contactWebsite,
                contactEmail,
                description);
    }

    /** The profile typed, or null after telling each broken rule beside its field. */
    Level1Profile profile(FormErrors errors) {
        var level1 = new Level1Fields(
                focalPointName,
                focalPointPosition,
                focalPointEmail,
                focalPointPhone,
                politicalName,
                politicalOffice,
                coordinationStructure,
                networksAndMemberships,
                contactAddress,
                contactWebsite,
                contactEmail,
                description);
        level1.check((field, violation) -> errors.add(violation, field));
        return errors.isEmpty() ? level1.profile() : null;
    }
}
