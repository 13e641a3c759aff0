package org.equicity.city.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    record ConflictRow(String field, String stored, String typed) {}

    private final Cities cities;
    private final CityFormats formats;
    private final MessageSource messages;

    CityManagement(Cities cities, CityFormats formats, MessageSource messages) {
        this.cities = cities;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/manage/cities/{slug}")
    String edit(CitySummary city, Model model) {
        var stored = cities.profileForEditing(city.id());
        model.addAttribute("city", stored.city());
        model.addAttribute("manager", true);
        model.addAttribute("profile", ProfileForm.of(stored));
        return "city/manage-profile";
    }

    @PostMapping("/manage/cities/{slug}")
    String save(
            CitySummary city,
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        model.addAttribute("city", city);
        model.addAttribute("manager", true);
        if (errors.hasErrors()) {
            return "city/manage-profile";
        }
        try {
            cities.updateProfile(form.command(city.id()));
        } catch (RuleViolationException broken) {
            errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
            return "city/manage-profile";
        } catch (ObjectOptimisticLockingFailureException conflict) {
            var stored = cities.profileForEditing(city.id());
            model.addAttribute("conflict", conflictRows(ProfileForm.of(stored), form, locale));
            // Saving again from here deliberately overwrites what the other person saved.
            model.addAttribute("profile", form.over(stored.version()));
            return "city/manage-profile";
        }
        redirect.addFlashAttribute("notice", "city.notice.profile-saved");
        return "redirect:/manage/cities/" + city.slug();
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

    private String readable(String field, String value, Locale locale) {
        if (value == null || !field.endsWith("Languages") && !field.equals("mainLanguage")) {
            return value;
        }
        return formats.languageNames(List.of(value.split(",\\s*")), locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/manage/cities/{slug}/departments")
    String departments(CitySummary city, Model model) {
        // The editing view is only for those who manage the city, so reading it is the access check.
        cities.profileForEditing(city.id());
        model.addAttribute("city", city);
        model.addAttribute("manager", true);
        model.addAttribute("departments", cities.departments(city.id()));
        return "city/departments";
    }

    @PostMapping("/manage/cities/{slug}/departments")
    String addDepartment(
            CitySummary city,
            @RequestParam(defaultValue = "") String name,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            cities.addDepartment(city.id(), name);
        } catch (RuleViolationException broken) {
            model.addAttribute("addError", messages.getMessage(broken.messageKey(), broken.arguments(), locale));
            model.addAttribute("newName", name);
            return departments(city, model);
        }
        redirect.addFlashAttribute("notice", "city.notice.department-added");
        return "redirect:/manage/cities/" + city.slug() + "/departments";
    }

    @PostMapping("/manage/cities/{slug}/departments/{department}/rename")
    String renameDepartment(
            CitySummary city,
            @PathVariable UUID department,
            @RequestParam(defaultValue = "") String name,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            cities.renameDepartment(city.id(), new DepartmentId(department), name);
        } catch (RuleViolationException broken) {
            model.addAttribute("renameError", messages.getMessage(broken.messageKey(), broken.arguments(), locale));
            model.addAttribute("renamed", department);
            model.addAttribute("renamedName", name);
            return departments(city, model);
        }
        redirect.addFlashAttribute("notice", "city.notice.department-renamed");
        return "redirect:/manage/cities/" + city.slug() + "/departments";
    }

    @PostMapping("/manage/cities/{slug}/departments/{department}/remove")
    String removeDepartment(
            CitySummary city, @PathVariable UUID department, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            cities.removeDepartment(city.id(), new DepartmentId(department));
        } catch (RuleViolationException broken) {
            model.addAttribute("problem", messages.getMessage(broken.messageKey(), broken.arguments(), locale));
            return departments(city, model);
        }
        redirect.addFlashAttribute("notice", "city.notice.department-removed");
        return "redirect:/manage/cities/" + city.slug() + "/departments";
    }

    @GetMapping("/manage/cities/{slug}/history")
    String history(CitySummary city, Model model) {
        model.addAttribute("entries", cities.history(city.id()));
        model.addAttribute("city", city);
        model.addAttribute("manager", cities.publicProfile(city.id()).manager());
        return "city/history";
    }
}
