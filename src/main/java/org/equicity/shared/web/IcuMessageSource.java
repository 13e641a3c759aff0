package org.equicity.shared.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
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
     * Dates and times are formatted by the pages before they reach a message; one handed over as it is was shown
     * as {@code toString()} by {@code java.text}, and stays so (ICU would try to format it, and fails on an
     * {@code Instant}).
     */
    @Override
    protected Object[] resolveArguments(@Nullable Object @Nullable [] args, Locale locale) {
        var resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof TemporalAccessor temporal) {
                resolved[i] = temporal.toString();
            }
        }
        return resolved;
    }

    private record FormatKey(String pattern, Locale locale) {}
}
