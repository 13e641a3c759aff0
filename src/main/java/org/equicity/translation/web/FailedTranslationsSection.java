package org.equicity.translation.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.translation.Languages;
import org.equicity.translation.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** On an administrator's work list: the translation jobs that gave up, to run again from the jobs page. */
@Component
class FailedTranslationsSection implements WorkListSection {

    /** Enough to see that something is wrong; the jobs page lists them all. */
    private static final int SHOWN = 10;

    private final Translations translations;

    FailedTranslationsSection(Translations translations) {
        this.translations = translations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        if (!reader.holds(Role.PLATFORM_ADMIN)) {
            return Optional.empty();
        }
        // languages by their names in the reader's language ("Italienisch"), not their codes
        var locale = LocaleContextHolder.getLocale();
        var entries = translations.jobs().stream()
                .filter(job -> job.state() == Translations.JobState.FAILED)
                .limit(SHOWN)
                .map(job -> new Entry(
                        "/admin/translations",
                        "site.me.translations.entry",
                        List.of(
                                job.sourceLanguage() == null ? "?" : Languages.name(job.sourceLanguage(), locale),
                                Languages.name(job.targetLanguage(), locale),
                                job.createdAt().atOffset(ZoneOffset.UTC).toLocalDate()),
                        job.lastError(),
                        null,
                        List.of(),
                        true))
                .toList();
        return Optional.of(new Section("site.me.translations.heading", "site.me.translations.none", entries));
    }
}
