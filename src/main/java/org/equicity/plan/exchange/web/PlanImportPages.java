package org.equicity.plan.exchange.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.exchange.PlanExchange;
import org.equicity.plan.exchange.PlanExchange.ImportId;
import org.equicity.plan.exchange.PlanExchange.ImportPreview;
import org.equicity.plan.exchange.PlanExchange.RowOutcome;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing actions from a spreadsheet: the documented template, the upload, a preview with every row's problems,
 * and the coordinator's confirmation, which is the only step that changes the plan. For the city's coordinators.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans/{planId}/import")
class PlanImportPages {

    private final Plans plans;
    private final PlanExchange exchange;
    private final Cities cities;
    private final MessageSource messages;
    private final PageForms forms;

    PlanImportPages(Plans plans, PlanExchange exchange, Cities cities, MessageSource messages, PageForms forms) {
        this.plans = plans;
        this.exchange = exchange;
        this.cities = cities;
        this.messages = messages;
        this.forms = forms;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!plans.canWrite(city.id())) {
            throw new AccessDeniedException("Imports are for the city's coordinators");
        }
        return city;
    }

    @GetMapping
    String upload(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            Locale locale,
            Model model) {
        return uploadPage(view, null, locale, model);
    }

    @PostMapping
    String preview(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("plan.exchange.error.no-file");
            }
            if (file.getSize() > PlanExchange.MAX_FILE_BYTES) {
                throw new RuleViolationException(
                        "plan.exchange.error.too-large", PlanExchange.MAX_FILE_BYTES / 1024 / 1024);
            }
            var preview = exchange.preview(view.id(), file.getOriginalFilename(), file.getBytes(), locale);
            return "redirect:" + base(city, view) + "/" + preview.id().value();
        } catch (RuleViolationException violation) {
            return uploadPage(view, violation, locale, model);
        } catch (IOException unreadable) {
            return uploadPage(view, new RuleViolationException("plan.exchange.error.not-spreadsheet"), locale, model);
        }
    }

    @GetMapping("/{importId}")
    String showPreview(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID importId,
            Locale locale,
            Model model) {
        try {
            return previewPage(view, exchange.preview(view.id(), new ImportId(importId), locale), locale, model);
        } catch (RuleViolationException violation) {
            return uploadPage(view, violation, locale, model);
        }
    }

    @PostMapping("/{importId}")
    String confirm(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID importId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            exchange.confirm(view.id(), new ImportId(importId), locale);
        } catch (RuleViolationException | ObjectOptimisticLockingFailureException changedMeanwhile) {
            // the plan changed since the preview (closed, or an action saved): show the preview as it is now
            redirect.addFlashAttribute(
                    "problem",
                    changedMeanwhile instanceof RuleViolationException violation
                            ? violation.messageKey()
                            : "plan.exchange.error.changed");
            return "redirect:" + base(city, view) + "/" + importId;
        }
        redirect.addFlashAttribute("notice", "plan.exchange.notice.imported");
        return "redirect:/manage/cities/" + city.slug() + "/plans/" + view.id().value();
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(
            @ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Locale locale) {
        var guide = ColumnGuide.of(view, locale, messages);
        return PlanExportApi.download(
                Spreadsheets.xlsx(List.of(), guide, locale, messages), Spreadsheets.XLSX, templateName(locale, "xlsx"));
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv(
            @ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Locale locale) {
        return PlanExportApi.download(
                Spreadsheets.csv(List.of(), locale), Spreadsheets.CSV, templateName(locale, "csv"));
    }

    private String templateName(Locale locale, String extension) {
        return messages.getMessage("plan.exchange.template.file", null, locale) + "." + extension;
    }

    private String uploadPage(PlanView view, RuleViolationException problem, Locale locale, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("guide", ColumnGuide.of(view, locale, messages));
        var errors = forms.errors(model);
        if (problem != null) {
            errors.add(problem, "file");
        }
        return "plan/import";
    }

    /** A problem as the preview lists it, in the reader's language. */
    record ProblemLine(int row, String column, String message) {}

    private String previewPage(PlanView view, ImportPreview preview, Locale locale, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("preview", preview);
        model.addAttribute(
                "problems",
                preview.problems().stream()
                        .map(problem -> new ProblemLine(
                                problem.row(),
                                problem.column() == null
                                        ? null
                                        : problem.column().header(),
                                messages.getMessage(
                                        problem.messageKey(), problem.args().toArray(), locale)))
                        .toList());
        model.addAttribute("outcomes", List.of(RowOutcome.values()));
        return "plan/import-preview";
    }

    private static String base(CitySummary city, PlanView view) {
        return "/manage/cities/" + city.slug() + "/plans/" + view.id().value() + "/import";
    }
}
