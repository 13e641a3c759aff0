package org.equicity.framework.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.framework.Frameworks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FrameworkApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Frameworks frameworks;

    @Test
    void listsEveryFrameworkVersionWithTextsInAllLanguages() throws Exception {
        mvc.perform(get("/api/v1/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(frameworks.all().size())))
                .andExpect(jsonPath("$[?(@.ref == 'eccar-commitments@2023')].name.de")
                        .value("Zehn Verpflichtungen des ECCAR-10-Punkte-Aktionsplans"))
                .andExpect(jsonPath("$[?(@.ref == 'eccar-commitments@2023')].itemCount")
                        .value(10));
    }

    @Test
    void aFrameworkComesWithItsItemsAndNestedSubItems() throws Exception {
        mvc.perform(get("/api/v1/frameworks/eccar-commitments/2023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[6].ref").value("eccar-commitments@2023:7"))
                .andExpect(jsonPath("$.items[6].label.en").value("Fair Access to Housing"))
                .andExpect(jsonPath("$.items[6].label.de").value("Gerechter Zugang zu Wohnraum"));
        mvc.perform(get("/api/v1/frameworks/ici-fields-of-action/2019"))
                .andExpect(jsonPath("$.items[?(@.code == 'anti-discrimination')].children[0].code")
                        .value("gender-intersectionality"));
    }

    @Test
    void anItemComesWithTheItemsTheCrosswalkRelatesItTo() throws Exception {
        mvc.perform(get("/api/v1/frameworks/eccar-commitments/2023/items/7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label.fr").value("Un accès équitable au logement"))
                .andExpect(jsonPath("$.related[*].ref", hasItem("eccar-fields-of-activity@2023:housing")))
                .andExpect(jsonPath("$.related[*].ref", hasItem("ici-fields-of-action@2019:housing")));
        mvc.perform(get("/api/v1/frameworks/ici-fields-of-action/2019/items/housing"))
                .andExpect(jsonPath("$.related[*].ref", hasItem("eccar-commitments@2023:7")));
    }

    @Test
    void unknownOrMalformedReferencesAreNotFoundProblems() throws Exception {
        for (var path : new String[] {
            "/api/v1/frameworks/nothing/2023",
            "/api/v1/frameworks/eccar-commitments/1999",
            "/api/v1/frameworks/eccar-commitments/2023/items/99",
            "/api/v1/frameworks/eccar-commitments/2023/items/NO_CODE",
            "/api/v1/frameworks/eccar-commitments/-1/items/7"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
        }
        mvc.perform(get("/api/v1/frameworks/{id}/{version}", "Not An Id", "2023"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theCrosswalkListsEveryLink() throws Exception {
        mvc.perform(get("/api/v1/crosswalk").with(user("reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.from == 'eccar-commitments@2023:7')].to",
                        hasItem("eccar-fields-of-activity@2023:housing")));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheEndpointsAndTheChoiceOfLanguages() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks/{id}/{version}/items/{code}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/crosswalk']").exists())
                .andExpect(jsonPath(
                        "$.tags[?(@.name == 'Frameworks')].description",
                        hasItem(containsString("all available languages"))));
    }
}
