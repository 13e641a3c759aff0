package org.equicity.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedId;
import org.equicity.plan.PlanId;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.equicity.shared.web.PageForms.FormPage;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the city's plan pages save their forms: the page-form flow, with broken rules named as the form names its
 * fields, a warning when the texts read like another language than the one chosen, and the way back to where the
 * saved part is shown.
 */
@Component
class PlanEditing {

    /** The facade's names of fields whose form field is named differently. */
    private static final Map<String, String> FIELDS = Map.of(
            "decisionDate", "date",
            "decisionReference", "reference",
            "decisionLink", "link",
            "currency", "budgetCurrency",
            "externalBodies", "coordinationExternal");

    private final PageForms forms;
    private final Translations translations;

    PlanEditing(PageForms forms, Translations translations) {
        this.forms = forms;
        this.translations = translations;
    }

    /** The errors of a plan form just sent, beside the fields as the form names them. */
    FormErrors errors(BindingResult binding, Model model) {
        return forms.errors(binding, model).naming(FIELDS);
    }

    /**
     * Saves a form of {@code plan} through {@code change}, which answers what it saved (the plan itself, a
     * commitment, an action or a need), and shows the plan where that is; see {@link PageForms#save}.
     */
    String save(
            CitySummary city,
            PlanId plan,
            TextsForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Supplier<Object> change,
            FormPage page) {
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                notice,
                () -> {
                    var saved = change.get();
                    var of = saved instanceof PlanId created ? created : plan;
                    warnLanguage(redirect, form.language(), editPath(city, of, saved), form.texts());
                    return shownAt(city, of, saved);
                },
                page);
    }

    /**
     * After a save, warns (without undoing anything) when the texts read clearly like another language than the one
     * chosen for them, with a link back to the form to change it.
     */
    private void warnLanguage(RedirectAttributes redirect, String language, String editPath, List<String> texts) {
        translations
                .languageWarning(String.join("\n", texts), language, editPath + "#language")
                .ifPresent(warning -> redirect.addFlashAttribute("languageWarning", warning));
    }

    static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).toList();
    }

    private static String editPath(CitySummary city, PlanId plan, Object subject) {
        if (subject instanceof CommitmentId commitment) {
            return planPath(city, plan) + "/commitments/" + commitment.value() + "/edit";
        }
        if (subject instanceof ActionId action) {
            return planPath(city, plan) + "/actions/" + action.value() + "/edit";
        }
        if (subject instanceof NeedId need) {
            return planPath(city, plan) + "/needs/" + need.value() + "/edit";
        }
        return planPath(city, plan) + "/edit";
    }

    /** Where a saved part is shown: a need in the needs assessment, anything else on the plan's page. */
    private static String shownAt(CitySummary city, PlanId plan, Object saved) {
        if (saved instanceof CommitmentId commitment) {
            return planPath(city, plan) + "#commitment-" + commitment.value();
        }
        if (saved instanceof ActionId action) {
            return planPath(city, plan) + "#action-" + action.value();
        }
        if (saved instanceof NeedId) {
            return planPath(city, plan) + "/needs";
        }
        return planPath(city, plan);
    }

    static String planPath(CitySummary city, PlanId plan) {
        return "/manage/cities/" + city.slug() + "/plans/" + plan.value();
    }
}
