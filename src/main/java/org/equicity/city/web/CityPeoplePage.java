package org.equicity.city.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.people.People;
import org.equicity.people.People.Invite;
import org.equicity.shared.PersonId;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people of a city: who holds which role, inviting someone to a role and taking a role away. */
@Controller
class CityPeoplePage {

    private final Cities cities;
    private final People people;
    private final PageForms forms;

    CityPeoplePage(Cities cities, People people, PageForms forms) {
        this.cities = cities;
        this.people = people;
        this.forms = forms;
    }

    @GetMapping("/manage/cities/{slug}/people")
    String show(CitySummary city, Model model, Locale locale) {
        forms.errors(model);
        model.addAttribute("invite", InviteForm.blank(locale.getLanguage()));
        return page(city, model);
    }

    private String page(CitySummary city, Model model) {
        // Listing the people requires managing the city (checked by the people module).
        cities.profileForEditing(city.id());
        model.addAttribute("city", city);
        model.addAttribute("manager", true);
        model.addAttribute("holders", people.inCity(city.id()));
        var departments = cities.departments(city.id());
        model.addAttribute(
                "departmentChoices",
                Choices.of(departments, department -> department.id().value().toString(), DepartmentSummary::name));
        Map<UUID, String> departmentNames = departments.stream()
                .collect(Collectors.toMap(department -> department.id().value(), DepartmentSummary::name));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("roles", Choices.named(CityRole.values()));
        return "city/people";
    }

    @PostMapping("/manage/cities/{slug}/people")
    String invite(
            CitySummary city,
            @Valid @ModelAttribute("invite") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "city.people.notice.invited",
                () -> {
                    // the form's constraint has refused an invitation without a role
                    var grant = Objects.requireNonNull(form.role()).grant(city.id(), form.department());
                    people.invite(new Invite(form.email(), form.displayName(), grant, form.language()));
                    return "/manage/cities/" + city.slug() + "/people";
                },
                conflict -> page(city, model));
    }

    @PostMapping("/manage/cities/{slug}/people/revoke")
    String revoke(
            CitySummary city,
            @RequestParam UUID person,
            @RequestParam CityRole role,
            @RequestParam(required = false) @Nullable UUID department,
            RedirectAttributes redirect) {
        return forms.act(
                redirect,
                "/manage/cities/" + city.slug() + "/people",
                "city.people.notice.revoked",
                null,
                () -> people.revoke(new PersonId(person), role.grant(city.id(), department)));
    }
}
