package org.equicity.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedId;
import org.equicity.plan.PlanId;
import org.equicity.translation.Translations;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the city's plan pages share: where their forms live, how broken rules name fields, the language warning. */
final class PlanEditing {

    /** The facade's names of fields whose form field is named differently. */
    static final Map<String, String> FIELDS = Map.of(
            "decisionDate", "date",
            "decisionReference", "reference",
            "decisionLink", "link",
            "currency", "budgetCurrency",
            "externalBodies", "coordinationExternal");

    private PlanEditing() {}

    /**
     * After a save, warns (without undoing anything) when the texts read clearly like another language than the one
     * chosen for them, with a link back to the form to change it.
     */
    static void warnLanguage(
            Translations translations, RedirectAttributes redirect, String language, String editPath, String... texts) {
        var text = String.join("\n", nonNull(texts));
        translations
                .languageWarning(text, language, editPath + "#language")
                .ifPresent(warning -> redirect.addFlashAttribute("languageWarning", warning));
    }

    static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).toList();
    }

    static String editPath(CitySummary city, PlanId plan, Object subject) {
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

    static String anchor(Object created) {
        if (created instanceof CommitmentId commitment) {
            return "commitment-" + commitment.value();
        }
        if (created instanceof ActionId action) {
            return "action-" + action.value();
        }
        return "main";
    }

    static String planPath(CitySummary city, PlanId plan) {
        return "/manage/cities/" + city.slug() + "/plans/" + plan.value();
    }
}
