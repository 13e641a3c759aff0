package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.Description;
import org.equicity.practice.Description.Reference;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A practice as compendia describe it: type of measure, chapter, aims and evaluation with paragraphs and lists,
 * leading authority and partners, the area of intervention as written, a period with start and end, and reference
 * documents with their addresses; codes no framework knows are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeDescriptionWebTests {

    static final String LONG_PERIOD = "Since 2015, in three phases: " + "a pilot in two districts, ".repeat(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    PracticeId practice;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        var ministry = world.contributor(
                "Ministerio de Igualdad", ContributorKind.NATIONAL_AUTHORITY, OwnerLevel.NATIONAL, "ES");
        practice = world.designated(ministry, described("law-or-regulation", List.of("anti-discrimination")));
    }

    static PracticeContent described(String measureType, List<String> fieldsOfAction) {
        return new PracticeContent(
                "es",
                PracticeFixtures.template(
                        "Ley de igualdad de trato",
                        fieldsOfAction,
                        LONG_PERIOD,
                        "First paragraph.\n\nSecond paragraph:\n\n- one\n- two\n\n<script>alert(1)</script>"),
                Classification.none(),
                new Description(
                        measureType,
                        "Ensuring equality",
                        "Make equal treatment *enforceable*.",
                        "Evaluated by the ombudsman in 2021.",
                        "Ministry of Equality",
                        "Regional governments; NGOs",
                        "Anti-discrimination law and victims' support",
                        "2019",
                        "2022-06-30",
                        List.of(
                                new Reference("Law 15/2022", "https://www.boe.es/eli/es/l/2022/07/12/15"),
                                new Reference("Annual report 2021", null))));
    }

    @Test
    void thePageShowsTheDescriptionWithParagraphsAndListsAndNoRawHtml() throws Exception {
        var page = body("/practices/" + practice.value(), Locale.GERMAN);
        assertThat(page).contains("Gesetz oder Verordnung", "Ensuring equality", "Ministry of Equality");
        assertThat(page).contains("Regional governments; NGOs", "Anti-discrimination law and victims");
        assertThat(page).contains("2019 – 2022-06-30", LONG_PERIOD.strip());
        assertThat(page).contains("<li>one</li>", "<p>Second paragraph:</p>", "<em>enforceable</em>");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(page).contains("href=\"https://www.boe.es/eli/es/l/2022/07/12/15\">Law 15/2022</a>");
        assertThat(page).contains("Annual report 2021");

        var csv = body("/practices.csv?network=" + world.network.slug(), Locale.ENGLISH);
        assertThat(csv).contains(",measure_type,chapter,aims,evaluation,leading_authority,");
        assertThat(csv).contains("law-or-regulation,Ensuring equality,");
        assertThat(csv).contains("Law 15/2022 https://www.boe.es/eli/es/l/2022/07/12/15;Annual report 2021");
        assertThat(body("/practices/codebook.json", Locale.ENGLISH)).contains("\"measure_types\"", "Law or regulation");
    }

    @Test
    void unknownCodesAndImpossiblePeriodsAreRefused() {
        var contributor = as(
                world.secretariat,
                () -> context.getBean(Contributors.class)
                        .ofNetwork(world.network.id())
                        .get(0)
                        .id());
        var contributors = context.getBean(Contributors.class);
        assertThatThrownBy(() -> as(
                        world.secretariat,
                        () -> contributors.submit(contributor, described(null, List.of("free-text-field")))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("practice.rule.field-of-action");
        assertThatThrownBy(() ->
                        as(world.secretariat, () -> contributors.submit(contributor, described("speech", List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("practice.rule.measure-type");
        assertThatThrownBy(() -> new Description(null, null, null, null, null, null, null, "2022", "2019", List.of()))
                .hasMessage("practice.rule.period-order");
        assertThatThrownBy(
                        () -> new Description(null, null, null, null, null, null, null, "2019-13-45", null, List.of()))
                .hasMessage("practice.rule.period");
        assertThatThrownBy(() -> new Reference("Report", "javascript:alert(1)")).hasMessage("practice.rule.address");
        assertThat(Reference.of("Annual report https://example.org/report.pdf"))
                .isEqualTo(new Reference("Annual report", "https://example.org/report.pdf"));
    }

    @Test
    void theApiRefusesAFreeTextFieldOfActionWith422AndKeepsTheDescription() throws Exception {
        var member = world.member("Descripcity", "ES");
        var body = """
                {"city":"%s","network":"%s","language":"es",
                 "template":{"title":"T","fieldsOfAction":["%s"],"implementationPeriod":"%s"},
                 "description":{"measureType":"campaign","periodStart":"2020","references":[{"label":"Plan","address":"https://example.org/plan"}]}}""";
        mvc.perform(post("/api/v1/practices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                member.city().id().value(), world.network.id().value(), "ghettos", LONG_PERIOD))
                        .with(user(member.coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").exists());
        var created = mvc.perform(post("/api/v1/practices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                member.city().id().value(), world.network.id().value(), "housing", LONG_PERIOD))
                        .with(user(member.coordinator()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(created).with(user(member.coordinator())))
                .andExpect(jsonPath("$.content.description.measureType").value("campaign"))
                .andExpect(
                        jsonPath("$.content.description.references[0].address").value("https://example.org/plan"))
                .andExpect(jsonPath("$.content.template.implementationPeriod").value(LONG_PERIOD.strip()));
        mvc.perform(put(created)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"language\":\"es\",\"template\":{\"title\":\"T\"},"
                                + "\"description\":{\"periodStart\":\"someday\"}}")
                        .with(user(member.coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theFormKeepsTheDescriptionWhenTheSecretariatEditsThePractice() throws Exception {
        var base = "/manage/networks/" + world.network.slug() + "/contributors";
        var version =
                as(world.secretariat, () -> world.practices.practice(practice)).version();
        mvc.perform(post(base + "/practices/" + practice.value() + "/edit")
                        .param("version", String.valueOf(version))
                        .param("language", "es")
                        .param("title", "Ley de igualdad de trato")
                        .param("measureType", "policy")
                        .param("periodStart", "2019")
                        .param("references", "Law 15/2022 https://www.boe.es/eli/es/l/2022/07/12/15\nNotes")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        var description = as(world.secretariat, () -> world.practices.practice(practice))
                .content()
                .description();
        assertThat(description.measureType()).isEqualTo("policy");
        assertThat(description.references())
                .containsExactly(
                        new Reference("Law 15/2022", "https://www.boe.es/eli/es/l/2022/07/12/15"),
                        new Reference("Notes", null));
    }

    String body(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
