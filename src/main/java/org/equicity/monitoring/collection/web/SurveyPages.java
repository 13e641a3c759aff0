package org.equicity.monitoring.collection.web;

import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.DatasetView;
import org.equicity.monitoring.collection.DatasetId;
import org.equicity.monitoring.collection.StaffSurveys;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.web.SurveyForms.QuestionnaireForm;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coordinators' screens of an anonymous staff survey: the questionnaire, the links handed out in bulk, opening
 * and closing, the results after disclosure control, and the review of free texts once the survey is closed.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}/survey")
class SurveyPages {

    private final StaffSurveys surveys;
    private final DataCollection collection;
    private final Monitoring monitoring;
    private final PageForms forms;

    SurveyPages(StaffSurveys surveys, DataCollection collection, Monitoring monitoring, PageForms forms) {
        this.surveys = surveys;
        this.collection = collection;
        this.monitoring = monitoring;
        this.forms = forms;
    }

    @GetMapping
    String show(CitySummary city, @PathVariable UUID datasetId, Model model) {
        var dataset = load(city, datasetId);
        forms.errors(model);
        return page(dataset, null, model);
    }

    @PostMapping("/questionnaire")
    String write(
            CitySummary city,
            @PathVariable UUID datasetId,
            @ModelAttribute("form") QuestionnaireForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.questionnaire-saved",
                () -> {
                    surveys.writeQuestionnaire(dataset.id(), form.version(), form.written(), form.intro());
                    return path(city, dataset.id());
                },
                conflict -> page(
                        dataset,
                        conflict ? form.over(surveys.survey(dataset.id()).version()) : form,
                        model));
    }

    /** Shows the new links once: only their hashes are kept, so they cannot be shown again. */
    @PostMapping("/links")
    String issue(
            CitySummary city,
            @PathVariable UUID datasetId,
            @RequestParam(required = false) @Nullable Integer count,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var base = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/survey/")
                .toUriString();
        try {
            var tokens = surveys.issueTokens(dataset.id(), count == null ? 0 : count);
            model.addAttribute("count", tokens.size());
            model.addAttribute(
                    "links",
                    String.join("\n", tokens.stream().map(token -> base + token).toList()));
        } catch (RuleViolationException refused) {
            // shown on the survey's page as any refused button is
            return forms.act(
                    redirect,
                    path(city, dataset.id()),
                    "monitoring.collection.notice.links-issued",
                    "monitoring.collection.conflict",
                    () -> {
                        throw refused;
                    });
        }
        model.addAttribute("dataset", dataset);
        return "collection/survey-links";
    }

    @PostMapping("/opening")
    String open(CitySummary city, @PathVariable UUID datasetId, RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        return forms.act(
                redirect,
                path(city, dataset.id()),
                "monitoring.collection.notice.survey-opened",
                "monitoring.collection.conflict",
                () -> surveys.open(dataset.id()));
    }

    @PostMapping("/closing")
    String close(CitySummary city, @PathVariable UUID datasetId, RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        return forms.act(
                redirect,
                path(city, dataset.id()),
                "monitoring.collection.notice.survey-closed",
                "monitoring.collection.conflict",
                () -> surveys.close(dataset.id()));
    }

    @GetMapping("/results")
    String results(CitySummary city, @PathVariable UUID datasetId, Model model) {
        var dataset = load(city, datasetId);
        model.addAttribute("dataset", dataset);
        model.addAttribute("programme", monitoring.programme(dataset.programme()));
        model.addAttribute("results", surveys.results(dataset.id()));
        return "collection/survey-results";
    }

    @GetMapping("/review")
    String review(CitySummary city, @PathVariable UUID datasetId, Model model, RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        try {
            model.addAttribute("texts", surveys.textsToReview(dataset.id()));
        } catch (RuleViolationException notClosed) {
            // texts are reviewed once the survey is closed: the survey's page says so
            redirect.addFlashAttribute("problem", notClosed.messageKey());
            return "redirect:" + path(city, dataset.id());
        }
        model.addAttribute("dataset", dataset);
        return "collection/survey-review";
    }

    @PostMapping("/review/{textId}")
    String decide(
            CitySummary city,
            @PathVariable UUID datasetId,
            @PathVariable UUID textId,
            @RequestParam(defaultValue = "false") boolean release,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        return forms.act(
                redirect,
                path(city, dataset.id()) + "/review",
                release ? "monitoring.collection.notice.text-released" : "monitoring.collection.notice.text-withheld",
                "monitoring.collection.conflict",
                () -> surveys.review(dataset.id(), textId, release));
    }

    private String page(DatasetView dataset, @Nullable QuestionnaireForm typed, Model model) {
        var survey = surveys.survey(dataset.id());
        model.addAttribute("dataset", dataset);
        model.addAttribute("programme", monitoring.programme(dataset.programme()));
        model.addAttribute("survey", survey);
        model.addAttribute("form", typed != null ? typed : QuestionnaireForm.of(survey));
        model.addAttribute("questionKinds", Choices.named(QuestionKind.values()));
        model.addAttribute("maxLinks", StaffSurveys.MAX_TOKENS);
        return "collection/survey";
    }

    private DatasetView load(CitySummary city, UUID datasetId) {
        var dataset = collection.dataset(new DatasetId(datasetId));
        if (!dataset.city().equals(city.id()) || dataset.kind() != DatasetKind.SURVEY) {
            throw new NotFoundException("Survey", datasetId);
        }
        return dataset;
    }

    private static String path(CitySummary city, DatasetId dataset) {
        return CollectionPages.path(city, dataset) + "/survey";
    }
}
