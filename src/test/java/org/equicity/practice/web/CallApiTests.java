package org.equicity.practice.web;

import static org.equicity.city.TestCities.as;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.TestCities;
import org.equicity.people.Accounts;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The secretariat runs a call for practices over the API with its own token; member cities answer it there. */
@SpringBootTest
@AutoConfigureMockMvc
class CallApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    PracticeWorld.Member member;
    PracticeWorld.Member other;
    String token;
    String deadline;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        member = world.member("Apistadt", "IT");
        other = world.member("Altra", "IT");
        token = as(world.secretariat, () -> context.getBean(Accounts.class).createToken("calls script", null))
                .token();
        deadline = LocalDate.now().plusDays(20).toString();
    }

    String open(String theme) throws Exception {
        var body = mvc.perform(post("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"theme":"%s","deadline":"%s","fieldsOfAction":["leadership"]}""".formatted(theme, deadline)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void theSecretariatOpensListsReadsAndClosesACallWithItsOwnToken() throws Exception {
        var call = open("Participation of migrants");
        mvc.perform(get("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].details.theme").value("Participation of migrants"))
                .andExpect(jsonPath("$[0].members").value(2));

        mvc.perform(post("/api/v1/calls/" + call + "/answers")
                        .with(user(member.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"city":"%s","language":"it","template":{"title":"Consulta dei migranti"}}""".formatted(member.city().id().value())))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/calls/" + call).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers", hasSize(1)))
                .andExpect(jsonPath("$.answers[0].title").value("Consulta dei migranti"))
                .andExpect(jsonPath("$.missing", hasSize(1)))
                .andExpect(jsonPath("$.missing[0].cityName").value("Altra"));

        mvc.perform(post("/api/v1/calls/" + call + "/close").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.state").value("CLOSED"));
        mvc.perform(post("/api/v1/calls/" + call + "/answers")
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"city":"%s","language":"it","template":{"title":"Troppo tardi"}}""".formatted(other.city().id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.call.rule.closed"));
    }

    @Test
    void anUnknownFieldOfActionOrAPastDeadlineIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"theme":"Housing","deadline":"%s","fieldsOfAction":["housing-made-up"]}""".formatted(deadline)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.rule.field-of-action"));
        mvc.perform(post("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"theme":"Housing","deadline":"2001-01-01"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.call.rule.deadline-past"));
    }

    @Test
    void anotherNetworkACityThatIsNoMemberAndAnotherCitysPracticeAreRefused() throws Exception {
        var call = open("Anti-discrimination offices");
        var stranger = new PracticeWorld(context);
        var outsiderCity = TestCities.create(context, "Fuori", "IT");
        var outsider = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, outsiderCity.id()));

        mvc.perform(post("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .with(user(stranger.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"theme":"Forged","deadline":"%s"}""".formatted(deadline)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls/" + call + "/close")
                        .with(user(stranger.secretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/calls/" + call).with(user(stranger.secretariat)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/networks/" + world.network.id().value() + "/calls")
                        .with(user(stranger.secretariat)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/calls/" + call + "/answers")
                        .with(user(outsider))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"city":"%s","language":"it","template":{"title":"Forged"}}""".formatted(outsiderCity.id().value())))
                .andExpect(status().isForbidden());
        // the outsider names a member city it does not coordinate
        mvc.perform(post("/api/v1/calls/" + call + "/answers")
                        .with(user(outsider))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"city":"%s","language":"it","template":{"title":"Forged"}}""".formatted(member.city().id().value())))
                .andExpect(status().isForbidden());

        var othersPractice = world.submitted(other, content("Altrui", List.of(), null, null, 2024));
        mvc.perform(post("/api/v1/calls/" + call + "/answers")
                        .with(user(member.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"city":"%s","practice":"%s"}""".formatted(member.city().id().value(), othersPractice.value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.call.rule.not-the-citys"));
        mvc.perform(get("/api/v1/calls/" + call).with(user(world.secretariat)))
                .andExpect(jsonPath("$.answers", hasSize(0)));
    }
}
