package org.equicity.city.web;

import jakarta.validation.Valid;
import org.equicity.city.Cities;
import org.equicity.people.Access;
import org.equicity.shared.web.PageForms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators list every city and create new ones. */
@Controller
class CityAdministration {

    private final Cities cities;
    private final Access access;
    private final PageForms forms;
    private final CityFormats formats;

    CityAdministration(Cities cities, Access access, PageForms forms, CityFormats formats) {
        this.cities = cities;
        this.access = access;
        this.forms = forms;
        this.formats = formats;
    }

    @GetMapping("/admin/cities")
    String list(Model model) {
        access.requirePlatformAdmin();
        forms.errors(model);
        model.addAttribute("cityForm", CityForm.BLANK);
        return page(model);
    }

    @PostMapping("/admin/cities")
    String create(
            @Valid @ModelAttribute("cityForm") CityForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requirePlatformAdmin();
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "city.notice.created",
                () -> {
                    var city = cities.create(form.command());
                    redirect.addFlashAttribute("createdSlug", city.slug());
                    return "/admin/cities";
                },
                conflict -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("cities", cities.all());
        model.addAttribute("countries", formats.countries(LocaleContextHolder.getLocale()));
        return "city/admin";
    }
}
