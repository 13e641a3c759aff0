package org.equicity.practice.web;

import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Examples from other cities for an item of a framework (a key factor of a benchmark), under the item's own address
 * in the framework catalogue. Public: designated practices and accepted reports only. Another page shows the same
 * lists with the fragment {@code practice/examples :: examples(practices, actions, texts, level)}.
 */
@Controller
class ExamplePages {

    private final ItemExamples examples;
    private final Cities cities;

    ExamplePages(ItemExamples examples, Cities cities) {
        this.examples = examples;
        this.cities = cities;
    }

    /** With {@code city}, the examples a city's self-assessment offers: that city's own work is left out. */
    @GetMapping("/frameworks/{id}/{version}/items/{code}/examples")
    String examples(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam(name = "city", required = false) String citySlug,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Model model,
            Locale locale) {
        var forCity = citySlug == null || citySlug.isBlank() ? null : cities.bySlug(citySlug.strip());
        var found = examples.find(id, version, code, forCity == null ? null : forCity.id(), locale, originals);
        model.addAttribute("framework", found.framework());
        model.addAttribute("frameworkName", found.framework().name().in(locale));
        model.addAttribute("item", found.item());
        model.addAttribute("label", found.item().label().in(locale));
        model.addAttribute("forCity", forCity);
        model.addAttribute("practices", found.practices());
        model.addAttribute("actions", found.actions());
        model.addAttribute("texts", found.texts());
        return "practice/examples";
    }
}
