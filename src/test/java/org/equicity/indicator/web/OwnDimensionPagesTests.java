package org.equicity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.indicator.Dimension;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.IndicatorFixtures.TestPlan;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Period;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A city adds its districts as a breakdown dimension of its own, with labels in several languages, breaks an
 * indicator down by them like by any dimension, and changes them later without changing what was recorded; another
 * city neither sees nor uses them; a network's dimension serves its member cities only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnDimensionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    TestPlan plan;
    String dimensions;

    @BeforeEach
    void setUp() {
        plan = IndicatorFixtures.plan(context, 1);
        dimensions = "/manage/cities/" + plan.city().city().slug() + "/indicators/dimensions";
    }

    @Test
    void aCityBreaksItsIndicatorDownByItsDistrictsAndOldFiguresKeepTheirVersion() throws Exception {
        var code = plan.city().city().slug() + "-districts";
        mvc.perform(post(dimensions)
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .param("code", "districts")
                        .param("name[en]", "District")
                        .param("name[de]", "Stadtbezirk")
                        .param(
                                "categories",
                                "north | | North | Nord\nsouth | | South | Süd\nold-town | south | Old town"))
                .andExpect(redirectedUrl(dimensions + "/" + code));
        mvc.perform(get(dimensions).with(user(plan.coordinator())).param("lang", "de"))
                .andExpect(content().string(containsString("Stadtbezirk")))
                .andExpect(content().string(containsString(code)));
        mvc.perform(get(dimensions).with(user(plan.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("name=\"categories\""))));

        var id = IndicatorFixtures.define(context, plan, List.of(code));
        var district = district(code);
        assertThat(district.version()).isEqualTo("1");
        assertThat(district.category("old-town").orElseThrow().parent()).isEqualTo("south");
        as(plan.contact(), () -> indicators.record(id, year(2024, code, "north")));

        mvc.perform(post(dimensions + "/" + code)
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("name[en]", "District")
                        .param("name[de]", "Stadtbezirk")
                        .param("categories", "north-east | | North-east | Nordost\nsouth | | South | Süd"))
                .andExpect(redirectedUrl(dimensions + "/" + code));
        assertThat(district(code).version()).isEqualTo("2");
        assertThatThrownBy(() -> as(plan.contact(), () -> indicators.record(id, year(2025, code, "north"))))
                .as("the newest version has no north any more")
                .isInstanceOf(RuleViolationException.class);
        as(plan.contact(), () -> indicators.record(id, year(2025, code, "north-east")));

        var view = as(plan.coordinator(), () -> indicators.indicator(id));
        assertThat(view.period(Period.parse("2024")).orElseThrow().cell(code, "north"))
                .isPresent();
        var shown = view.breakdowns().get(0);
        assertThat(shown.category("north").orElseThrow().label().in("de"))
                .as("a figure of version 1 keeps its category and label")
                .isEqualTo("Nord");
        mvc.perform(get("/manage/cities/" + plan.city().city().slug() + "/indicators/" + id.value())
                        .with(user(plan.coordinator())))
                .andExpect(content().string(containsString("North-east")))
                .andExpect(content().string(containsString(">North<")));
    }

    @Test
    void anotherCityNeitherSeesNorUsesACitysDimension() throws Exception {
        var code = plan.city().city().slug() + "-services";
        as(
                plan.coordinator(),
                () -> context.getBean(org.equicity.indicator.OwnDimensions.class)
                        .addForCity(
                                plan.city().city().id(),
                                "services",
                                IndicatorFixtures.dimension("Service", "youth", "housing")));
        var other = IndicatorFixtures.plan(context, 1);
        assertThat(as(
                        other.coordinator(),
                        () -> indicators.dimensions(other.city().city().id())))
                .extracting(Dimension::id)
                .doesNotContain(code);
        assertThatThrownBy(() -> IndicatorFixtures.define(context, other, List.of(code)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.dimension");

        var otherDimensions = "/manage/cities/" + other.city().city().slug() + "/indicators/dimensions";
        mvc.perform(get(otherDimensions + "/" + code).with(user(other.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(post(dimensions + "/" + code)
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("name[en]", "Taken over")
                        .param("categories", "x | | X"))
                .andExpect(status().isForbidden());
        mvc.perform(get(dimensions + "/" + code).with(user(plan.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Taken over"))));
    }

    @Test
    void aBrokenCategoryLineIsShownBesideTheFieldInTheReadersLanguage() throws Exception {
        mvc.perform(post(dimensions)
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .param("lang", "de")
                        .param("code", "bezirke")
                        .param("name[de]", "Bezirk")
                        .param("categories", "nord | | Nord\nsued ohne Bezeichnung"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zeile 2 der Kategorien")))
                .andExpect(content().string(containsString("sued ohne Bezeichnung")));
    }

    @Test
    void aNetworksDimensionServesItsMemberCitiesOnly() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var networks = context.getBean(Networks.class);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = as(admin, () -> networks.create(new CreateNetwork("net-" + suffix, "Net", null, null, 2)));
        as(admin, () -> networks.admit(network.id(), plan.city().city().id(), LocalDate.of(2020, 1, 1)));
        UserDetails secretariat =
                TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var base = "/manage/networks/net-" + suffix + "/indicator-dimensions";
        mvc.perform(get("/manage/networks/net-" + suffix).with(user(secretariat)))
                .andExpect(content().string(containsString(base)));
        mvc.perform(post(base)
                        .with(user(secretariat))
                        .with(csrf())
                        .param("code", "grounds")
                        .param("name[en]", "Ground reported")
                        .param("categories", "online | | Online\nstreet | | Street"))
                .andExpect(redirectedUrl(base + "/net-" + suffix + "-grounds"));
        mvc.perform(post(base).with(user(plan.coordinator())).with(csrf()).param("code", "mine"))
                .andExpect(status().isForbidden());

        assertThat(as(
                        plan.coordinator(),
                        () -> indicators.dimensions(plan.city().city().id())))
                .extracting(Dimension::id)
                .contains("net-" + suffix + "-grounds");
        var outsider = IndicatorFixtures.plan(context, 1);
        assertThat(as(
                        outsider.coordinator(),
                        () -> indicators.dimensions(outsider.city().city().id())))
                .extracting(Dimension::id)
                .doesNotContain("net-" + suffix + "-grounds");
    }

    @Test
    void aCityKeepsItsDimensionOverTheApiAndAnotherCityIsRefused() throws Exception {
        var api = "/api/v1/cities/" + plan.city().city().id().value() + "/indicator-dimensions";
        var code = plan.city().city().slug() + "-districts";
        mvc.perform(post(api)
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"districts","name":{"en":"District","de":"Stadtbezirk"},"categories":[
                                 {"code":"north","label":{"en":"North"}},
                                 {"code":"old-town","parent":"north","label":{"de":"Altstadt"}}]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/indicator-dimensions/" + code));
        mvc.perform(get(api).with(user(plan.contact())))
                .andExpect(jsonPath("$[0].code").value(code))
                .andExpect(jsonPath("$[0].editable").value(false))
                .andExpect(jsonPath("$[0].categories[1].depth").value(1));

        var one = "/api/v1/indicator-dimensions/" + code;
        var revision = """
                {"version":%d,"name":{"en":"District"},"categories":[{"code":"east","label":{"en":"East"}}]}""";
        mvc.perform(put(one).with(user(plan.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.categories[0].label.en").value("East"));
        mvc.perform(put(one).with(user(plan.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(0).replace("East", "West")))
                .andExpect(status().isConflict());
        mvc.perform(post(api)
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"wards","name":{"en":"Ward"},"categories":[
                                 {"code":"inner","parent":"outer","label":{"en":"Inner"}}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("outer")));

        var other = IndicatorFixtures.plan(context, 1);
        mvc.perform(get(one).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(put(one).with(user(other.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(1).replace("East", "Taken over")))
                .andExpect(status().isForbidden());
        mvc.perform(get(one).with(user(plan.coordinator())))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.categories[0].code").value("east"));
    }

    private Dimension district(String code) {
        return as(
                        plan.coordinator(),
                        () -> indicators.dimensions(plan.city().city().id()))
                .stream()
                .filter(d -> d.id().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static PeriodEntry year(int year, String dimension, String category) {
        return new PeriodEntry(
                Period.parse(String.valueOf(year)),
                List.of(
                        Cell.total(BigDecimal.valueOf(40), CellStatus.MEASURED),
                        new Cell(dimension, category, BigDecimal.valueOf(25), CellStatus.MEASURED)));
    }
}
