package org.equicity.city.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a city's coordinators keep the Level 1 profile and the departments up to date, and read the history. */
@Controller
class CityManagement {

    /** A field whose stored value differs from what the editor typed, shown after a conflict. */
    record ConflictRow(
            String field, @Nullable String stored, @Nullable String typed) {}

    /**
     * The rules name the parts of a profile (a focal point's position); where a part is the form's only field of that
     * name, its error is shown beside that field.
     */
    private static final Map<String, String> PROFILE_FIELDS = Map.of(
            "position", "focalPointPosition",
            "phone", "focalPointPhone",
            "office", "politicalOffice",
            "address", "contactAddress",
            "website", "contactWebsite");

    private final Cities cities;
    private final CityFormats formats;
    private final PageForms forms;

    CityManagement(Cities cities, CityFormats formats, PageForms forms) {
        this.cities = cities;
        this.formats = formats;
        this.forms = forms;
    }

    @GetMapping("/manage/cities/{slug}")
    String edit(CitySummary city, Model model) {
        var stored = cities.profileForEditing(city.id());
        forms.errors(model);
        model.addAttribute("profile", ProfileForm.of(stored));
        return profilePage(stored.city(), model);
    }

    @PostMapping("/manage/cities/{slug}")
    String save(
            CitySummary city,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model).naming(PROFILE_FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "city.notice.profile-saved",
                () -> {
                    cities.updateProfile(form.command(city.id()));
                    return "/manage/cities/" + city.slug();
                },
                conflict -> {
                    if (conflict) {
                        var stored = cities.profileForEditing(city.id());
                        model.addAttribute("differences", conflictRows(ProfileForm.of(stored), form, locale));
                        // Saving again from here deliberately overwrites what the other person saved.
                        model.addAttribute("profile", form.over(stored.version()));
                    }
                    return profilePage(city, model);
                });
    }

    private String profilePage(CitySummary city, Model model) {
        model.addAttribute("city", city);
        model.addAttribute("manager", true);
        return "city/manage-profile";
    }

    private List<ConflictRow> conflictRows(ProfileForm stored, ProfileForm typed, Locale locale) {
        var rows = new ArrayList<ConflictRow>();
        var typedValues = typed.values();
        stored.values().forEach((field, storedValue) -> {
            var typedValue = typedValues.get(field);
            if (!Objects.equals(blankToNull(storedValue), blankToNull(typedValue))) {
                rows.add(new ConflictRow(
                        field, readable(field, storedValue, locale), readable(field, typedValue, locale)));
            }
        });
        return rows;
    }

    private @Nullable String readable(String field, @Nullable String value, Locale locale) {
        if (value == null || !field.endsWith("Languages") && !field.equals("mainLanguage")) {
            return value;
        }
        return formats.languageNames(List.of(value.split(",\\s*")), locale);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/manage/cities/{slug}/departments")
    String departments(CitySummary city, Model model) {
        forms.errors(model);
        return departmentsPage(city, model);
    }

    private String departmentsPage(CitySummary city, Model model) {
        // The editing view is only for those who manage the city, so reading it is the access check.
        cities.profileForEditing(city.id());
        model.addAttribute("city", city);
        model.addAttribute("manager", true);
        model.addAttribute("departments", cities.departments(city.id()));
        return "city/departments";
    }

    @PostMapping("/manage/cities/{slug}/departments")
    String addDepartment(
            CitySummary city, @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        var errors = forms.errors(model).naming(Map.of("department", "department-name"));
        return forms.save(
                errors,
                model,
                redirect,
                "city.notice.department-added",
                () -> {
                    cities.addDepartment(city.id(), name);
                    return departmentsAddress(city);
                },
                conflict -> {
                    model.addAttribute("newName", name);
                    return departmentsPage(city, model);
                });
    }

    @PostMapping("/manage/cities/{slug}/departments/{department}/rename")
    String renameDepartment(
            CitySummary city,
            @PathVariable UUID department,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(model).naming(Map.of("department", "rename-" + department));
        return forms.save(
                errors,
                model,
                redirect,
                "city.notice.department-renamed",
                () -> {
                    cities.renameDepartment(city.id(), new DepartmentId(department), name);
                    return departmentsAddress(city);
                },
                conflict -> {
                    model.addAttribute("renamed", department);
                    model.addAttribute("renamedName", name);
                    return departmentsPage(city, model);
                });
    }

    /** A department someone is still the contact for stays, and the page says why beside the list. */
    @PostMapping("/manage/cities/{slug}/departments/{department}/remove")
    String removeDepartment(CitySummary city, @PathVariable UUID department, Model model, RedirectAttributes redirect) {
        return forms.save(
                forms.errors(model),
                model,
                redirect,
                "city.notice.department-removed",
                () -> {
                    cities.removeDepartment(city.id(), new DepartmentId(department));
                    return departmentsAddress(city);
                },
                conflict -> departmentsPage(city, model));
    }

    private static String departmentsAddress(CitySummary city) {
        return "/manage/cities/" + city.slug() + "/departments";
    }

    @GetMapping("/manage/cities/{slug}/history")
    String history(CitySummary city, Model model) {
        model.addAttribute("entries", cities.history(city.id()));
        model.addAttribute("city", city);
        model.addAttribute("manager", cities.publicProfile(city.id()).manager());
        return "city/history";
    }
}
