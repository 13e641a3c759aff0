package org.equicity.indicator.web;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.disclosure.Disclosure;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.indicator.Period;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering an indicator's figures: a period's grid (the total and every category of its breakdowns, each with a
 * status), the import of a tidy spreadsheet with a preview of every row's problems, and the coordinators' locking and
 * unlocking of approved periods. The uploaded file travels with the preview form, so that what is confirmed is what
 * was previewed, checked again.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/indicators/{indicatorId}")
class FigurePages {

    private final Indicators indicators;
    private final Cities cities;
    private final MessageSource messages;
    private final Disclosure disclosure;
    private final PageForms forms;

    FigurePages(Indicators indicators, Cities cities, MessageSource messages, Disclosure disclosure, PageForms forms) {
        this.indicators = indicators;
        this.cities = cities;
        this.messages = messages;
        this.disclosure = disclosure;
        this.forms = forms;
    }

    @ModelAttribute("view")
    IndicatorView view(@PathVariable String citySlug, @PathVariable UUID indicatorId, Model model) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!indicators.canReadUnpublished(city.id())) {
            throw new org.springframework.security.access.AccessDeniedException("Figures are the city's own");
        }
        var view = indicators.indicator(new IndicatorId(indicatorId));
        if (!view.city().equals(city.id())) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        model.addAttribute("city", city);
        return view;
    }

    /** The period field of the indicator page: to its grid. */
    @GetMapping("/periods")
    String choosePeriod(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @RequestParam String period,
            RedirectAttributes redirect) {
        try {
            var chosen = periodOf(period);
            if (chosen.frequency() == view.definition().frequency()) {
                return "redirect:" + base(city, view) + "/periods/" + chosen;
            }
            redirect.addFlashAttribute("problem", "indicator.rule.frequency");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        redirect.addFlashAttribute("problemArguments", new Object[] {period});
        return "redirect:" + base(city, view);
    }

    @GetMapping("/periods/{period}")
    String grid(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @PathVariable String period,
            Locale locale,
            Model model) {
        var chosen = periodOf(period);
        forms.errors(model);
        return gridPage(view, chosen, GridForm.of(view, chosen, total(locale), locale), model);
    }

    @PostMapping("/periods/{period}")
    String record(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable String period,
            @ModelAttribute("form") GridForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var chosen = periodOf(period);
        var errors = forms.errors(binding, model);
        var entry = form.entry(chosen, errors);
        return forms.save(
                errors,
                model,
                redirect,
                "indicator.notice.recorded",
                () -> {
                    indicators.record(view.id(), entry);
                    return base(city, view);
                },
                conflict -> gridPage(view, chosen, form, model));
    }

    @PostMapping("/periods/{period}/lock")
    String lock(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable String period,
            RedirectAttributes redirect) {
        var chosen = periodOf(period);
        return forms.act(
                redirect,
                base(city, view),
                "indicator.notice.locked",
                "indicator.conflict.title",
                () -> indicators.lock(view.id(), chosen));
    }

    @PostMapping("/periods/{period}/unlock")
    String unlock(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable String period,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var chosen = periodOf(period);
        return forms.act(
                redirect,
                base(city, view),
                "indicator.notice.unlocked",
                "indicator.conflict.title",
                () -> indicators.unlock(view.id(), chosen, reason));
    }

    @GetMapping("/import")
    String upload(@ModelAttribute(name = "view", binding = false) IndicatorView view, Model model) {
        requireRecordable(view);
        forms.errors(model);
        return "indicator/import";
    }

    @PostMapping("/import")
    String preview(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model) {
        try {
            var content = file == null ? new byte[0] : file.getBytes();
            var name = file == null ? null : file.getOriginalFilename();
            var preview = indicators.previewImport(view.id(), name, content);
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", name);
            model.addAttribute("upload", Base64.getEncoder().encodeToString(content));
            model.addAttribute(
                    "problems",
                    preview.problems().stream()
                            .map(problem -> new ProblemLine(
                                    problem.row(),
                                    problem.column(),
                                    messages.getMessage(
                                            problem.messageKey(),
                                            problem.arguments().toArray(),
                                            locale)))
                            .toList());
            return "indicator/import-preview";
        } catch (RuleViolationException violation) {
            forms.errors(model).add(violation, "file");
        } catch (IOException unreadable) {
            forms.errors(model).add("file", "indicator.import.unreadable");
        }
        return "indicator/import";
    }

    /** A problem as the preview lists it, in the reader's language. */
    record ProblemLine(int row, String column, String message) {}

    @PostMapping("/import/confirm")
    String confirm(
            @ModelAttribute(name = "view", binding = false) IndicatorView view,
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String content,
            RedirectAttributes redirect) {
        try {
            byte[] bytes = content == null ? new byte[0] : Base64.getDecoder().decode(content);
            indicators.importFile(view.id(), fileName, bytes);
            redirect.addFlashAttribute("notice", "indicator.notice.imported");
        } catch (IllegalArgumentException notBase64) {
            redirect.addFlashAttribute("problem", "indicator.import.unreadable");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
            redirect.addFlashAttribute("problemArguments", violation.arguments());
        }
        return "redirect:" + base(city, view);
    }

    /** The city's own figures, unsuppressed: the file name says they are not for publication. */
    @GetMapping("/figures.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute(name = "view", binding = false) IndicatorView view, Locale locale) {
        return FigureSheets.download(
                FigureSheets.csv(view.periods(), legend(view, locale), locale),
                FigureSheets.CSV,
                fileName(view, locale, "csv"));
    }

    @GetMapping("/figures.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute(name = "view", binding = false) IndicatorView view, Locale locale) {
        return FigureSheets.download(
                FigureSheets.xlsx(view.periods(), legend(view, locale)),
                FigureSheets.XLSX,
                fileName(view, locale, "xlsx"));
    }

    private List<String> legend(IndicatorView view, Locale locale) {
        return disclosure.legend(FigureTables.legend(view), locale);
    }

    private String fileName(IndicatorView view, Locale locale, String extension) {
        return messages.getMessage("indicator.export.unpublished-file", null, locale) + "-"
                + view.id().value() + "." + extension;
    }

    private String gridPage(IndicatorView view, Period period, GridForm form, Model model) {
        requireRecordable(view);
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        model.addAttribute("statuses", List.of(CellStatus.values()));
        model.addAttribute("locked", view.lockedPeriods().contains(period));
        return "indicator/grid";
    }

    private static void requireRecordable(IndicatorView view) {
        if (!view.recordable()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Figures are recorded by the responsible department or the coordinators");
        }
    }

    /** A period in an address that is none is a page that does not exist. */
    private static Period periodOf(String text) {
        try {
            return Period.parse(text);
        } catch (RuleViolationException notAPeriod) {
            throw new NotFoundException("Period", text);
        }
    }

    private String total(Locale locale) {
        return messages.getMessage("indicator.total", null, locale);
    }

    static String base(CitySummary city, IndicatorView view) {
        return "/manage/cities/" + city.slug() + "/indicators/" + view.id().value();
    }
}
