package org.equicity.practice.web;

import java.util.UUID;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.ContributorId;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.Practices;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network secretariat's contributors of practices that are not cities: the list with the form to add one, and
 * the form to correct one. The facade decides who may write; the pages are the secretariat's only.
 */
@Controller
@RequestMapping("/manage/networks/{slug}/contributors")
class ContributorPages {

    private final Contributors contributors;
    private final Practices practices;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final PageForms forms;

    ContributorPages(
            Contributors contributors,
            Practices practices,
            Access access,
            PracticeVocabulary vocabulary,
            PageForms forms) {
        this.contributors = contributors;
        this.practices = practices;
        this.access = access;
        this.vocabulary = vocabulary;
        this.forms = forms;
    }

    /** Only the network's secretariat manages its contributors. */
    @ModelAttribute
    void managed(NetworkDetails network) {
        access.requireNetworkManagement(network.id());
    }

    @GetMapping
    String list(NetworkDetails network, Model model) {
        forms.errors(model);
        return list(network, ContributorForm.BLANK, model);
    }

    @PostMapping
    String add(
            NetworkDetails network,
            @ModelAttribute("form") ContributorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.contributors.added",
                () -> {
                    contributors.add(network.id(), form.details());
                    return listPath(network);
                },
                conflict -> list(network, form, model));
    }

    @GetMapping("/{id}/edit")
    String edit(NetworkDetails network, @PathVariable UUID id, Model model) {
        var contributor = ofNetwork(network, id);
        forms.errors(model);
        return edit(contributor, ContributorForm.of(contributor), model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            NetworkDetails network,
            @PathVariable UUID id,
            @ModelAttribute("form") ContributorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var contributor = ofNetwork(network, id);
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.contributors.saved",
                () -> {
                    contributors.revise(contributor.id(), form.version(), form.details());
                    return listPath(network);
                },
                // saving again from the conflict overwrites what is stored: the editor has seen it beside their own
                conflict -> edit(contributor, conflict ? form.over(contributor.version()) : form, model));
    }

    static String listPath(NetworkDetails network) {
        return "/manage/networks/" + network.slug() + "/contributors";
    }

    /** A contributor of another network is not found under this network's address. */
    private ContributorView ofNetwork(NetworkDetails network, UUID id) {
        var contributor = contributors.contributor(new ContributorId(id));
        if (!contributor.network().equals(network.id())) {
            throw new NotFoundException("Contributor", id);
        }
        return contributor;
    }

    private String list(NetworkDetails network, ContributorForm form, Model model) {
        model.addAttribute("contributors", contributors.ofNetwork(network.id()));
        model.addAttribute(
                "practices",
                practices.ofNetwork(network.id()).stream()
                        .filter(practice -> !practice.owner().isCity())
                        .toList());
        model.addAttribute("form", form);
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/contributors";
    }

    private String edit(ContributorView contributor, ContributorForm form, Model model) {
        model.addAttribute("contributor", contributor);
        model.addAttribute("form", form);
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/contributor-form";
    }
}
