package org.equicity.indicator.web;

import java.util.List;
import java.util.Map;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.OwnDimensions;
import org.equicity.indicator.OwnDimensions.OwnDimension;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's and a network's own breakdown dimensions: the list with the form to add one, and each dimension's form,
 * whose saving writes a new version where anything changed. The facade decides who keeps which (403 otherwise) and
 * a dimension of another city or network is not found here.
 */
@Controller
class DimensionPages {

    private static final String CITY = "/manage/cities/{citySlug}/indicators/dimensions";
    private static final String NETWORK = "/manage/networks/{slug}/indicator-dimensions";
    private static final Map<String, String> FORM_NAMES = Map.of("name", "name[en]");

    private final OwnDimensions dimensions;
    private final Indicators indicators;
    private final PageForms forms;

    DimensionPages(OwnDimensions dimensions, Indicators indicators, PageForms forms) {
        this.dimensions = dimensions;
        this.indicators = indicators;
        this.forms = forms;
    }

    @GetMapping(CITY)
    String cityList(CitySummary city, Model model) {
        forms.errors(model);
        // the city's other people read the dimensions; its coordinators keep them
        model.addAttribute("keeper", indicators.canDefine(city.id()));
        return list(dimensions.ofCity(city.id()), DimensionForm.blank(), cityBase(city), model);
    }

    @PostMapping(CITY)
    String addForCity(
            CitySummary city,
            @ModelAttribute("form") DimensionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                "indicator.notice.dimension-saved",
                () -> cityBase(city) + "/" + dimensions.addForCity(city.id(), form.code(), form.content()),
                conflict -> {
                    model.addAttribute("keeper", indicators.canDefine(city.id()));
                    return list(dimensions.ofCity(city.id()), form, cityBase(city), model);
                });
    }

    @GetMapping(CITY + "/{code}")
    String cityDimension(CitySummary city, @PathVariable String code, Model model) {
        var dimension = dimensions.dimension(code);
        requireKeptBy(dimension, city.id().equals(dimension.city()));
        forms.errors(model);
        return edit(dimension, DimensionForm.of(dimension), cityBase(city), model);
    }

    @PostMapping(CITY + "/{code}")
    String reviseForCity(
            CitySummary city,
            @PathVariable String code,
            @ModelAttribute("form") DimensionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var dimension = dimensions.dimension(code);
        requireKeptBy(dimension, city.id().equals(dimension.city()));
        return revise(dimension, form, binding, cityBase(city), model, redirect);
    }

    @GetMapping(NETWORK)
    String networkList(NetworkDetails network, Model model) {
        forms.errors(model);
        model.addAttribute("keeper", true);
        return list(dimensions.ofNetwork(network.id()), DimensionForm.blank(), networkBase(network), model);
    }

    @PostMapping(NETWORK)
    String addForNetwork(
            NetworkDetails network,
            @ModelAttribute("form") DimensionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                "indicator.notice.dimension-saved",
                () -> networkBase(network) + "/" + dimensions.addForNetwork(network.id(), form.code(), form.content()),
                conflict -> {
                    model.addAttribute("keeper", true);
                    return list(dimensions.ofNetwork(network.id()), form, networkBase(network), model);
                });
    }

    @GetMapping(NETWORK + "/{code}")
    String networkDimension(NetworkDetails network, @PathVariable String code, Model model) {
        var dimension = dimensions.dimension(code);
        requireKeptBy(dimension, network.id().equals(dimension.network()));
        forms.errors(model);
        return edit(dimension, DimensionForm.of(dimension), networkBase(network), model);
    }

    @PostMapping(NETWORK + "/{code}")
    String reviseForNetwork(
            NetworkDetails network,
            @PathVariable String code,
            @ModelAttribute("form") DimensionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var dimension = dimensions.dimension(code);
        requireKeptBy(dimension, network.id().equals(dimension.network()));
        return revise(dimension, form, binding, networkBase(network), model, redirect);
    }

    private String revise(
            OwnDimension dimension,
            DimensionForm form,
            BindingResult binding,
            String base,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                "indicator.notice.dimension-saved",
                () -> {
                    dimensions.revise(dimension.code(), form.version(), form.content());
                    return base + "/" + dimension.code();
                },
                conflict -> {
                    var stored = dimensions.dimension(dimension.code());
                    return edit(stored, conflict ? form.over(stored.rowVersion()) : form, base, model);
                });
    }

    private FormErrors errors(BindingResult binding, Model model) {
        return forms.errors(binding, model).naming(FORM_NAMES);
    }

    private static String list(List<OwnDimension> kept, DimensionForm form, String base, Model model) {
        model.addAttribute("dimensions", kept);
        model.addAttribute("form", form);
        model.addAttribute("base", base);
        model.addAttribute("languages", DimensionForm.LANGUAGES);
        return "indicator/dimensions";
    }

    private static String edit(OwnDimension dimension, DimensionForm form, String base, Model model) {
        model.addAttribute("dimension", dimension);
        model.addAttribute("form", form);
        model.addAttribute("base", base);
        model.addAttribute("languages", DimensionForm.LANGUAGES);
        return "indicator/dimension";
    }

    /** The dimension of another city or network does not exist under this one's address. */
    private static void requireKeptBy(OwnDimension dimension, boolean kept) {
        if (!kept) {
            throw new NotFoundException("Dimension", dimension.code());
        }
    }

    private static String cityBase(CitySummary city) {
        return "/manage/cities/" + city.slug() + "/indicators/dimensions";
    }

    private static String networkBase(NetworkDetails network) {
        return "/manage/networks/" + network.slug() + "/indicator-dimensions";
    }
}
