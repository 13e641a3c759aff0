package org.equicity.city;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/**
 * The Level 1 profile as the flat texts of a form, for every form that edits it (the city's profile page, a report's
 * Level 1): one set of field names, so that a field and its error are named alike wherever the profile is typed. The
 * forms are records with these texts among their own components and hand them over with their {@code level1()}.
 */
public record Level1Fields(
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

    /** The stored profile, as the form shows it. */
    public static Level1Fields of(Level1Profile profile) {
        return new Level1Fields(
                profile.focalPoint().name(),
                profile.focalPoint().position(),
                profile.focalPoint().email(),
                profile.focalPoint().phone(),
                profile.politicalResponsibility().name(),
                profile.politicalResponsibility().office(),
                profile.coordinationStructure(),
                profile.networksAndMemberships(),
                profile.publicContact().address(),
                profile.publicContact().website(),
                profile.publicContact().email(),
                profile.description());
    }

    private FocalPoint focalPoint() {
        return new FocalPoint(focalPointName, focalPointPosition, focalPointEmail, focalPointPhone);
    }

    private PoliticalResponsibility politicalResponsibility() {
        return new PoliticalResponsibility(politicalName, politicalOffice);
    }

    private PublicContact publicContact() {
        return new PublicContact(contactAddress, contactWebsite, contactEmail);
    }

    /** @throws RuleViolationException where a text breaks the city's rules: {@link #check} tells them all */
    public Level1Profile profile() {
        return new Level1Profile(
                focalPoint(),
                politicalResponsibility(),
                coordinationStructure,
                networksAndMemberships,
                publicContact(),
                description);
    }

    /**
     * Checks each part on its own and tells every broken rule with the field it concerns (null where no one field
     * does), so that a form shows each error next to its field.
     */
    public void check(BiConsumer<String, RuleViolationException> broken) {
        check("focalPoint", this::focalPoint, broken);
        check("political", this::politicalResponsibility, broken);
        check("contact", this::publicContact, broken);
        check(
                "",
                () -> new Level1Profile(null, null, coordinationStructure, networksAndMemberships, null, description),
                broken);
    }

    private static void check(String prefix, Supplier<?> part, BiConsumer<String, RuleViolationException> broken) {
        try {
            part.get();
        } catch (RuleViolationException violation) {
            broken.accept(field(prefix, violation), violation);
        }
    }

    private static String field(String prefix, RuleViolationException violation) {
        return switch (violation.messageKey()) {
            case "city.error.too-long", TextRules.CHARACTERS ->
                violation.arguments()[0] instanceof String name
                        ? prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                        : null;
            case "city.error.email" -> prefix + "Email";
            case "city.error.phone" -> prefix + "Phone";
            case "city.error.website" -> prefix + "Website";
            default -> null;
        };
    }
}
