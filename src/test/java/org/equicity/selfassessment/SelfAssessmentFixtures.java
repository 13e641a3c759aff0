package org.equicity.selfassessment;

import static org.equicity.plan.PlanFixtures.as;

import java.time.Year;
import java.util.List;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/** A city with a coordinator, a department contact, a partner and an adopted plan with one action; for the tests. */
public final class SelfAssessmentFixtures {

    public static final FrameworkRef BENCHMARK = FrameworkRef.parse("eurocities-benchmark-key-factors@2012");

    private SelfAssessmentFixtures() {}

    public record Story(
            TestCity city,
            UserDetails coordinator,
            UserDetails contact,
            UserDetails partner,
            PlanId plan,
            CommitmentId commitment,
            ActionId action) {

        public String slug() {
            return city.city().slug();
        }
    }

    public static Story story(ApplicationContext context) {
        var plans = context.getBean(Plans.class);
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var contact = PlanFixtures.contact(context, city);
        var partner = org.equicity.people.TestPeople.holding(
                context,
                org.equicity.people.RoleGrant.inCity(
                        org.equicity.people.Role.CIVIL_SOCIETY_PARTNER,
                        city.city().id()));
        int year = Year.now().getValue();
        return as(coordinator, () -> {
            var plan = plans.create(new NewPlan(
                    city.city().id(),
                    new PlanDetails("Plan against racism", year - 1, year + 3, null),
                    PlanFixtures.COMMITMENTS,
                    PlanFixtures.TRACKS,
                    null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("2", city));
            var action = plans.addAction(
                    plan,
                    commitment,
                    PlanFixtures.action("Anti-discrimination clause", ActionStatus.PLANNED, city, List.of()));
            return new Story(city, coordinator, contact, partner, plan, commitment, action);
        });
    }

    /** Every key factor of the benchmark judged: the first two not met, the rest met. */
    public static void judgeAll(SelfAssessments assessments, SelfAssessmentId id, String firstTwo) {
        var view = assessments.assessment(id);
        for (var factor : view.factors()) {
            var judgement = view.factors().indexOf(factor) < 2 ? firstTwo : "met";
            assessments.saveFactor(
                    id,
                    factor.code(),
                    factor.version(),
                    new FactorContent(List.of("Yes, since 2020."), judgement, "As the minutes show.", List.of()));
        }
    }
}
