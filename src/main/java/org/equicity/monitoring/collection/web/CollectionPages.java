package org.equicity.monitoring.collection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.DatasetView;
import org.equicity.monitoring.collection.DatasetId;
import org.equicity.monitoring.collection.web.CollectionForms.ConversationForm;
import org.equicity.monitoring.collection.web.CollectionForms.DatasetForm;
import org.equicity.monitoring.collection.web.CollectionForms.FeedForm;
import org.equicity.monitoring.collection.web.CollectionForms.IncidentForm;
import org.equicity.monitoring.collection.web.CollectionForms.StaffForm;
import org.equicity.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's data collection: its datasets with what data protection asks of them, and a screen per method —
 * round tables and interviews, staff diversity figures, incident records (the survey has {@link SurveyPages}).
 */
@Controller
class CollectionPages {

    private final DataCollection collection;
    private final Monitoring monitoring;
    private final CollectionLabels labels;
    private final PageForms forms;
    private final Clock clock;

    CollectionPages(
            DataCollection collection, Monitoring monitoring, CollectionLabels labels, PageForms forms, Clock clock) {
        this.collection = collection;
        this.monitoring = monitoring;
        this.labels = labels;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/data")
    String overview(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        forms.errors(model);
        return overview(city, programme(city, programmeId), DatasetForm.blank(), locale, model);
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/data")
    String open(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("form") DatasetForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.opened",
                () -> {
                    var dataset = form.dataset();
                    var opened = path(city, collection.open(programme, dataset));
                    return dataset.kind() == DatasetKind.SURVEY ? opened + "/survey" : opened;
                },
                conflict -> overview(city, programme, form, locale, model));
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}")
    String dataset(
            CitySummary city,
            @PathVariable UUID datasetId,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale,
            Model model) {
        var dataset = load(city, datasetId);
        if (dataset.kind() == DatasetKind.SURVEY) {
            return "redirect:" + path(city, dataset.id()) + "/survey";
        }
        forms.errors(model);
        return page(city, dataset, year, null, locale, model);
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}/conversations")
    String recordConversation(
            CitySummary city,
            @PathVariable UUID datasetId,
            @ModelAttribute("conversationForm") ConversationForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.conversation-recorded",
                () -> {
                    collection.recordConversation(dataset.id(), form.conversation());
                    return path(city, dataset.id());
                },
                conflict -> page(city, dataset, null, form, locale, model));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}/staff")
    String recordStaff(
            CitySummary city,
            @PathVariable UUID datasetId,
            @ModelAttribute("staffForm") StaffForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.staff-recorded",
                () -> {
                    var year = CollectionForms.required(form.year(), "year");
                    collection.recordStaffFigures(dataset.id(), year, form.counts());
                    return path(city, dataset.id()) + "?year=" + year;
                },
                conflict -> page(city, dataset, form.year(), form, locale, model));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}/incidents")
    String recordIncident(
            CitySummary city,
            @PathVariable UUID datasetId,
            @ModelAttribute("incidentForm") IncidentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.incident-recorded",
                () -> {
                    collection.recordIncident(dataset.id(), form.entry());
                    return path(city, dataset.id());
                },
                conflict -> page(city, dataset, null, form, locale, model));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/data/{datasetId}/indicator")
    String feedIndicator(
            CitySummary city,
            @PathVariable UUID datasetId,
            @ModelAttribute("feedForm") FeedForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var dataset = load(city, datasetId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.collection.notice.indicator-fed",
                () -> {
                    collection.feedIndicator(
                            dataset.id(),
                            new IndicatorId(CollectionForms.required(form.indicator(), "indicator")),
                            CollectionForms.required(form.year(), "year"));
                    return path(city, dataset.id());
                },
                conflict -> page(city, dataset, form.year(), form, locale, model));
    }

    private String overview(CitySummary city, ProgrammeId programme, DatasetForm form, Locale locale, Model model) {
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("datasets", collection.datasets(programme));
        model.addAttribute("manageable", collection.canManage(city.id()));
        model.addAttribute("form", form);
        model.addAttribute("datasetKinds", Choices.named(DatasetKind.values()));
        model.addAttribute("audiences", Choices.named(Audience.values()));
        model.addAttribute("dimensions", labels.dimensions(city.id(), locale));
        return "collection/overview";
    }

    /** The dataset's screen by its kind; {@code typed} is the form shown again with its errors. */
    private String page(
            CitySummary city,
            DatasetView dataset,
            @Nullable Integer year,
            @Nullable Object typed,
            Locale locale,
            Model model) {
        model.addAttribute("dataset", dataset);
        model.addAttribute("programme", monitoring.programme(dataset.programme()));
        labels.addTo(model, locale);
        var today = LocalDate.now(clock);
        // staff figures of the latest year recorded (or last year's, to be entered); incidents of this year so far
        var shownYear = year != null
                ? year
                : dataset.kind() == DatasetKind.INCIDENTS
                        ? today.getYear()
                        : dataset.staffYears().stream().findFirst().orElse(today.getYear() - 1);
        model.addAttribute("year", shownYear);
        switch (dataset.kind()) {
            case CONVERSATIONS -> {
                var groups = new ArrayList<>(
                        labels.of(Monitoring.ACTOR_GROUPS, locale).keySet());
                model.addAttribute(
                        "conversationForm",
                        typed instanceof ConversationForm form ? form : ConversationForm.blank(today, groups));
                model.addAttribute("conversationKinds", Choices.named(ConversationKind.values()));
            }
            case STAFF_DIVERSITY -> staff(city, dataset, shownYear, typed, locale, model);
            case INCIDENTS -> incidents(city, dataset, shownYear, typed, today, locale, model);
            case SURVEY -> throw new NotFoundException("Dataset", dataset.id().value());
        }
        return "collection/" + dataset.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void staff(
            CitySummary city, DatasetView dataset, int year, @Nullable Object typed, Locale locale, Model model) {
        model.addAttribute("staffForm", typed instanceof StaffForm form ? form : StaffForm.blank(year));
        var departments = labels.departments(city.id());
        var dimension = dataset.dimension() == null ? "" : dataset.dimension();
        var categories = labels.categories(city.id(), dimension, locale);
        model.addAttribute("departments", departments);
        model.addAttribute("categories", categories);
        var staffLabels = new HashMap<String, String>(departments);
        staffLabels.putAll(categories);
        model.addAttribute("staffLabels", staffLabels);
        model.addAttribute("table", dataset.staffYears().isEmpty() ? null : collection.staffTable(dataset.id(), year));
    }

    private void incidents(
            CitySummary city,
            DatasetView dataset,
            int year,
            @Nullable Object typed,
            LocalDate today,
            Locale locale,
            Model model) {
        model.addAttribute(
                "incidentForm", typed instanceof IncidentForm form ? form : IncidentForm.blank(YearMonth.from(today)));
        model.addAttribute("feedForm", typed instanceof FeedForm form ? form : new FeedForm(null, year));
        model.addAttribute(
                "indicators",
                Choices.of(
                        monitoring.indicatorChoices(city.id()),
                        choice -> choice.id().value().toString(),
                        Monitoring.IndicatorChoice::name));
        model.addAttribute("tables", collection.incidentTables(dataset.id(), year));
        var incidentLabels = new HashMap<String, String>(labels.of(DataCollection.GROUNDS, locale));
        dataset.districts().forEach(district -> incidentLabels.put(district, district));
        model.addAttribute("incidentLabels", incidentLabels);
        model.addAttribute("districts", Choices.of(dataset.districts(), district -> district, district -> district));
    }

    private ProgrammeId programme(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme.id();
    }

    private DatasetView load(CitySummary city, UUID datasetId) {
        var dataset = collection.dataset(new DatasetId(datasetId));
        if (!dataset.city().equals(city.id())) {
            throw new NotFoundException("Dataset", datasetId);
        }
        return dataset;
    }

    static String path(CitySummary city, DatasetId dataset) {
        return "/manage/cities/" + city.slug() + "/monitoring/data/" + dataset.value();
    }
}
