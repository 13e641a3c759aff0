package org.equicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.equicity.EventsSettled;
import org.equicity.Statements;
import org.equicity.city.Cities;
import org.equicity.city.TestCities;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.report.LatestReports;
import org.equicity.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CityPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    Cities cities;

    @Test
    void theCityPageShowsTheNetworksTheCityBelongsToWithTheirPeriods() throws Exception {
        var city = TestCities.create(context, "Musterhausen");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        TestCities.as(admin, () -> {
            var current = networks.create(new CreateNetwork("current-" + suffix, "Current Coalition", null, null, 2));
            var former = networks.create(new CreateNetwork("former-" + suffix, "Former Alliance", null, null, 2));
            networks.admit(current.id(), city.id(), LocalDate.of(2016, 3, 21));
            networks.admit(former.id(), city.id(), LocalDate.of(2012, 1, 1));
            networks.release(former.id(), city.id(), LocalDate.of(2020, 12, 31));
        });

        mvc.perform(get("/cities/{slug}", city.slug()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/networks/current-" + suffix + "\"")))
                .andExpect(content().string(containsString("member since 2016")))
                .andExpect(content().string(containsString("Former Alliance")))
                .andExpect(content().string(containsString("member from 2012 to 2020")));
    }

    @Test
    void theCitysOwnTextIsMarkedWithTheCitysLanguageForScreenReaders() throws Exception {
        var city = TestCities.create(context, "Sprachstadt");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        TestCities.as(admin, () -> {
            var stored = cities.profileForEditing(city.id());
            cities.updateProfile(new Cities.UpdateProfile(
                    city.id(),
                    stored.version(),
                    stored.city().population(),
                    stored.city().officialLanguages(),
                    new Cities.Level1Profile(null, null, null, null, null, "Eine Stadt mit eigener Sprache.")));
        });
        // the text's language is recorded in the background once the save has committed
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));

        mvc.perform(get("/cities/{slug}", city.slug()).param("lang", "en"))
                .andExpect(content()
                        .string(containsString("lang=\"de\" class=\"pre-line\">Eine Stadt mit eigener Sprache.")));
    }

    @Test
    void aCityInNoNetworkHasNoNetworkSectionAndAnUnknownCityIsNotFound() throws Exception {
        var city = TestCities.create(context, "Einsamstadt");
        mvc.perform(get("/cities/{slug}", city.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("networks-heading"))));
        mvc.perform(get("/cities/no-such-city")).andExpect(status().isNotFound());
    }

    @Test
    void theHomePageSearchesAndLinksTheLatestAdoptedPlanAndAcceptedReport() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = PlanFixtures.as(PlanFixtures.coordinator(context, city), () -> {
            var created = context.getBean(Plans.class).create(PlanFixtures.newPlan(city, null));
            context.getBean(Plans.class).addCommitment(created, PlanFixtures.commitment("1", city));
            context.getBean(Plans.class).openConsultation(created);
            context.getBean(Plans.class).adopt(created, PlanFixtures.DECISION);
            return created;
        });
        var reporting = ReportFixtures.create(context);
        var report = reporting.acceptedReport(context, "Cycle home " + UUID.randomUUID());

        mvc.perform(get("/").locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/search\"")))
                .andExpect(content().string(containsString("Recently designated good practices")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/cities/" + city.city().slug() + "/plans/" + plan.value() + "\"")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/cities/" + reporting.city().slug() + "/reports/" + report.value() + "\"")));
    }

    @Test
    void theHomePageReadsAsMuchForOneMoreNetworkWithAnAcceptedReport() throws Exception {
        // enough adopted plans and accepted reports of other cities to fill the page, so that one more changes no count
        while (context.getBean(LatestReports.class)
                                .latestAccepted(HomeController.SHOWN)
                                .size()
                        < HomeController.SHOWN
                || context.getBean(Plans.class)
                                .latestAdopted(HomeController.SHOWN)
                                .size()
                        < HomeController.SHOWN) {
            ReportFixtures.create(context).acceptedReport(context, "Cycle " + UUID.randomUUID());
        }
        var before = statementsOfTheHomePage();
        var another = ReportFixtures.create(context);
        var report = another.acceptedReport(context, "Cycle " + UUID.randomUUID());
        mvc.perform(get("/")).andExpect(content().string(containsString("/reports/" + report.value())));

        assertThat(statementsOfTheHomePage()).isLessThanOrEqualTo(before);
    }

    private long statementsOfTheHomePage() throws Exception {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return Statements.fewest(context, () -> mvc.perform(get("/")).andReturn());
    }
}
