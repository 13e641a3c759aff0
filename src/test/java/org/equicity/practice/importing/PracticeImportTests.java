package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeCollections.OwnerRef;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.equicity.practice.importing.PracticeImports.Corrections;
import org.equicity.practice.importing.PracticeImports.ImportPreview;
import org.equicity.practice.importing.PracticeImports.Outcome;
import org.equicity.practice.importing.PracticeImports.PracticePreview;
import org.equicity.practice.importing.PracticeImports.ProblemKind;
import org.equicity.practice.importing.PracticeImports.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

/**
 * A network's secretariat turns a compendium of 37 practices from 8 countries into its collection: the DOCX and the
 * PDF of the same compendium are split alike, with owners, sections and problems; the secretariat fixes two owners,
 * maps an unknown label and imports; the same document again changes nothing, and a second edition updates the two
 * practices it changed and says so.
 */
@SpringBootTest
// With MockMvc, though unused here: the same cached application context as the other tests, one start fewer.
@AutoConfigureMockMvc
@Tag("database")
class PracticeImportTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeImports imports;

    @Autowired
    Practices practices;

    ImportWorld world;

    @BeforeEach
    void setUp() {
        world = new ImportWorld(context);
        // the network holds this practice already: the compendium's is a possible duplicate
        var graz = world.cities.get("Graz");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, graz.id()));
        as(
                coordinator,
                () -> practices.submit(new NewPractice(
                        graz.id(),
                        world.network.id(),
                        new PracticeContent(
                                "de",
                                new Template(
                                        "Welcome desk for newcomers in Graz",
                                        null,
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        "Help",
                                        null,
                                        null,
                                        null,
                                        List.of()),
                                Classification.none()))));
    }

    @Test
    void theDocxAndThePdfOfACompendiumAreSplitIntoItsPracticesWithOwnersSectionsAndProblems() {
        var compendium = ImportWorld.compendium();
        for (var upload : List.of(
                world.upload("compendium.docx", compendium.docx(), "2019"),
                world.upload("compendium.pdf", compendium.pdf(), "2019"))) {
            var preview = world.preview(upload);
            assertThat(preview.status()).isEqualTo(Status.READY);
            assertThat(preview.practices()).hasSize(37);
            assertThat(preview.contents()).contains(ImportWorld.THEME_ONE, "AUSTRIA", "SWEDEN");
            assertThat(preview.practices().stream()
                            .map(PracticePreview::country)
                            .distinct())
                    .hasSize(8);

            var lyon = practice(preview, "Anti-rumour campaign of Lyon");
            assertThat(lyon.owner())
                    .isEqualTo(new OwnerRef(world.cities.get("Lyon").id(), null));
            // French labels over English text: the practice is written in English
            assertThat(lyon.language()).isEqualTo("en");
            assertThat(lyon.theme()).isEqualTo(ImportWorld.THEME_TWO);
            assertThat(lyon.country()).isEqualTo("FRANCE");
            assertThat(lyon.locator()).matches("p\\. \\d+");
            assertThat(lyon.sections())
                    .extracting(PracticeImports.SectionFound::section)
                    .containsExactly(
                            Section.MEASURE_TYPE,
                            Section.AREA_OF_INTERVENTION,
                            Section.DURATION,
                            Section.PURPOSE,
                            Section.RATIONALE,
                            Section.PROCESS,
                            Section.IMPACT,
                            Section.REFERENCES);
            // lines a PDF wrapped are joined again
            var process = compendium.entries.stream()
                    .filter(entry -> entry.heading().startsWith("LYON: Anti"))
                    .findFirst()
                    .orElseThrow()
                    .sections()
                    .get("Processus");
            assertThat(lyon.sections().get(5).text().replaceAll("\\s+", " ")).isEqualTo(process);
            assertThat(lyon.suggestedFields()).containsExactly("anti-rumours", "education");
            assertThat(lyon.problems()).isEmpty();

            assertThat(practice(preview, "National action plan against racism").owner())
                    .isEqualTo(new OwnerRef(null, world.ministry));
            assertThat(practice(preview, "Flemish integration pathway").owner())
                    .isEqualTo(new OwnerRef(null, world.region));
            assertThat(practice(preview, "Observatory of discrimination").owner())
                    .isEqualTo(new OwnerRef(null, world.ngo));
            assertThat(practice(preview, "Observatory of discrimination").problems())
                    .containsExactly(new PracticeImports.Problem(ProblemKind.SECTION_UNKNOWN, "Lead partner"));
            assertThat(preview.unknownLabels()).containsExactly("Lead partner");

            var atlantis = practice(preview, "Harbour festival");
            assertThat(atlantis.owner()).isNull();
            assertThat(atlantis.ownerName()).isEqualTo("Atlantis");
            assertThat(atlantis.problems())
                    .extracting(PracticeImports.Problem::kind)
                    .containsExactlyInAnyOrder(ProblemKind.OWNER_NOT_RECOGNISED, ProblemKind.NOT_IN_CONTENTS);
            assertThat(atlantis.outcome()).isEqualTo(Outcome.SKIP);
            assertThat(practice(preview, "Housing for all campaign").problems())
                    .extracting(PracticeImports.Problem::kind)
                    .containsExactly(ProblemKind.OWNER_NOT_RECOGNISED);
            assertThat(practice(preview, "Welcome desk for newcomers in Graz").problems())
                    .extracting(PracticeImports.Problem::kind)
                    .containsExactly(ProblemKind.POSSIBLE_DUPLICATE);
            assertThat(preview.count(Outcome.CREATE)).isEqualTo(35);
            assertThat(preview.count(Outcome.SKIP)).isEqualTo(2);
        }
    }

    @Test
    void theSecretariatCorrectsAndImportsThenTheSameDocumentChangesNothingAndASecondEditionUpdatesTwo() {
        var compendium = ImportWorld.compendium();
        var upload = world.upload("compendium.docx", compendium.docx(), "2019");
        var housing = world.contributor(
                "Portuguese Ministry of Infrastructure and Housing",
                ContributorKind.NATIONAL_AUTHORITY,
                OwnerLevel.NATIONAL,
                "PT");
        var atlantisKey = practice(world.preview(upload), "Harbour festival").key();
        var housingKey =
                practice(world.preview(upload), "Housing for all campaign").key();
        var corrected = as(
                world.secretariat,
                () -> imports.correct(
                        upload,
                        new Corrections(
                                Map.of(
                                        atlantisKey,
                                        new OwnerRef(world.cities.get("Lisbon").id(), null),
                                        housingKey,
                                        new OwnerRef(null, housing)),
                                Map.of("Lead partner", Section.IMPLEMENTING_PARTNERS),
                                List.of(),
                                Map.of(),
                                true)));
        assertThat(corrected.practices())
                .allSatisfy(practice -> assertThat(practice.outcome())
                        .as("%s: %s", practice.title(), practice.problems())
                        .isEqualTo(Outcome.CREATE));
        assertThat(corrected.unknownLabels()).isEmpty();

        var done = world.imported(upload);
        assertThat(done.status()).isEqualTo(Status.IMPORTED);
        assertThat(done.result().created()).isEqualTo(37);
        var collected = as(world.secretariat, () -> practices.ofNetwork(world.network.id()));
        assertThat(collected).hasSize(38);
        var observatory = collected.stream()
                .filter(summary -> summary.title().equals("Observatory of discrimination"))
                .findFirst()
                .map(summary -> as(world.secretariat, () -> practices.practice(summary.id())))
                .orElseThrow();
        assertThat(observatory.summary().owner().contributor()).isEqualTo(world.ngo);
        assertThat(observatory.summary().status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(observatory.content().description().implementingPartners()).isEqualTo("Red Cross");
        assertThat(observatory.content().template().fieldsOfAction()).contains("anti-discrimination");
        assertThat(observatory.content().description().measureType()).isEqualTo("programme");
        assertThat(observatory.content().description().periodStart()).isEqualTo("2018");
        assertThat(observatory.content().description().periodEnd()).isEqualTo("2021");
        assertThat(observatory.provenance().document().publisher()).isEqualTo("Council of Europe");
        assertThat(observatory.provenance().locator()).matches("p\\. \\d+");
        assertThat(observatory.provenance().importedBy()).isNotNull();

        var again = world.upload("compendium.docx", compendium.docx(), "2019");
        assertThat(world.preview(again).count(Outcome.UNCHANGED)).isEqualTo(37);
        var repeated = world.imported(again);
        assertThat(repeated.result().created()).isZero();
        assertThat(repeated.result().updated()).isZero();
        assertThat(repeated.result().unchanged()).isEqualTo(37);

        var second = compendium
                .copy()
                .revised("PORTO: Anti-rumour campaign of Porto", "Process", text -> text + " A second phase began.")
                .revised("GHENT: Welcome desk for newcomers in Ghent", "Processus", text -> text + " Suite.");
        var edition = world.upload("compendium-2021.docx", second.docx(), "2021");
        assertThat(world.preview(edition).count(Outcome.UPDATE)).isEqualTo(2);
        var updated = world.imported(edition);
        assertThat(updated.result().updated()).isEqualTo(2);
        assertThat(updated.result().unchanged()).isEqualTo(35);
        assertThat(updated.result().updatedTitles())
                .containsExactlyInAnyOrder("Anti-rumour campaign of Porto", "Welcome desk for newcomers in Ghent");
        assertThat(as(world.secretariat, () -> practices.ofNetwork(world.network.id())))
                .hasSize(38);
    }

    @Test
    void aDutchAndAPolishCompendiumHaveTheirSectionsRecognisedAndTheirLanguageKept() {
        world.member("Utrecht", "NL");
        world.member("Gdańsk", "PL");
        var dutch = new LinkedHashMap<String, String>();
        dutch.put("Soort maatregel", "Project");
        dutch.put("Interventiegebied", "Onderwijs");
        dutch.put("Looptijd", "2019 tot 2022");
        dutch.put("Doel", "Nieuwkomers leren de taal in een taalcafé.");
        dutch.put("Aanleiding", "Veel nieuwkomers vonden geen plek in een taalcursus.");
        dutch.put("Werkwijze", "Vrijwilligers ontmoeten nieuwkomers elke week in de bibliotheek.");
        dutch.put("Resultaten", "Driehonderd deelnemers per jaar.");
        dutch.put("Meer informatie", "https://example.org/utrecht-taalcafe");
        var polish = new LinkedHashMap<String, String>();
        polish.put("Rodzaj działania", "Projekt");
        polish.put("Obszar interwencji", "Edukacja");
        polish.put("Czas trwania", "2020–2023");
        polish.put("Cel", "Szkoła otwarta dla dzieci wszystkich mieszkańców.");
        polish.put("Uzasadnienie", "Dzieci migrantów często opuszczały szkołę.");
        polish.put("Przebieg", "Asystenci międzykulturowi pracują w każdej szkole.");
        polish.put("Rezultaty", "Mniej dzieci opuszcza szkołę.");
        polish.put("Więcej informacji", "https://example.org/gdansk-szkola");
        var compendium = new TestCompendium("Europese praktijken / Praktyki europejskie")
                .written("ONDERWIJS", "NEDERLAND", "UTRECHT: Taalcafé voor nieuwkomers", dutch)
                .written("EDUKACJA", "POLSKA", "GDAŃSK: Szkoła otwarta dla wszystkich", polish);
        var upload = world.upload("praktijken.docx", compendium.docx(), "2022");

        var preview = world.preview(upload);
        assertThat(preview.unknownLabels()).isEmpty();
        var reading = List.of(
                Section.MEASURE_TYPE,
                Section.AREA_OF_INTERVENTION,
                Section.DURATION,
                Section.PURPOSE,
                Section.RATIONALE,
                Section.PROCESS,
                Section.IMPACT,
                Section.REFERENCES);
        var utrecht = practice(preview, "Taalcafé voor nieuwkomers");
        assertThat(utrecht.sections())
                .extracting(PracticeImports.SectionFound::section)
                .isEqualTo(reading);
        assertThat(utrecht.language()).isEqualTo("nl");
        assertThat(utrecht.country()).isEqualTo("NEDERLAND");
        assertThat(utrecht.owner())
                .isEqualTo(new OwnerRef(world.cities.get("Utrecht").id(), null));
        var gdansk = practice(preview, "Szkoła otwarta dla wszystkich");
        assertThat(gdansk.sections())
                .extracting(PracticeImports.SectionFound::section)
                .isEqualTo(reading);
        assertThat(gdansk.language()).isEqualTo("pl");
        assertThat(gdansk.country()).isEqualTo("POLSKA");
        assertThat(gdansk.theme()).isEqualTo("EDUKACJA");

        assertThat(world.imported(upload).result().created()).isEqualTo(2);
        var imported = as(world.secretariat, () -> practices.ofNetwork(world.network.id())).stream()
                .filter(summary -> summary.title().equals("Szkoła otwarta dla wszystkich"))
                .findFirst()
                .map(summary -> as(world.secretariat, () -> practices.practice(summary.id())))
                .orElseThrow();
        assertThat(imported.content().language()).isEqualTo("pl");
        assertThat(imported.content().template().process())
                .isEqualTo("Asystenci międzykulturowi pracują w każdej szkole.");
        assertThat(imported.content().description().periodStart()).isEqualTo("2020");
        assertThat(imported.content().description().periodEnd()).isEqualTo("2023");
    }

    static PracticePreview practice(ImportPreview preview, String title) {
        return preview.practices().stream()
                .filter(practice -> practice.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No practice " + title + " in "
                        + preview.practices().stream()
                                .map(PracticePreview::title)
                                .toList()));
    }
}
