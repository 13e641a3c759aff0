package org.equicity.indicator.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.disclosure.Disclosure;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An indicator as the public reads it: its approved (locked) periods after disclosure control, the chart with the
 * suppressed cells marked, the table beside it, the legend of the markers and the CSV download.
 */
@Controller
class PublicIndicatorPages {

    private final Indicators indicators;
    private final Cities cities;
    private final Translations translations;
    private final MessageSource messages;
    private final Disclosure disclosure;

    PublicIndicatorPages(
            Indicators indicators,
            Cities cities,
            Translations translations,
            MessageSource messages,
            Disclosure disclosure) {
        this.indicators = indicators;
        this.cities = cities;
        this.translations = translations;
        this.messages = messages;
        this.disclosure = disclosure;
    }

    @GetMapping("/cities/{citySlug}/indicators/{indicatorId}")
    String show(
            @PathVariable String citySlug,
            @PathVariable UUID indicatorId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var city = city(citySlug);
        var view = load(city, indicatorId);
        var texts = texts(view, locale, originals);
        model.addAttribute("city", city);
        model.addAttribute("view", view);
        model.addAttribute("texts", texts);
        model.addAttribute(
                "display", FigureTables.of(view, texts.text("indicator", indicatorId, "name"), locale, messages));
        return "indicator/public";
    }

    @GetMapping("/cities/{citySlug}/indicators/{indicatorId}/figures.csv")
    ResponseEntity<byte[]> csv(@PathVariable String citySlug, @PathVariable UUID indicatorId, Locale locale) {
        var view = load(city(citySlug), indicatorId);
        var name = messages.getMessage("indicator.export.file", null, locale) + "-" + indicatorId + ".csv";
        var legend = disclosure.legend(FigureTables.legend(view), locale);
        return FigureSheets.download(FigureSheets.csv(view.periods(), legend, locale), FigureSheets.CSV, name);
    }

    private CitySummary city(String slug) {
        return cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }

    private IndicatorView load(CitySummary city, UUID indicatorId) {
        var view = indicators.published(new IndicatorId(indicatorId));
        if (!view.city().equals(city.id())) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        return view;
    }

    static PageTexts texts(Translations translations, IndicatorView view, Locale locale, boolean originals) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", view.definition().name());
        fields.put("definition", view.definition().definition());
        return translations.forReader(FieldRef.of("indicator", view.id().value(), fields), locale, originals);
    }

    private PageTexts texts(IndicatorView view, Locale locale, boolean originals) {
        return texts(translations, view, locale, originals);
    }
}
