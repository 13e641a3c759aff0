package org.equicity.monitoring.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.monitoring.collection.StaffSurveys.Question;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.Response;
import org.equicity.shared.CityId;
import org.equicity.shared.DemoContentPart;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's data collection: a round table, staff diversity counts per department and grade, a year of incident
 * records from its counselling service and an anonymous staff survey that enough staff answered for its results to
 * show. It lives here because the demo module may not reach a nested module; the demo loader hands it its people once
 * the city's programme and people exist, and it writes through this module's facades as the city's coordinator.
 */
@Component
@ConditionalOnBooleanProperty("equicity.demo.enabled")
class DemoCollection implements DemoContentPart {

    private static final List<String> DISTRICTS = List.of("Altstadt", "Nordend", "Südstadt");

    private final DataCollection collection;
    private final StaffSurveys surveys;
    private final Cities cities;
    private final Monitoring monitoring;
    private final Clock clock;

    DemoCollection(DataCollection collection, StaffSurveys surveys, Cities cities, Monitoring monitoring, Clock clock) {
        this.collection = collection;
        this.surveys = surveys;
        this.cities = cities;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Override
    public void load(DemoPeople people) {
        var city = cities.bySlug("beispielstadt");
        people.signIn(people.account("coordinator", city.slug()));
        var programme = monitoring.programmes(city.id()).get(0).id();
        var lastYear = LocalDate.now(clock).getYear() - 1;
        roundTable(programme, lastYear);
        staff(city.id(), programme, lastYear);
        incidents(programme, lastYear);
        survey(programme);
    }

    private static Protection protection(
            String purpose, String legalBasis, @Nullable String consent, Audience audience) {
        return new Protection(purpose, legalBasis, consent, 36, audience);
    }

    private void roundTable(ProgrammeId programme, int year) {
        var dataset = collection.open(
                programme,
                new NewDataset(
                        DatasetKind.CONVERSATIONS,
                        "Runde Tische mit Initiativen und Beratungsstellen",
                        protection(
                                "Wo kommen Rassismus und Diskriminierung vor, und wer ist besonders betroffen?",
                                "Art. 6 Abs. 1 lit. e DSGVO, Stadtratsbeschluss 2023/412",
                                null,
                                Audience.CITY_PEOPLE),
                        null,
                        List.of()));
        collection.recordConversation(
                dataset,
                new ConversationNotes(
                        ConversationKind.ROUND_TABLE,
                        LocalDate.of(year, 5, 12),
                        Map.of("affected-civil-society", 7, "city-administration", 3, "science-expertise", 1),
                        "Offene Runde: Was macht die Stadt gut, was kann sie besser machen?",
                        List.of("Absagen bei Wohnungsbesichtigungen", "Sprachbarrieren im Bürgerbüro")));
    }

    /** Small counts among them (three in grade E13), so that the table shows what disclosure control hides. */
    private void staff(CityId city, ProgrammeId programme, int year) {
        var dataset = collection.open(
                programme,
                new NewDataset(
                        DatasetKind.STAFF_DIVERSITY,
                        "Vielfalt der Beschäftigten",
                        protection(
                                "Vielfalt im Personal darstellen und das Diversitätsmanagement bewerten",
                                "Art. 9 Abs. 2 lit. a DSGVO: ausdrückliche Einwilligung",
                                "Freiwillige anonyme Selbstauskunft nach schriftlicher Information",
                                Audience.COORDINATORS),
                        "breakdown-migration-background",
                        List.of()));
        var counts = cities.departments(city).stream()
                .flatMap(department -> List.of(
                        new StaffCount(department.id(), "E9", "with-migration-background", 14),
                        new StaffCount(department.id(), "E9", "without-migration-background", 41),
                        new StaffCount(department.id(), "E13", "with-migration-background", 3),
                        new StaffCount(department.id(), "E13", "without-migration-background", 22))
                        .stream())
                .toList();
        collection.recordStaffFigures(dataset, year, counts);
    }

    private void incidents(ProgrammeId programme, int year) {
        var dataset = collection.open(
                programme,
                new NewDataset(
                        DatasetKind.INCIDENTS,
                        "Fälle der Antidiskriminierungsberatung",
                        protection(
                                "Häufigkeit, Form und Ort diskriminierender Vorfälle erfassen",
                                "Art. 6 Abs. 1 lit. e DSGVO; nur anonymisierte Codes",
                                null,
                                Audience.COORDINATORS),
                        null,
                        DISTRICTS));
        var grounds = List.of("anti-black-racism", "anti-muslim-racism", "racism", "antisemitism", "religion");
        for (int i = 0; i < 36; i++) {
            collection.recordIncident(
                    dataset,
                    new IncidentEntry(
                            YearMonth.of(year, 1 + i % 12),
                            DISTRICTS.get(i % 3 == 0 ? 0 : i % 2 == 0 ? 1 : 2),
                            List.of(grounds.get(i % 7 < 4 ? i % 4 : 4)),
                            i % 3 == 0 ? "housing" : "goods-and-services",
                            i % 4 == 0 ? "insult" : "refusal-of-service",
                            i % 2 == 0 ? "counselling" : "intervention"));
        }
    }

    /** Answered by 24 of 40 staff, above the threshold, then closed and its free texts reviewed. */
    private void survey(ProgrammeId programme) {
        var dataset = collection.open(
                programme,
                new NewDataset(
                        DatasetKind.SURVEY,
                        "Anonyme Befragung der Beschäftigten",
                        protection(
                                "Bewusstsein und Handlungsbedarf in der Verwaltung erkennen",
                                "Art. 6 Abs. 1 lit. e DSGVO; anonyme Befragung",
                                "Freiwillig; keine Angaben zur Person",
                                Audience.COORDINATORS),
                        null,
                        List.of()));
        surveys.writeQuestionnaire(
                dataset,
                0,
                List.of(
                        new Question(
                                QuestionKind.SINGLE_CHOICE,
                                "Kommt Diskriminierung in Ihrem Bereich vor?",
                                List.of("Ja", "Nein", "Weiß nicht")),
                        new Question(
                                QuestionKind.MULTIPLE_CHOICE,
                                "Falls ja: wo?",
                                List.of(
                                        "Im Kontakt mit Kundschaft",
                                        "Unter Kolleginnen und Kollegen",
                                        "In Vorschriften")),
                        new Question(
                                QuestionKind.FREE_TEXT,
                                "In welchen Bereichen wären Maßnahmen gegen Rassismus nötig?",
                                List.of())),
                "Anonym, etwa fünf Minuten.");
        var tokens = surveys.issueTokens(dataset, 40);
        surveys.open(dataset);
        for (int i = 0; i < 24; i++) {
            surveys.answer(
                    tokens.get(i),
                    List.of(
                            new Response(0, List.of(i % 3 == 0 ? 1 : 0), null),
                            new Response(1, i % 3 == 0 ? List.of() : List.of(0, i % 2 + 1), null),
                            new Response(2, List.of(), i % 6 == 0 ? "Bürgerbüro und Wohnungsvergabe" : null)));
        }
        surveys.close(dataset);
        surveys.textsToReview(dataset).forEach(text -> surveys.review(dataset, text.id(), true));
    }
}
