package org.equicity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.city.TestCities;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A network with its secretariat and a member city whose coordinator has a Level 1 profile and an adopted plan with
 * one action running in 2024 and one in 2030, for the reporting tests of the facade, the pages and the API.
 */
public record ReportFixtures(
        NetworkDetails network,
        UserDetails secretariat,
        CitySummary city,
        UserDetails coordinator,
        PlanId plan,
        ActionId actionIn2024,
        ActionId actionIn2030) {

    public static final String FOCAL_POINT = "Anna Berger";

    public static ReportFixtures create(ApplicationContext context) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var networks = context.getBean(Networks.class);
        var cities = context.getBean(Cities.class);
        var plans = context.getBean(Plans.class);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = TestCities.as(
                admin, () -> networks.create(new CreateNetwork("net-" + suffix, "Network " + suffix, null, null, 2)));
        var city = TestCities.create(context, "Berichtstadt");
        TestCities.as(admin, () -> networks.admit(network.id(), city.id(), LocalDate.of(2020, 1, 1)));
        var secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        return TestCities.as(coordinator, () -> {
            var stored = cities.profileForEditing(city.id());
            cities.updateProfile(new UpdateProfile(
                    city.id(),
                    stored.version(),
                    250_000L,
                    List.of("de", "en"),
                    new Level1Profile(
                            new FocalPoint(FOCAL_POINT, "Coordinator", null, null),
                            null,
                            "Steering group",
                            null,
                            null,
                            "Our work")));
            var plan = plans.create(new NewPlan(
                    city.id(),
                    new PlanDetails("Plan", 2023, 2030, null),
                    FrameworkRef.parse("eccar-commitments@2023"),
                    FrameworkRef.parse("eccar-tracks@2023"),
                    null));
            var commitment = plans.addCommitment(
                    plan,
                    new CommitmentContent(
                            "1", null, null, null, null, null, List.of(), List.of(), null, null, List.of(), List.of(),
                            null));
            var in2024 = plans.addAction(plan, commitment, action("Monitoring office", 2024));
            var in2030 = plans.addAction(plan, commitment, action("Future survey", 2030));
            // a report takes actions from adopted plans only
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            return new ReportFixtures(network, secretariat, city, coordinator, plan, in2024, in2030);
        });
    }

    public static ActionContent action(String title, int year) {
        return new ActionContent(
                title,
                "Objectives of " + title,
                "information-advice",
                List.of(),
                List.of("monitoring"),
                List.of(),
                null,
                List.of(),
                null,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                null,
                ActionStatus.IN_PROGRESS,
                40,
                List.of(),
                List.of(),
                null);
    }

    /** Opens a cycle over 2023–2024 for all members, as the secretariat. */
    public CycleId openCycle(ApplicationContext context, String name, int fromYear) {
        var reports = context.getBean(Reports.class);
        return TestCities.as(
                secretariat,
                () -> reports.openCycle(new Reports.NewCycle(
                        network.id(),
                        name,
                        LocalDate.of(fromYear, 1, 1),
                        LocalDate.of(fromYear + 1, 12, 31),
                        LocalDate.of(fromYear + 2, 3, 31),
                        List.of(),
                        null,
                        null)));
    }

    /** Gives every commitment without action an explanation, as the city's coordinator. */
    public void explainAll(ApplicationContext context, ReportId id) {
        var reports = context.getBean(Reports.class);
        TestCities.as(coordinator, () -> {
            var report = reports.report(id);
            var explanations = report.missingExplanations().stream()
                    .map(group -> new Explanation(group.code(), "Not in this period"))
                    .toList();
            var content = report.content();
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(content.language(), content.level1(), content.actions(), explanations));
        });
    }

    /**
     * The city's report for a new 2023–2024 cycle, started, explained, submitted and accepted: its one action
     * ("Monitoring office") is then an accepted action.
     */
    public ReportId acceptedReport(ApplicationContext context, String cycleName) {
        var reports = context.getBean(Reports.class);
        var cycle = openCycle(context, cycleName, 2023);
        var id = TestCities.as(coordinator, () -> reports.startReport(cycle, city.id()));
        explainAll(context, id);
        TestCities.as(coordinator, () -> reports.submit(id, reports.report(id).version()));
        TestCities.as(secretariat, () -> reports.accept(id));
        return id;
    }
}
