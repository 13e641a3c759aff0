package org.equicity.city.web;

import jakarta.validation.Valid;
import org.equicity.city.Cities;
import org.equicity.people.Access;
import org.equicity.shared.RuleViolationException;
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

    CityAdministration(Cities cities, Access access) {
        this.cities = cities;
        this.access = access;
    }

    @GetMapping("/admin/cities")
    String list(Model model) {
        access.requirePlatformAdmin();
        if (!model.containsAttribute("cityForm")) {
            model.addAttribute("cityForm", CityForm.BLANK);
        }
        model.addAttribute("cities", cities.all());
        return "city/admin";
    }

    @PostMapping("/admin/cities")
    String create(
            @Valid @ModelAttribute("cityForm") CityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requirePlatformAdmin();
        if (!errors.hasErrors()) {
            try {
                var city = cities.create(form.command());
                redirect.addFlashAttribute("notice", "city.notice.created");
                redirect.addFlashAttribute("createdSlug", city.slug());
                return "redirect:/admin/cities";
            } catch (RuleViolationException broken) {
                var field = broken.messageKey().startsWith("city.error.slug")
                        ? "slug"
                        : broken.messageKey().equals("city.error.country") ? "country" : null;
                if (field == null) {
                    errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
                } else {
                    errors.rejectValue(field, broken.messageKey(), broken.arguments(), broken.messageKey());
                }
            }
        }
        return list(model);
    }
}
