package org.equicity.practice.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.practice.CallId;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallView;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A member city's calls for practices: the open calls of its networks, and each call with the city's answers and the
 * two ways its coordinator answers, with a new practice or one the city already submitted to the network.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/calls")
class CityCallPages {

    private final PracticeCalls calls;
    private final Practices practices;
    private final Networks networks;
    private final PracticeVocabulary vocabulary;
    private final PageForms forms;

    CityCallPages(
            PracticeCalls calls,
            Practices practices,
            Networks networks,
            PracticeVocabulary vocabulary,
            PageForms forms) {
        this.calls = calls;
        this.networks = networks;
        this.practices = practices;
        this.vocabulary = vocabulary;
        this.forms = forms;
    }

    @GetMapping
    String list(CitySummary city, Model model) {
        model.addAttribute("calls", calls.openFor(city.id()));
        return "practice/city-calls";
    }

    @GetMapping("/{id}")
    String call(CitySummary city, @PathVariable UUID id, Model model) {
        var call = ofCity(city, id);
        forms.errors(model);
        var form = new CallAnswerForm(
                city.mainLanguage(),
                null,
                null,
                null,
                null,
                null,
                null,
                call.summary().details().fieldsOfAction());
        return page(city, call, form, model);
    }

    @PostMapping("/{id}/answer")
    String answer(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("form") CallAnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var call = ofCity(city, id);
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.call.answered",
                () -> {
                    calls.answer(call.summary().id(), city.id(), form.content());
                    return path(city, call);
                },
                conflict -> page(city, call, form, model));
    }

    @PostMapping("/{id}/answer-with")
    String answerWith(
            CitySummary city, @PathVariable UUID id, @RequestParam UUID practice, RedirectAttributes redirect) {
        var call = ofCity(city, id);
        if (!submitted(city, call).containsKey(practice.toString())) {
            throw new NotFoundException("Practice", practice);
        }
        return forms.act(
                redirect,
                path(city, call),
                "practice.call.answered",
                "practice.conflict.title",
                () -> calls.answerWith(call.summary().id(), city.id(), new PracticeId(practice)));
    }

    private static String path(CitySummary city, CallView call) {
        return "/manage/cities/" + city.slug() + "/calls/" + call.summary().id().value();
    }

    /** A call of a network the city is not a member of is not found under the city's address. */
    private CallView ofCity(CitySummary city, UUID id) {
        CallView call;
        try {
            call = calls.call(new CallId(id));
        } catch (AccessDeniedException hidden) {
            throw new NotFoundException("Call", id);
        }
        var memberOf = networks.membershipsOf(city.id()).stream()
                .anyMatch(membership -> membership.isCurrent()
                        && membership.network().equals(call.summary().network()));
        if (!memberOf) {
            throw new NotFoundException("Call", id);
        }
        return call;
    }

    /** The city's practices in the call's network, id → title, that it may give as its answer. */
    private Map<String, String> submitted(CitySummary city, CallView call) {
        var choices = new LinkedHashMap<String, String>();
        practices.ofCity(city.id()).stream()
                .filter(practice -> practice.network().equals(call.summary().network()))
                .forEach(practice -> choices.put(practice.id().value().toString(), practice.title()));
        return choices;
    }

    private String page(CitySummary city, CallView call, CallAnswerForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("mayAnswer", call.mayAnswer().contains(city.id()));
        model.addAttribute("submitted", submitted(city, call));
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/city-call";
    }
}
