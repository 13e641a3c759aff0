package org.equicity.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.indicator.Indicators;
import org.equicity.monitoring.Monitoring;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessments.AssessmentFramework;
import org.equicity.selfassessment.SelfAssessments.Choice;
import org.equicity.selfassessment.SelfAssessments.EvidenceChoices;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * What a city may pick as evidence from what it keeps in the product, and the check that what a request names is
 * the city's own: a plan action of one of its plans, one of its indicators, one of its monitoring programmes (whose
 * report is the evidence). Asked through the other modules' facades, as the signed-in contributor.
 */
@Component
class EvidencePicks {

    private final Plans plans;
    private final Indicators indicators;
    private final Monitoring monitoring;

    EvidencePicks(Plans plans, Indicators indicators, Monitoring monitoring) {
        this.plans = plans;
        this.indicators = indicators;
        this.monitoring = monitoring;
    }

    EvidenceChoices choices(CityId city) {
        var actions = new ArrayList<Choice>();
        for (var plan : plans.ofCity(city)) {
            for (var action : plans.tracked(plan.id()).actions()) {
                actions.add(new Choice(
                        plan.id().value() + "/" + action.id().value(),
                        plan.title() + " – " + action.content().title()));
            }
        }
        var ofCity = indicators.ofCity(city).stream()
                .map(indicator -> new Choice(indicator.id().value().toString(), indicator.name()))
                .toList();
        var reports = monitoring.programmes(city).stream()
                .map(programme -> new Choice(programme.id().value().toString(), programme.title()))
                .toList();
        return new EvidenceChoices(actions, ofCity, reports);
    }

    /** The commitments of the city's plans still open for work, each labelled with its plan's title. */
    List<Choice> commitments(CityId city, Locale locale) {
        var choices = new ArrayList<Choice>();
        for (var summary : plans.ofCity(city)) {
            var plan = plans.plan(summary.id());
            if (!plans.tracked(summary.id()).isOpenForWork()) {
                continue;
            }
            for (var commitment : plan.commitments()) {
                choices.add(new Choice(
                        plan.id().value() + "/" + commitment.id().value(),
                        summary.title() + " – "
                                + commitment.title(plan.catalogue().commitments(), locale)));
            }
        }
        return choices;
    }

    /** The title the evidence is shown with; refuses a kind, plan action, indicator or report not the city's. */
    String title(CityId city, AssessmentFramework framework, EvidenceContent content) {
        return switch (content.source()) {
            case DOCUMENT -> document(framework, content);
            case PLAN_ACTION -> planAction(city, content);
            case INDICATOR ->
                indicators.ofCity(city).stream()
                        .filter(indicator -> indicator.id().value().equals(content.item()))
                        .map(Indicators.IndicatorSummary::name)
                        .findFirst()
                        .orElseThrow(EvidencePicks::foreign);
            case MONITORING_REPORT ->
                monitoring.programmes(city).stream()
                        .filter(programme -> programme.id().value().equals(content.item()))
                        .map(Monitoring.ProgrammeSummary::title)
                        .findFirst()
                        .orElseThrow(EvidencePicks::foreign);
        };
    }

    private static String document(AssessmentFramework framework, EvidenceContent content) {
        var kinds = framework.framework().evidence();
        if (content.kind() == null
                ? !kinds.isEmpty()
                : kinds.stream().noneMatch(kind -> kind.code().equals(content.kind()))) {
            throw RuleViolationException.about("kind", "selfassessment.rule.evidence-kind", "kind");
        }
        return SelfAssessmentRules.requireChosen(content.title(), "title");
    }

    private String planAction(CityId city, EvidenceContent content) {
        UUID plan = content.plan();
        UUID action = content.item();
        if (plan == null || action == null) {
            throw foreign();
        }
        try {
            var tracked = plans.tracked(new PlanId(plan));
            if (!tracked.city().equals(city) || !plans.canSeeDrafts(city)) {
                throw foreign();
            }
            return tracked.action(new ActionId(action))
                    .map(found -> tracked.title() + " – " + found.content().title())
                    .orElseThrow(EvidencePicks::foreign);
        } catch (NotFoundException unknown) {
            throw foreign();
        }
    }

    private static RuleViolationException foreign() {
        return RuleViolationException.about("item", "selfassessment.rule.foreign-evidence", "item");
    }
}
