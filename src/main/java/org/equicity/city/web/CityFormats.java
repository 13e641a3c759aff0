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
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.equicity.shared.web.Choices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Country and language names in the reader's language, for the pages ({@code @cityFormats} in templates): codes
 * are stored, names are what people read. The lists are choices for {@code forms :: select}: each code with its name,
 * in the order of the names.
 */
@Component("cityFormats")
class CityFormats {

    public String countryName(@Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    public String languageName(@Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        var name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    public Map<String, String> countries(Locale locale) {
        return countries(Arrays.asList(Locale.getISOCountries()), locale);
    }

    public Map<String, String> countries(List<String> codes, Locale locale) {
        return choices(codes.stream().distinct(), code -> countryName(code, locale), locale);
    }

    public Map<String, String> languages(Locale locale) {
        return choices(Arrays.stream(Locale.getISOLanguages()), code -> languageName(code, locale), locale);
    }

    public String languageNames(List<String> codes, Locale locale) {
        return String.join(
                ", ", codes.stream().map(code -> languageName(code, locale)).toList());
    }

    /** A value as history recorded it, with codes turned into names. */
    public @Nullable String historyValue(String field, @Nullable String value, Locale locale) {
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

    private static Map<String, String> choices(Stream<String> codes, UnaryOperator<String> name, Locale locale) {
        var collator = Collator.getInstance(locale);
        var named = codes.map(code -> Map.entry(code, name.apply(code)))
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .toList();
        return Choices.of(named, Map.Entry::getKey, Map.Entry::getValue);
    }
}
