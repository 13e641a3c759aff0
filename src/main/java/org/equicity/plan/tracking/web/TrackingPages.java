package org.equicity.plan.tracking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.plan.tracking.PlanTracking.MeetingId;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateId;
import org.equicity.plan.tracking.TrackingTexts;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.LanguageChoice;
import org.equicity.translation.Languages;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's pages for a plan's coverage and implementation: the coverage matrices, progress, the coordinator's
 * "needs attention" list, the meetings, and each action's progress updates. Only the city's people see them; the
 * facade decides who may post what. Texts are read in the reader's language where a translation exists.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans/{planId}")
class TrackingPages {

    private final Plans plans;
    private final PlanTracking tracking;
    private final Cities cities;
    private final PageForms forms;
    private final Translations translations;
    private final UpdateFigures figures;
    private final Clock clock;

    TrackingPages(
            Plans plans,
            PlanTracking tracking,
            Cities cities,
            PageForms forms,
            Translations translations,
            UpdateFigures figures,
            Clock clock) {
        this.clock = clock;
        this.figures = figures;
        this.plans = plans;
        this.tracking = tracking;
        this.cities = cities;
        this.forms = forms;
        this.translations = translations;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!plans.canSeeDrafts(city.id())) {
            throw new AccessDeniedException("Plans are managed by the city's people");
        }
        return city;
    }

    @ModelAttribute("languageChoices")
    Map<String, String> languageChoices(
            @ModelAttribute(name = "city", binding = false) CitySummary city, Locale locale) {
        return Choices.of(Languages.choices(locale, city.mainLanguage()), LanguageChoice::code, LanguageChoice::name);
    }

    @GetMapping("/coverage")
    String coverage(PlanView plan, Locale locale, Model model) {
        model.addAttribute("coverage", tracking.coverage(plan.id(), locale));
        model.addAttribute("public", false);
        return "plan/coverage";
    }

    @GetMapping("/progress")
    String progress(
            PlanView plan,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        model.addAttribute("progress", tracking.progress(plan.id(), locale));
        model.addAttribute("texts", translations.forReader(PlanTexts.progressTitles(plan), locale, originals));
        model.addAttribute("public", false);
        return "plan/progress";
    }

    @GetMapping("/attention")
    String attention(PlanView plan, Model model) {
        model.addAttribute("attention", tracking.attention(plan.id(), LocalDate.now(clock)));
        return "plan/attention";
    }

    // Meetings

    @GetMapping("/meetings")
    String meetings(
            PlanView plan,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        forms.errors(model);
        return meetingsPage(
                plan, MeetingForm.blank(LocalDate.now(clock), plan.details().language()), locale, originals, model);
    }

    @PostMapping("/meetings")
    String recordMeeting(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView plan,
            @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "plan.notice.meeting-saved",
                () -> {
                    var meeting = tracking.recordMeeting(plan.id(), form.content());
                    warnLanguage(
                            redirect,
                            form.language(),
                            meetingPath(city, plan, meeting),
                            form.minutes(),
                            form.participants());
                    return path(city, plan) + "/meetings";
                },
                conflict -> meetingsPage(plan, form, locale, false, model));
    }

    @PostMapping("/meetings/{meetingId}/language")
    String changeMeetingLanguage(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView plan,
            @PathVariable UUID meetingId,
            @RequestParam(name = "language", required = false) String language,
            RedirectAttributes redirect) {
        var id = new MeetingId(meetingId);
        changeLanguage(() -> tracking.changeMeetingLanguage(plan.id(), id, language), redirect);
        return "redirect:" + meetingPath(city, plan, id);
    }

    private String meetingsPage(PlanView plan, MeetingForm form, Locale locale, boolean originals, Model model) {
        var meetings = tracking.meetings(plan.id());
        var texts = new LinkedHashMap<>(TrackingTexts.of(meetings));
        texts.put(PlanTexts.title(plan.id()), plan.details().title());
        model.addAttribute("meetings", meetings);
        model.addAttribute("texts", translations.forReader(texts, locale, originals));
        model.addAttribute("form", form);
        model.addAttribute("kinds", Choices.named(MeetingKind.values()));
        model.addAttribute(
                "actionTitles",
                Choices.of(
                        plan.actions(),
                        action -> action.id().value().toString(),
                        action -> action.content().title()));
        return "plan/meetings";
    }

    // One action's progress

    @GetMapping("/actions/{actionId}/progress")
    String action(
            PlanView plan,
            @PathVariable UUID actionId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var action = plan.action(new ActionId(actionId)).orElseThrow(() -> new NotFoundException("Action", actionId));
        var form = ProgressUpdateForm.blank(
                LocalDate.now(clock),
                action.content().status(),
                action.content().progress(),
                plan.details().language(),
                figures.fields(figures.due(plan.id(), action.id()), locale));
        forms.errors(model);
        return actionPage(plan, action.id(), form, locale, originals, model);
    }

    @PostMapping("/actions/{actionId}/progress")
    String postUpdate(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView plan,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ProgressUpdateForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var id = new ActionId(actionId);
        plan.action(id).orElseThrow(() -> new NotFoundException("Action", actionId));
        var errors = forms.errors(binding, model);
        var figureChanges = figures.changes(plan.id(), id, form.figures(), figures.due(plan.id(), id), errors);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.update-posted",
                () -> {
                    // the figures first: refused, they stop the update, which can then be posted with them again
                    figureChanges.forEach(Runnable::run);
                    var update = tracking.postUpdate(plan.id(), id, form.report());
                    warnLanguage(
                            redirect,
                            form.language(),
                            updatePath(city, plan, id, update),
                            form.narrative(),
                            form.challenges());
                    return path(city, plan) + "/actions/" + actionId + "/progress";
                },
                conflict -> actionPage(plan, id, form, locale, false, model));
    }

    @PostMapping("/actions/{actionId}/progress/{updateId}/language")
    String changeUpdateLanguage(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView plan,
            @PathVariable UUID actionId,
            @PathVariable UUID updateId,
            @RequestParam(name = "language", required = false) String language,
            RedirectAttributes redirect) {
        var action = new ActionId(actionId);
        plan.action(action).orElseThrow(() -> new NotFoundException("Action", actionId));
        var id = new ProgressUpdateId(updateId);
        changeLanguage(() -> tracking.changeUpdateLanguage(plan.id(), id, language), redirect);
        return "redirect:" + updatePath(city, plan, action, id);
    }

    private static void changeLanguage(Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "plan.notice.language-saved");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
    }

    @PostMapping("/actions/{actionId}/cadence")
    String changeCadence(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView plan,
            @PathVariable UUID actionId,
            @RequestParam(name = "months", required = false) Integer months,
            RedirectAttributes redirect) {
        var id = new ActionId(actionId);
        plan.action(id).orElseThrow(() -> new NotFoundException("Action", actionId));
        try {
            tracking.changeCadence(plan.id(), id, months == null ? 0 : months);
            redirect.addFlashAttribute("notice", "plan.notice.cadence-saved");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:" + path(city, plan) + "/actions/" + actionId + "/progress";
    }

    private String actionPage(
            PlanView plan, ActionId id, ProgressUpdateForm form, Locale locale, boolean originals, Model model) {
        var action = tracking.action(plan.id(), id, LocalDate.now(clock), locale);
        model.addAttribute("tracking", action);
        var texts = new LinkedHashMap<>(TrackingTexts.of(action));
        texts.put(PlanTexts.title(plan.id()), plan.details().title());
        model.addAttribute("texts", translations.forReader(texts, locale, originals));
        model.addAttribute("form", form);
        model.addAttribute("statuses", Choices.named(ActionStatus.values()));
        model.addAttribute("figures", figures.due(plan.id(), id));
        model.addAttribute("cellStatuses", CellStatus.values());
        return "plan/action-progress";
    }

    /**
     * After a save, warns (without undoing anything) when the texts read clearly like another language than the one
     * chosen for them, with a link to where the language of what was saved is corrected.
     */
    private void warnLanguage(RedirectAttributes redirect, String language, String changeHref, String... texts) {
        var text =
                String.join("\n", Arrays.stream(texts).filter(Objects::nonNull).toList());
        translations
                .languageWarning(text, language, changeHref)
                .ifPresent(warning -> redirect.addFlashAttribute("languageWarning", warning));
    }

    private static String updatePath(CitySummary city, PlanView plan, ActionId action, ProgressUpdateId update) {
        return path(city, plan) + "/actions/" + action.value() + "/progress#update-" + update.value();
    }

    private static String meetingPath(CitySummary city, PlanView plan, MeetingId meeting) {
        return path(city, plan) + "/meetings#meeting-" + meeting.value();
    }

    private static String path(CitySummary city, PlanView plan) {
        return "/manage/cities/" + city.slug() + "/plans/" + plan.id().value();
    }
}
