package org.equicity.monitoring;

import static org.equicity.plan.PlanFixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Link;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.monitoring.MonitoringReports.StatementText;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A city with two departments, its coordinator, a contact of each department, an indicator on its own, and an
 * inner-administrative monitoring programme set up through the facade.
 */
public final class MonitoringFixtures {

    /** Everything a story about one city's monitoring needs. */
    public record TestMonitoring(
            TestCity city,
            DepartmentSummary housing,
            UserDetails coordinator,
            UserDetails equalityContact,
            UserDetails housingContact,
            IndicatorId indicator,
            ProgrammeId programme) {}

    private MonitoringFixtures() {}

    public static TestMonitoring city(ApplicationContext context) {
        var city = PlanFixtures.city(context);
        var housing = as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(Cities.class).addDepartment(city.city().id(), "Housing office"));
        var coordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        var equalityContact = TestPeople.holding(
                context,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        var housingContact = TestPeople.holding(
                context, RoleGrant.departmentContact(city.city().id(), housing.id()));
        var indicator = as(
                coordinator,
                () -> context.getBean(Indicators.class)
                        .define(new Indicators.NewIndicator(
                                city.city().id(), Link.none(), IndicatorFixtures.incidents(city, List.of()))));
        var programme = as(
                coordinator,
                () -> context.getBean(Monitoring.class).setUp(city.city().id(), content(List.of(indicator))));
        return new TestMonitoring(city, housing, coordinator, equalityContact, housingContact, indicator, programme);
    }

    public static ProgrammeContent content(List<IndicatorId> indicators) {
        return new ProgrammeContent(
                "inner-administrative",
                "Inner-administrative monitoring 2026",
                new Decision("City council", LocalDate.of(2025, 11, 20), "GR 2025/311"),
                "Assess how the departments' services may discriminate, with confidential feedback to each.",
                List.of(new Budget(2026, new BigDecimal("3"), new BigDecimal("120000"))),
                "EUR",
                DataCollector.INTERNAL,
                "Office for equal opportunities",
                Cycle.EVERY_TWO_YEARS,
                List.of("public-services", "city-staff"),
                indicators);
    }

    /** Asks both departments, lets the equality office answer, and takes the report to publication. */
    public static void publish(
            TestMonitoring city, ApplicationContext context, String equalityMail, String housingMail) {
        var requests = context.getBean(InformationRequests.class);
        var reports = context.getBean(MonitoringReports.class);
        var request = as(city.coordinator(), () -> {
            var id = requests.prepare(
                    city.programme(),
                    new RequestContent(
                            "Services and discrimination",
                            List.of("Which facts and numbers do you have?", "Which problems do you see?"),
                            LocalDate.now().plusDays(20),
                            List.of(
                                    new Addressee(city.city().department().id(), "Eva Equal", equalityMail),
                                    new Addressee(city.housing().id(), "Hans Housing", housingMail))));
            requests.send(id);
            return id;
        });
        var equalityPart = as(city.equalityContact(), () -> requests.request(request));
        as(
                city.equalityContact(),
                () -> requests.answer(
                        request,
                        equalityPart.recipients().get(0).id(),
                        new Answer(List.of("42 complaints", "Interpreters"), null)));
        var programme = city.programme();
        as(city.coordinator(), () -> {
            reports.write(programme, 0, MonitoringReportsTests.text(city));
            reports.recordDiscussion(programme, reports.report(programme).version());
            reports.askForStatements(
                    programme,
                    reports.report(programme).version(),
                    LocalDate.now().plusDays(30));
        });
        as(
                city.housingContact(),
                () -> reports.attachStatement(
                        programme, city.housing().id(), new StatementText("We sort by date.", true)));
        as(city.coordinator(), () -> {
            reports.recordCouncilPresentation(
                    programme, reports.report(programme).version(), LocalDate.now(), "Taken note of");
            reports.publish(programme, reports.report(programme).version());
        });
    }
}
