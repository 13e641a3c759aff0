package org.equicity.shared.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, with texts that take arguments formatted by ICU rather than {@code java.text}: a count is
 * written {@code {0, plural, one {# result} other {# results}}}, and ICU knows that Polish says "2 wyniki" but
 * "5 wyników" and which of its categories each number falls in, which {@code ChoiceFormat} cannot express.
 * Apostrophes keep their meaning: a doubled one is one apostrophe in both syntaxes.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected @Nullable String getMessageInternal(
            @Nullable String code, @Nullable Object @Nullable [] args, @Nullable Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        var language = locale == null ? Locale.getDefault() : locale;
        var pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            // not in the bundles: the parent source and the default message have their say as before
            return super.getMessageInternal(code, args, language);
        }
        var format = formats.computeIfAbsent(
                new FormatKey(pattern, language), key -> new MessageFormat(key.pattern(), ULocale.forLocale(language)));
        // a compiled format keeps state while it formats, so one thread at a time uses it
        synchronized (format) {
            return format.format(resolveArguments(args, language));
        }
    }

    /**
     * A date handed to a message is written in the reader's language ("7 dic 2026", "07.12.2026"), a moment with its
     * time in UTC; ICU itself knows only {@code java.util.Date}, and fails on an {@code Instant}.
     */
    @Override
    protected Object[] resolveArguments(@Nullable Object @Nullable [] args, Locale locale) {
        var resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof TemporalAccessor temporal) {
                resolved[i] = written(temporal, locale);
            }
        }
        return resolved;
    }

    private static String written(TemporalAccessor temporal, Locale locale) {
        if (temporal instanceof LocalDate date) {
            return DATE.withLocale(locale).format(date);
        }
        if (temporal instanceof Instant instant) {
            return MOMENT.withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
        }
        if (temporal instanceof LocalDateTime
                || temporal instanceof OffsetDateTime
                || temporal instanceof ZonedDateTime) {
            return MOMENT.withLocale(locale).format(temporal);
        }
        return temporal.toString();
    }

    private record FormatKey(String pattern, Locale locale) {}
}
