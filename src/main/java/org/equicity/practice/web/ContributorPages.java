package org.equicity.practice.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.ContributorId;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.Practices;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
@RequestMapping("/manage/networks/{networkSlug}/contributors")
class ContributorPages {

    private static final Set<String> FIELD_RULES =
            Set.of("practice.rule.required", "practice.rule.too-long", "practice.rule.country");

    private final Contributors contributors;
    private final Practices practices;
    private final Networks networks;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final MessageSource messages;

    ContributorPages(
            Contributors contributors,
            Practices practices,
            Networks networks,
            Access access,
            PracticeVocabulary vocabulary,
            MessageSource messages) {
        this.contributors = contributors;
        this.practices = practices;
        this.networks = networks;
        this.access = access;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @ModelAttribute("network")
    NetworkDetails network(@PathVariable String networkSlug) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network", networkSlug));
        access.requireNetworkManagement(network.id());
        return network;
    }

    @GetMapping
    String list(@ModelAttribute(name = "network", binding = false) NetworkDetails network, Model model) {
        return list(network, new ContributorForm(), errors(), model);
    }

    @PostMapping
    String add(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @ModelAttribute("form") ContributorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = errors().add(binding);
        if (errors.isEmpty()) {
            try {
                contributors.add(network.id(), form.details());
                redirect.addFlashAttribute("notice", "practice.contributors.added");
                return "redirect:/manage/networks/" + network.slug() + "/contributors";
            } catch (RuleViolationException invalid) {
                add(errors, invalid);
            }
        }
        return list(network, form, errors, model);
    }

    @GetMapping("/{id}/edit")
    String edit(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID id,
            Model model) {
        var contributor = ofNetwork(network, id);
        return edit(network, contributor, ContributorForm.of(contributor), errors(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID id,
            @ModelAttribute("form") ContributorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var contributor = ofNetwork(network, id);
        var errors = errors().add(binding);
        if (!errors.isEmpty()) {
            return edit(network, contributor, form, errors, model);
        }
        try {
            contributors.revise(contributor.id(), form.getVersion(), form.details());
        } catch (RuleViolationException invalid) {
            return edit(network, contributor, form, add(errors, invalid), model);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            model.addAttribute("conflict", true);
            form.setVersion(contributor.version());
            return edit(network, contributor, form, errors, model);
        }
        redirect.addFlashAttribute("notice", "practice.contributors.saved");
        return "redirect:/manage/networks/" + network.slug() + "/contributors";
    }

    /** A contributor of another network is not found under this network's address. */
    private ContributorView ofNetwork(NetworkDetails network, UUID id) {
        var contributor = contributors.contributor(new ContributorId(id));
        if (!contributor.network().equals(network.id())) {
            throw new NotFoundException("Contributor", id);
        }
        return contributor;
    }

    private String list(NetworkDetails network, ContributorForm form, FormErrors errors, Model model) {
        model.addAttribute("contributors", contributors.ofNetwork(network.id()));
        model.addAttribute(
                "practices",
                practices.ofNetwork(network.id()).stream()
                        .filter(practice -> !practice.owner().isCity())
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/contributors";
    }

    private String edit(
            NetworkDetails network, ContributorView contributor, ContributorForm form, FormErrors errors, Model model) {
        model.addAttribute("contributor", contributor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/contributor-form";
    }

    private static FormErrors add(FormErrors errors, RuleViolationException invalid) {
        return switch (invalid.messageKey()) {
            case "practice.rule.country" -> errors.add(invalid, "countries");
            case "practice.rule.contributor-exists" -> errors.add(invalid, "name");
            default -> errors.add(invalid, Map.of());
        };
    }

    private FormErrors errors() {
        return new FormErrors(messages, LocaleContextHolder.getLocale(), "practice.form.invalid", FIELD_RULES);
    }
}
