package org.equicity.plan.web;

import java.util.List;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The plan's title and period, and for a new plan the frameworks it follows and the plan it builds on;
 * {@code version} is the one the editor started from.
 */
record PlanForm(
        long version,
        String language,
        String title,
        Integer startYear,
        Integer endYear,
        String commitmentsFramework,
        String tracksFramework,
        String previousPlan)
        implements TextsForm {

    /**
     * A new plan over the next years, following the ECCAR frameworks; building on {@code previous} where the
     * assessment of that plan led here.
     */
    static PlanForm blank(String language, int year, @Nullable UUID previous) {
        return new PlanForm(
                0,
                language,
                null,
                year,
                year + 3,
                "eccar-commitments@2023",
                "eccar-tracks@2023",
                previous == null ? null : previous.toString());
    }

    static PlanForm of(PlanDetails details, long version) {
        return new PlanForm(
                version, details.language(), details.title(), details.startYear(), details.endYear(), null, null, null);
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    PlanForm over(long stored) {
        return new PlanForm(
                stored, language, title, startYear, endYear, commitmentsFramework, tracksFramework, previousPlan);
    }

    PlanDetails details() {
        return new PlanDetails(title, startYear == null ? 0 : startYear, endYear == null ? 0 : endYear, language);
    }

    /** @throws RuleViolationException for a framework or a previous plan that names none */
    NewPlan newPlan(CityId city) {
        return new NewPlan(
                city, details(), framework(commitmentsFramework), framework(tracksFramework), previousPlanId());
    }

    @Override
    public List<String> texts() {
        return PlanEditing.nonNull(title);
    }

    private PlanId previousPlanId() {
        if (previousPlan == null || previousPlan.isBlank()) {
            return null;
        }
        try {
            return PlanId.parse(previousPlan);
        } catch (IllegalArgumentException notAnId) {
            throw new RuleViolationException("plan.rule.previous");
        }
    }

    private static FrameworkRef framework(String text) {
        try {
            return FrameworkRef.parse(text);
        } catch (IllegalArgumentException | NullPointerException notAReference) {
            throw new RuleViolationException("plan.rule.framework", String.valueOf(text));
        }
    }
}
