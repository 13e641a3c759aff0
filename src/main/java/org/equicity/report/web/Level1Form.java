package org.equicity.report.web;

import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Level1Fields;
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

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    Level1Form over(long stored) {
        version = stored;
        return this;
    }

    Level1Profile profile(FormErrors errors) {
        check((field, violation) -> errors.add(violation, field));
        return errors.isEmpty() ? profile() : null;
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
