package org.equicity.report.web;

import java.util.function.Supplier;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Level1Fields;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;

/** Level 1 of a report and the language it is written in. */
class Level1Form extends Level1Fields {

    private long version;

    private String language;

    static Level1Form of(long version, String language, Level1Profile profile) {
        var form = new Level1Form();
        form.version = version;
        form.language = language;
        form.fill(profile);
        return form;
    }

    /** Each part is checked on its own, so that an error can be shown next to the field it concerns. */
    Level1Profile profile(FormErrors errors) {
        part(errors, "focalPoint", this::focalPoint);
        part(errors, "political", this::politicalResponsibility);
        part(errors, "contact", this::publicContact);
        part(
                errors,
                "",
                () -> new Level1Profile(
                        null, null, getCoordinationStructure(), getNetworksAndMemberships(), null, getDescription()));
        return errors.isEmpty() ? profile() : null;
    }

    private static void part(FormErrors errors, String prefix, Supplier<?> build) {
        try {
            build.get();
        } catch (RuleViolationException violation) {
            var key = violation.messageKey();
            String field = null;
            if (key.equals("city.error.too-long") && violation.arguments()[0] instanceof String name) {
                field = prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            } else if (key.equals("city.error.email")) {
                field = prefix + "Email";
            } else if (key.equals("city.error.phone")) {
                field = prefix + "Phone";
            } else if (key.equals("city.error.website")) {
                field = prefix + "Website";
            }
            errors.add(violation, field);
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
