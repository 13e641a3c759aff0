package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A secretariat opens a call for practices, its member cities find it on their work list and answer it, and the call
 * page shows who answered and who did not; nobody else opens, closes or answers it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    PracticeWorld.Member answering;
    PracticeWorld.Member silent;
    LocalDate deadline;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        answering = world.member("Aufrufstadt", "AT");
        silent = world.member("Stillstadt", "DE");
        deadline = LocalDate.now().plusDays(30);
    }

    String networkCalls() {
        return "/manage/networks/" + world.network.slug() + "/calls";
    }

    String opened(String theme) throws Exception {
        var location = mvc.perform(post(networkCalls())
                        .param("theme", theme)
                        .param("description", "Practices of welcoming newcomers")
                        .param("deadline", deadline.toString())
                        .param("fieldsOfAction", "leadership")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(networkCalls() + "/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void citiesSeeTheCallOnTheirWorkListAnswerItAndTheCallPageShowsWhoAnswered() throws Exception {
        var call = opened("Welcoming newcomers");
        var cityCall = "/manage/cities/" + answering.city().slug() + "/calls/" + call;

        mvc.perform(get("/me").with(user(answering.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcoming newcomers")))
                .andExpect(content().string(containsString(cityCall)));
        mvc.perform(get("/me").with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 2 member cities have answered")));

        mvc.perform(get(cityCall).with(user(answering.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer with a new practice")))
                .andExpect(content().string(containsString("Leadership and political commitment")));
        mvc.perform(post(cityCall + "/answer")
                        .param("language", "de")
                        .param("title", "Willkommensbüro")
                        .param("purpose", "Newcomers find their way")
                        .param("fieldsOfAction", "leadership")
                        .with(user(answering.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(networkCalls() + "/" + call).with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Willkommensbüro")))
                .andExpect(content().string(containsString("1 of 2 member cities")))
                .andExpect(content().string(containsString("<li>Stillstadt</li>")))
                .andExpect(content().string(not(containsString("<li>Aufrufstadt</li>"))));
        mvc.perform(get("/me").with(user(answering.coordinator())))
                .andExpect(content().string(not(containsString(cityCall))));
        mvc.perform(get(networkCalls()).with(user(world.secretariat)))
                .andExpect(content().string(containsString("Welcoming newcomers")))
                .andExpect(content().string(containsString("1 of 2 member cities")));
    }

    @Test
    void aCityAnswersWithAPracticeItAlreadySubmittedButNotWithAnotherCitysOne() throws Exception {
        var call = opened("Anti-rumour campaigns");
        var own = world.submitted(answering, content("Gerüchte entkräften", List.of("leadership"), null, null, 2024));
        var foreign = world.submitted(silent, content("Fremde Praxis", List.of(), null, null, 2024));
        var cityCall = "/manage/cities/" + answering.city().slug() + "/calls/" + call;

        mvc.perform(get(cityCall).with(user(answering.coordinator())))
                .andExpect(content().string(containsString("Gerüchte entkräften")))
                .andExpect(content().string(not(containsString("Fremde Praxis"))));
        mvc.perform(post(cityCall + "/answer-with")
                        .param("practice", foreign.value().toString())
                        .with(user(answering.coordinator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(cityCall + "/answer-with")
                        .param("practice", own.value().toString())
                        .with(user(answering.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(cityCall).with(user(answering.coordinator())))
                .andExpect(content().string(containsString("href=\"/practices/" + own.value() + "\"")));
    }

    @Test
    void aCallWithoutThemeOrWithAnUnreadableDeadlineIsShownAgainWithTheErrorBesideTheField() throws Exception {
        mvc.perform(post(networkCalls())
                        .param("theme", "Housing")
                        .param("deadline", "31.03.2027")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-error\"")))
                .andExpect(content().string(containsString("is not a date such as 2027-03-31")))
                .andExpect(content().string(containsString("value=\"Housing\"")));
        mvc.perform(post(networkCalls())
                        .param("theme", " ")
                        .param("deadline", deadline.toString())
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"theme-error\"")));
    }

    @Test
    void anotherNetworksSecretariatAndACityThatIsNoMemberNeitherOpenCloseNorAnswer() throws Exception {
        var call = opened("Inclusive schools");
        var stranger = new PracticeWorld(context);
        var outsiderCity = TestCities.create(context, "Außenstadt", "AT");
        var outsider = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, outsiderCity.id()));

        mvc.perform(get(networkCalls()).with(user(stranger.secretariat))).andExpect(status().isForbidden());
        mvc.perform(post(networkCalls())
                        .param("theme", "Forged")
                        .param("deadline", deadline.toString())
                        .with(user(stranger.secretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(networkCalls() + "/" + call + "/close")
                        .with(user(stranger.secretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(networkCalls() + "/" + call + "/close")
                        .with(user(answering.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        var outsiderCall = "/manage/cities/" + outsiderCity.slug() + "/calls/" + call;
        mvc.perform(get(outsiderCall).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(outsiderCall + "/answer")
                        .param("language", "de")
                        .param("title", "Forged")
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // nor under a member city's address: the call is not the outsider's to read
        mvc.perform(post("/manage/cities/" + answering.city().slug() + "/calls/" + call + "/answer")
                        .param("language", "de")
                        .param("title", "Forged")
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post(networkCalls() + "/" + call + "/close")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/cities/" + answering.city().slug() + "/calls/" + call)
                        .with(user(answering.coordinator())))
                .andExpect(content().string(containsString("This call takes no more answers.")));
    }
}
