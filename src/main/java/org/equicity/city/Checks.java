package org.equicity.city;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/** The rules every typed value of a city obeys, shared by the value objects so that each states them once. */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private Checks() {}

    private static final TextRules TEXTS = new TextRules("city.error.name-required", "city.error.too-long");

    /** Strips the text and stores blank as absent. */
    static String text(String value, int maxLength, String field) {
        return TEXTS.optional(value, maxLength, field);
    }

    static String email(String value) {
        var email = text(value, 320, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolationException("city.error.email", email);
        }
        return email;
    }

    static String phone(String value) {
        var phone = text(value, 50, "phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolationException("city.error.phone", phone);
        }
        return phone;
    }

    static String website(String value) {
        var website = text(value, 500, "website");
        if (website == null) {
            return null;
        }
        try {
            var uri = new URI(website);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException malformed) {
            // reported below like any other address that is not a web address
        }
        throw new RuleViolationException("city.error.website", website);
    }

    static String country(String value) {
        var code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw RuleViolationException.about("country", "city.error.country", value);
        }
        return code;
    }

    static String language(String value) {
        var code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new RuleViolationException("city.error.language", value);
        }
        return code;
    }

    static Long population(Long value) {
        if (value != null && value < 0) {
            throw new RuleViolationException("city.error.population");
        }
        return value;
    }

    static String name(String value, String field) {
        return TEXTS.required(value, 200, field);
    }
}
