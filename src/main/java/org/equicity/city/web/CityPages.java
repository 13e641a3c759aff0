package org.equicity.city.web;

import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: which cities take part, and what each says about its work. */
@Controller
class CityPages {

    private final Cities cities;
    private final CityFormats formats;

    CityPages(Cities cities, CityFormats formats) {
        this.cities = cities;
        this.formats = formats;
    }

    @GetMapping("/cities")
    String list(@RequestParam(required = false) @Nullable String country, Model model, Locale locale) {
        var all = cities.all();
        var selected =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute(
                "cities",
                all.stream()
                        .filter(city -> selected == null || city.country().equals(selected))
                        .toList());
        model.addAttribute(
                "countries",
                formats.countries(all.stream().map(CitySummary::country).toList(), locale));
        model.addAttribute("country", selected);
        return "city/list";
    }
}
