package org.equicity.city.web;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Country and language names in the reader's language, for the pages ({@code @cityFormats} in templates): codes
 * are stored, names are what people read.
 */
@Component("cityFormats")
class CityFormats {

    record Option(String code, String name) {}

    public String countryName(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public String languageName(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        var name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    public List<Option> countries(Locale locale) {
        return sorted(
                Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, countryName(code, locale))),
                locale);
    }

    public List<Option> countries(List<String> codes, Locale locale) {
        return sorted(codes.stream().distinct().map(code -> new Option(code, countryName(code, locale))), locale);
    }

    public List<Option> languages(Locale locale) {
        return sorted(
                Arrays.stream(Locale.getISOLanguages()).map(code -> new Option(code, languageName(code, locale))),
                locale);
    }

    public String languageNames(List<String> codes, Locale locale) {
        return String.join(
                ", ", codes.stream().map(code -> languageName(code, locale)).toList());
    }

    /** A value as history recorded it, with codes turned into names. */
    public String historyValue(String field, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "country" -> countryName(value, locale);
            case "officialLanguages" -> languageNames(List.of(value.split(",")), locale);
            default -> value;
        };
    }

    public String when(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(instant)
                + " UTC";
    }

    private static List<Option> sorted(java.util.stream.Stream<Option> options, Locale locale) {
        var collator = Collator.getInstance(locale);
        return options.sorted(Comparator.comparing(Option::name, collator)).toList();
    }
}
