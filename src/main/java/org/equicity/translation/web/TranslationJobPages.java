package org.equicity.translation.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's view of the translation queue, where stopped jobs can be run again. */
@Controller
class TranslationJobPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.MEDIUM)
            .withZone(ZoneOffset.UTC);

    private final Translations translations;

    /** A job as the table shows it; times in UTC, as administrators compare them with server logs, written the reader's way. */
    record Row(Translations.Job job, String nextAttempt) {}

    TranslationJobPages(Translations translations) {
        this.translations = translations;
    }

    @GetMapping("/admin/translations")
    String jobs(Locale locale, Model model) {
        var time = TIME.withLocale(locale);
        model.addAttribute(
                "jobs",
                translations.jobs().stream()
                        .map(job -> new Row(job, time.format(job.nextAttemptAt())))
                        .toList());
        return "translation/jobs";
    }

    @PostMapping("/admin/translations/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            translations.retry(id);
            redirect.addFlashAttribute("notice", "translation.admin.retried");
        } catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", ex.messageKey());
        } catch (NotFoundException ex) {
            redirect.addFlashAttribute("problem", "translation.admin.gone");
        }
        return "redirect:/admin/translations";
    }
}
