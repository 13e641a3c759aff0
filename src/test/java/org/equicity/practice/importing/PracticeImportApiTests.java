package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.PracticeImports.Corrections;
import org.equicity.practice.importing.PracticeImports.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import over HTTP: the secretariat uploads, previews, corrects and confirms with its own rights; another
 * network's secretariat is refused; files that are empty, damaged, too large, of another kind or without practices
 * are answered with a problem detail saying why, never a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ImportWorld world;

    @BeforeEach
    void setUp() {
        world = new ImportWorld(context);
    }

    MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content, UserDetails person) {
        var request = multipart("/api/v1/networks/" + world.network.id().value() + "/practice-imports");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("title", "Compendium of urban practices against discrimination")
                .param("publisher", "Council of Europe")
                .param("date", "2019")
                .with(user(person))
                .with(csrf())
                .locale(Locale.ENGLISH);
        return request;
    }

    @Test
    void theSecretariatUploadsPreviewsCorrectsAndConfirmsAndOthersAreRefused() throws Exception {
        var compendium = ImportWorld.compendium();
        var markdown = org.springframework.web.util.HtmlUtils.htmlUnescape(compendium
                .html()
                .replaceAll("<title>[^<]*</title>", "")
                .replaceAll("<h[123]>", "\n\n# ")
                .replaceAll("<b>|</b>", "**")
                .replaceAll("<[^>]+>", "\n"));
        var created = mvc.perform(upload(
                        "compendium.html", compendium.html().getBytes(StandardCharsets.UTF_8), world.secretariat))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.practices.length()").value(37))
                .andExpect(jsonPath("$.unknownLabels[0]").value("Lead partner"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(upload("compendium.md", markdown.getBytes(StandardCharsets.UTF_8), world.secretariat))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("text/markdown"))
                .andExpect(jsonPath("$.practices.length()").value(37));

        var other = new ImportWorld(context);
        mvc.perform(upload("compendium.docx", compendium.docx(), other.secretariat))
                .andExpect(status().isForbidden());
        mvc.perform(get(created).with(user(other.secretariat))).andExpect(status().isForbidden());
        mvc.perform(post(created + "/confirm").with(user(other.secretariat)).with(csrf()))
                .andExpect(status().isForbidden());
        // a colleague of the same secretariat reads it, but only the person who uploaded it imports it
        var colleague = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, world.network.id()));
        mvc.perform(get(created).with(user(colleague))).andExpect(status().isOk());
        mvc.perform(post(created + "/confirm").with(user(colleague)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(put(created + "/corrections")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"labels\": {\"Lead partner\": \"IMPLEMENTING_PARTNERS\"}, \"deselected\": [],"
                                + " \"acceptSuggestedFields\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unknownLabels.length()").value(0));
        mvc.perform(put(created + "/corrections")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"fieldsOfAction\": {\"graz welcome desk for newcomers in graz\": [\"free text\"]}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(created + "/confirm").with(user(world.secretariat)).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("IMPORTING"))
                .andExpect(jsonPath("$.total").value(35));
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWithTheReason() throws Exception {
        mvc.perform(upload("empty.pdf", new byte[0], world.secretariat))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("no text")));
        mvc.perform(upload(
                        "broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(), world.secretariat))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(upload("broken.docx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}, world.secretariat))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(upload(
                        "image.png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0},
                        world.secretariat))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("cannot be imported")));
        mvc.perform(upload("notes.txt", "Minutes of the meeting.\nNothing else.".getBytes(), world.secretariat))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("No practice was found")));
        mvc.perform(upload("huge.pdf", new byte[PracticeImports.MAX_FILE_BYTES + 1], world.secretariat))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(upload("broken.json", "{\"practices\": [".getBytes(), world.secretariat))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/practice-imports/" + java.util.UUID.randomUUID() + "/confirm")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLibrarysOwnExportIsImportedWithTheSamePreview() throws Exception {
        var csv = "title,owner,measure_type,area_of_intervention,implementation_period,purpose,process\n"
                + "Welcome desk,Graz,project,Public services,2019-2022,To welcome,\"Staff met people.\n\nThen more.\"\n"
                + "Regional plan,Region of Flanders,policy,Education,2020,To plan,Wrote it.\n"
                + "Unknown one,Nobody Inc,campaign,Housing,2021,To house,Built.\n";
        mvc.perform(upload("practices.csv", csv.getBytes(StandardCharsets.UTF_8), world.secretariat))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.practices.length()").value(3))
                .andExpect(jsonPath("$.practices[0].title").value("Welcome desk"))
                .andExpect(jsonPath("$.practices[0].owner.city")
                        .value(world.cities.get("Graz").id().value().toString()))
                .andExpect(jsonPath("$.practices[0].suggestedFields[0]").value("public-services"))
                .andExpect(jsonPath("$.practices[1].owner.contributor")
                        .value(world.region.value().toString()))
                .andExpect(jsonPath("$.practices[2].problems[0].kind").value("OWNER_NOT_RECOGNISED"));
        var json = "{\"practices\": [{\"title\": \"Welcome desk\", \"owner\": \"Graz\", \"purpose\": \"To welcome\"}]}";
        mvc.perform(upload("practices.json", json.getBytes(StandardCharsets.UTF_8), world.secretariat))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.practices[0].owner.city")
                        .value(world.cities.get("Graz").id().value().toString()));
    }

    @Test
    void aTableExportedWithItsSourceGoesBackInUnderThatSourceWithoutTypingIt() throws Exception {
        var csv = "title,owner,purpose,source_title,source_publisher,source_date,source_address,source_section\n"
                + "Welcome desk,Graz,To welcome,Compendium on integration,Council of Europe,2019,"
                + "https://example.org/c.pdf,p. 42\n"
                + "Regional plan,Region of Flanders,To plan,Compendium on integration,Council of Europe,2019,,p. 43\n";
        var request = multipart("/api/v1/networks/" + world.network.id().value() + "/practice-imports");
        request.file(new MockMultipartFile(
                        "file", "practices.csv", "application/octet-stream", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(world.secretariat))
                .with(csrf())
                .locale(Locale.ENGLISH);
        mvc.perform(request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.document.title").value("Compendium on integration"))
                .andExpect(jsonPath("$.document.publisher").value("Council of Europe"))
                .andExpect(jsonPath("$.document.date").value("2019"))
                .andExpect(jsonPath("$.document.address").value("https://example.org/c.pdf"))
                .andExpect(jsonPath("$.practices.length()").value(2))
                .andExpect(jsonPath("$.practices[0].locator").value("p. 42"))
                .andExpect(jsonPath("$.practices[1].locator").value("p. 43"));

        var mixed = "title,owner,purpose,source_title\nOne,Graz,To do,First compendium\nTwo,Graz,To do,Second one\n";
        var again = multipart("/api/v1/networks/" + world.network.id().value() + "/practice-imports");
        again.file(new MockMultipartFile(
                        "file", "mixed.csv", "application/octet-stream", mixed.getBytes(StandardCharsets.UTF_8)))
                .with(user(world.secretariat))
                .with(csrf())
                .locale(Locale.ENGLISH);
        mvc.perform(again)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.rule.required"));
    }

    @Test
    void aCompendiumExportedAsJsonGoesBackInWithTheSameProvenance() throws Exception {
        var document = new SourceDocument(
                "Compendium of urban practices against discrimination",
                "Council of Europe",
                "2019",
                "https://example.org/compendium.pdf");
        var id = as(
                world.secretariat,
                () -> context.getBean(PracticeImports.class)
                        .upload(
                                world.network.id(),
                                new Upload(
                                        "compendium.docx",
                                        ImportWorld.compendium().docx(),
                                        document,
                                        "Council of Europe",
                                        LocalDate.of(2019, 6, 1))));
        as(
                world.secretariat,
                () -> context.getBean(PracticeImports.class)
                        .correct(id, new Corrections(Map.of(), Map.of(), List.of(), Map.of(), true)));
        assertThat(world.imported(id).status()).isEqualTo(PracticeImports.Status.IMPORTED);
        var exported = mvc.perform(get("/practices.json").param("network", world.network.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // each practice's section of the source, its language and its fields of action, as exported
        var sections = new java.util.HashMap<String, String>();
        JsonMapper.builder()
                .build()
                .readTree(exported)
                .path("practices")
                .forEach(row -> sections.put(
                        row.path("title").asString(),
                        row.path("source_section").asString() + " "
                                + row.path("language").asString() + " " + row.path("fields_of_action")));
        assertThat(sections)
                .hasSize(35)
                .allSatisfy((title, section) -> assertThat(section).startsWith("p. "));
        assertThat(sections.values()).anySatisfy(section -> assertThat(section).contains(" en [\"public-services\"]"));

        var request = multipart("/api/v1/networks/" + world.network.id().value() + "/practice-imports");
        request.file(new MockMultipartFile("file", "good-practices.json", "application/json", exported))
                .with(user(world.secretariat))
                .with(csrf())
                .locale(Locale.ENGLISH);
        var preview = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(request)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.document.title").value(document.title()))
                        .andExpect(jsonPath("$.document.publisher").value(document.publisher()))
                        .andExpect(jsonPath("$.document.date").value(document.date()))
                        .andExpect(jsonPath("$.document.address").value(document.address()))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        var read = new java.util.HashMap<String, String>();
        preview.path("practices")
                .forEach(practice -> read.put(
                        practice.path("title").asString(),
                        practice.path("locator").asString() + " "
                                + practice.path("language").asString() + " " + practice.path("fieldsOfAction")));
        assertThat(read).isEqualTo(sections);
    }
}
