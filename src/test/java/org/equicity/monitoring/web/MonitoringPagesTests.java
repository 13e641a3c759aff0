package org.equicity.monitoring.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MonitoringPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Monitoring monitoring;

    TestMonitoring city;
    String base;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        base = "/manage/cities/" + city.city().city().slug() + "/monitoring";
    }

    @Test
    void theCoordinatorSetsUpAProgrammeThroughItsFormAndAMistakeIsShownBesideItsField() throws Exception {
        mvc.perform(get(base + "/new").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inner-administrative monitoring of discrimination")))
                .andExpect(content().string(containsString("Reported incidents of discrimination")));

        // typed in the German interface, with a decimal comma
        var created = mvc.perform(post(base + "/new")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .header("Accept-Language", "de")
                        .param("kind", "staff-diversity")
                        .param("title", "Diversity monitor")
                        .param("decisionBody", "City council")
                        .param("decisionDate", "2025-11-20")
                        .param("budget[0].year", "2026")
                        .param("budget[0].staffPositions", "1,5")
                        .param("budget[0].externalServices", "40000")
                        .param("currency", "eur")
                        .param("collectedBy", "INTERNAL")
                        .param("cycle", "YEARLY")
                        .param("topics", "city-staff")
                        .param("indicators", city.indicator().value().toString())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(created).with(user(city.housingContact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diversity monitor")))
                .andExpect(content().string(containsString("City staff and recruitment")))
                .andExpect(content().string(containsString("Reported incidents of discrimination")))
                .andExpect(content().string(not(containsString("/edit"))));

        mvc.perform(post(base + "/new")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .header("Accept-Language", "de")
                        .param("kind", "staff-diversity")
                        .param("title", "Diversity monitor")
                        .param("currency", "EUR")
                        .param("collectedBy", "EXTERNAL")
                        .param("cycle", "YEARLY")
                        .param("budget[0].year", "zweitausend"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"budget-error\"")))
                .andExpect(content().string(containsString("Bitte geben Sie Jahr und Beträge als Zahlen an.")));
    }

    @Test
    void theSteeringGroupPageAppointsMembersAndKeepsMinutesFromDepartments() throws Exception {
        var group = base + "/" + city.programme().value() + "/steering-group";
        mvc.perform(post(group + "/members")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("name", "Ana Silva")
                        .param("organisation", "Migrant council")
                        .param("actorGroup", "affected-civil-society")
                        .param("joinedOn", "2026-01-10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(group + "/meetings")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("heldOn", "2026-02-01")
                        .param("minutes", "The housing office hesitates."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(group + "/members")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("name", "Jonas")
                        .param("joinedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"joinedOn-error\"")))
                .andExpect(content().string(containsString("Veuillez remplir Membre depuis le.")));

        mvc.perform(get(group).with(user(city.coordinator())))
                .andExpect(content().string(containsString("Ana Silva")))
                .andExpect(content().string(containsString("Those affected and civil society")))
                .andExpect(content().string(containsString("The housing office hesitates.")));
        mvc.perform(get(group).with(user(city.housingContact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Silva")))
                .andExpect(content().string(not(containsString("The housing office hesitates."))));
    }

    @Test
    void anotherCitysPeopleGet403OnEveryPageAndCall() throws Exception {
        var other = MonitoringFixtures.city(context);
        var programme = base + "/" + city.programme().value();
        for (var page :
                new String[] {base, base + "/new", programme, programme + "/edit", programme + "/steering-group"}) {
            mvc.perform(get(page).with(user(other.coordinator()))).andExpect(status().isForbidden());
        }
        mvc.perform(post(programme + "/steering-group/members")
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .param("name", "Intruder")
                        .param("actorGroup", "political-level")
                        .param("joinedOn", "2026-01-01"))
                .andExpect(status().isForbidden());
        var api = "/api/v1/monitoring/programmes/" + city.programme().value();
        mvc.perform(get(api).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(api + "/steering-group").with(user(other.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(put(api).with(user(other.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"staff-diversity","title":"Taken over","collectedBy":"INTERNAL","cycle":"YEARLY","version":0}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiSetsUpAndReadsAProgrammeAndRefusesAnUnknownKind() throws Exception {
        var cityId = city.city().city().id().value();
        mvc.perform(post("/api/v1/cities/" + cityId + "/monitoring/programmes")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"racism-in-the-city","title":"Racism report","collectedBy":"EXTERNAL",
                                 "institution":"University","cycle":"EVERY_TWO_YEARS","topics":["housing"],
                                 "budget":[{"year":2027,"externalServices":90000}]}"""))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cities/" + cityId + "/monitoring/programmes").with(user(city.housingContact())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/v1/cities/" + cityId + "/monitoring/programmes")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"census","title":"Census","collectedBy":"INTERNAL","cycle":"YEARLY"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("monitoring.rule.unknown-code"));
        mvc.perform(get("/api/v1/monitoring/programmes/" + city.programme().value())
                        .with(user(city.coordinator())))
                .andExpect(jsonPath("$.budget[0].externalServices").value(120000))
                .andExpect(jsonPath("$.indicators[0]")
                        .value(city.indicator().value().toString()));
    }
}
