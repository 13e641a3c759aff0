package org.equicity.translation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.network.NetworkTestData;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@Tag("database")
class EagerLanguagePagesTests extends TranslationTestContext {

    @Autowired
    MockMvc mvc;

    @Autowired
    Translations translations;

    NetworkDetails network;
    UserDetails secretariat;
    UserDetails otherSecretariat;

    @BeforeEach
    void network() {
        var data = new NetworkTestData(context);
        network = data.network("Coalition");
        secretariat = data.secretariatOf(network.id());
        otherSecretariat = data.secretariatOf(data.network("Other coalition").id());
    }

    String page() {
        return "/manage/networks/" + network.slug() + "/translations";
    }

    @Test
    void theSecretariatChoosesTheLanguagesOnItsNetworksPage() throws Exception {
        mvc.perform(get(page()).with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"language-fr\"")))
                .andExpect(content().string(not(containsString("id=\"language-en\""))));

        mvc.perform(post(page())
                        .param("languages", "fr", "de")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page()));

        assertThat(translations.eagerLanguages(network.id())).containsExactly("de", "fr");
        mvc.perform(get(page()).with(user(secretariat)))
                .andExpect(content().string(containsString("value=\"fr\" checked")));

        mvc.perform(post(page()).with(user(secretariat)).with(csrf())).andExpect(status().isFound());
        assertThat(translations.eagerLanguages(network.id())).as("none ticked").isEmpty();
    }

    @Test
    void anotherNetworksSecretariatIsRefusedThroughThePageAndTheApi() throws Exception {
        mvc.perform(get(page()).with(user(otherSecretariat))).andExpect(status().isForbidden());
        mvc.perform(post(page())
                        .param("languages", "fr")
                        .with(user(otherSecretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/networks/" + network.id().value() + "/translation-languages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"languages\":[\"fr\"]}")
                        .with(user(otherSecretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(translations.eagerLanguages(network.id())).isEmpty();
    }

    @Test
    void theApiAnswersAnUnknownCodeWithAProblemAndKeepsTheChoice() throws Exception {
        var api = "/api/v1/networks/" + network.id().value() + "/translation-languages";
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"languages\":[\"es\",\"en\"]}")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages[0]").value("es"))
                .andExpect(jsonPath("$.languages.length()").value(1));

        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"languages\":[\"klingon\"]}")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages[0]").value("es"));
    }
}
