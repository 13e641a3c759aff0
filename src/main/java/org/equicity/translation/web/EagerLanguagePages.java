package org.equicity.translation.web;

import java.util.List;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Languages;
import org.equicity.translation.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a network's secretariat chooses the languages its member cities' texts are translated into at once. */
@Controller
class EagerLanguagePages {

    private final Translations translations;
    private final Networks networks;

    EagerLanguagePages(Translations translations, Networks networks) {
        this.translations = translations;
        this.networks = networks;
    }

    @GetMapping("/manage/networks/{slug}/translations")
    String languages(NetworkDetails network, Model model) {
        if (!networks.canManage(network.id())) {
            throw new AccessDeniedException("Only the network's secretariat chooses its translations");
        }
        return page(network, translations.eagerLanguages(network.id()), model);
    }

    @PostMapping("/manage/networks/{slug}/translations")
    String choose(
            NetworkDetails network,
            @RequestParam(name = "languages", required = false) @Nullable List<String> languages,
            Model model,
            RedirectAttributes redirect) {
        var chosen = languages == null ? List.<String>of() : languages;
        try {
            translations.chooseEagerLanguages(network.id(), chosen);
        } catch (RuleViolationException unknown) {
            model.addAttribute("problem", unknown.messageKey());
            model.addAttribute("problemArguments", unknown.arguments());
            return page(network, chosen, model);
        }
        redirect.addFlashAttribute("notice", "translation.eager.saved");
        return "redirect:/manage/networks/" + network.slug() + "/translations";
    }

    private String page(NetworkDetails network, List<String> chosen, Model model) {
        model.addAttribute("network", network);
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "choices",
                Languages.choices(LocaleContextHolder.getLocale(), null).stream()
                        .filter(choice -> !Translations.ARCHIVE_LANGUAGE.equals(choice.code()))
                        .toList());
        return "translation/eager";
    }
}
