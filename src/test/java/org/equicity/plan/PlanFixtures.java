package org.equicity.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.CreateCity;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.Plans.NewPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Cities, people and plans for the plan module's tests, made through the modules' own facades. */
public final class PlanFixtures {

    public static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    public static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    public static final CouncilDecision DECISION =
            new CouncilDecision(LocalDate.of(2025, 3, 12), "GR 2025/17", "https://example.org/decision.pdf");

    private PlanFixtures() {}

    /** A city with one department, made by a platform administrator. */
    public record TestCity(CitySummary city, DepartmentSummary department) {}

    public static TestCity city(ApplicationContext context) {
        var cities = context.getBean(Cities.class);
        var slug = "city-" + UUID.randomUUID().toString().substring(0, 8);
        return as(TestPeople.holding(context, RoleGrant.platformAdmin()), () -> {
            var city = cities.create(new CreateCity(slug, "City " + slug, "DE", 250_000L, List.of("de")));
            var department = cities.addDepartment(city.id(), "Office for equal opportunities");
            return new TestCity(city, department);
        });
    }

    /** The coordinator of the city, who writes its plans. */
    public static UserDetails coordinator(ApplicationContext context, TestCity city) {
        return TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
    }

    /** The contact person of the city's department, who reports the progress of its actions. */
    public static UserDetails contact(ApplicationContext context, TestCity city) {
        return TestPeople.holding(
                context,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
    }

    public static <T> T as(UserDetails user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(UserDetails user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    public static NewPlan newPlan(TestCity city, PlanId previous) {
        return new NewPlan(
                city.city().id(),
                new PlanDetails("Action plan against racism", 2025, 2028, null),
                COMMITMENTS,
                TRACKS,
                previous);
    }

    public static CommitmentContent commitment(String code, TestCity city) {
        return new CommitmentContent(
                code,
                null,
                "A city that notices racism early",
                "Residents affected by racism",
                new Responsibility(List.of(city.department().id()), "Migrant council"),
                Responsibility.none(),
                List.of("Set up a monitoring office by 2026", "Publish a yearly report"),
                List.of("equality-non-discrimination", "participation"),
                "Incidents are recorded",
                "Fewer unreported incidents",
                List.of("Office staffed"),
                List.of("Reported incidents per year"),
                null);
    }

    public static ActionContent action(String title, ActionStatus status, TestCity city, List<NeedId> needs) {
        return new ActionContent(
                title,
                "Monitoring of incidents with NGOs",
                "research-innovation",
                List.of("affected-civil-society", "city-administration"),
                List.of("monitoring"),
                List.of("service-provider"),
                "All residents",
                List.of(city.department().id()),
                "Ana Example",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31),
                new Budget(new BigDecimal("25000.00"), "EUR", "Federal programme", false),
                status,
                null,
                needs,
                List.of(),
                null);
    }
}
