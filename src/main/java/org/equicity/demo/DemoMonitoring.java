package org.equicity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.monitoring.collection.StaffSurveys;
import org.equicity.monitoring.collection.StaffSurveys.Question;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.Response;
import org.springframework.stereotype.Component;

/**
 * Beispielstadt's inner-administrative monitoring with its data collection: round tables, staff diversity figures,
 * incident records of its counselling service and an anonymous staff survey that enough staff answered for its
 * results to show.
 */
@Component
class DemoMonitoring {

    private final Monitoring monitoring;
    private final DataCollection collection;
    private final StaffSurveys surveys;
    private final Cities cities;

    DemoMonitoring(Monitoring monitoring, DataCollection collection, StaffSurveys surveys, Cities cities) {
        this.monitoring = monitoring;
        this.collection = collection;
        this.surveys = surveys;
        this.cities = cities;
    }

    /** Sets the programme up with its data collection, and returns it for its report. */
    ProgrammeId beispielstadt(CitySummary city, LocalDate today) {
        var programme = monitoring.setUp(
                city.id(),
                new ProgrammeContent(
                        "inner-administrative",
                        "Innerstädtisches Monitoring 2026",
                        new Decision("Rat der Stadt", LocalDate.of(2025, 11, 20), "Drucksache 2025/311"),
                        "Die Steuerungsgruppe holt Informationen der Ämter ein und verfolgt die Empfehlungen.",
                        List.of(new Budget(2026, new BigDecimal("1.5"), new BigDecimal("40000"))),
                        "EUR",
                        DataCollector.INTERNAL,
                        "Stelle für Vielfalt und Antidiskriminierung",
                        Cycle.EVERY_TWO_YEARS,
                        List.of("public-services", "city-staff", "incidents"),
                        List.of()));
        var lastYear = today.getYear() - 1;
        roundTables(programme, lastYear);
        staff(city, programme, lastYear);
        incidents(programme, lastYear);
        survey(programme);
        return programme;
    }

    private static Protection protection(String purpose, String legalBasis, String consent, Audience audience) {
        return new Protection(purpose, legalBasis, consent, 36, audience);
    }

    private void roundTables(ProgrammeId programme, int year) {
        var dataset = collection.open(
                programme,
                new NewDataset(
                        DatasetKind.CONVERSATIONS,
                        "Runde Tische mit NGOs",
                        protection(
                                "Wo kommen Rassismus und Diskriminierung vor, und wer ist besonders betroffen?",
                                "Art. 6 Abs. 1 lit. e DSGVO, Ratsbeschluss 2025/311",
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
                        "Offene Diskussion: Was macht die Stadt gut, was kann sie besser machen?",
                        List.of("Absagen bei Wohnungsbesichtigungen", "Sprachbarrieren im Bürgerbüro")));
    }

    private void staff(CitySummary city, ProgrammeId programme, int year) {
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
        var counts = cities.departments(city.id()).stream()
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
                        List.of("Altstadt", "Nordend", "Südstadt")));
        var grounds = List.of("anti-black-racism", "anti-muslim-racism", "racism", "antisemitism", "religion");
        var districts = List.of("Altstadt", "Nordend", "Südstadt");
        for (int i = 0; i < 36; i++) {
            collection.recordIncident(
                    dataset,
                    new IncidentEntry(
                            YearMonth.of(year, 1 + i % 12),
                            districts.get(i % 3 == 0 ? 0 : i % 2 == 0 ? 1 : 2),
                            List.of(grounds.get(i % 7 < 4 ? i % 4 : 4)),
                            i % 3 == 0 ? "housing" : "goods-and-services",
                            i % 4 == 0 ? "insult" : "refusal-of-service",
                            i % 2 == 0 ? "counselling" : "intervention"));
        }
    }

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
                            new Response(1, i % 3 == 0 ? List.of() : List.of(0, i % 2), null),
                            new Response(2, List.of(), i % 6 == 0 ? "Bürgerbüro und Wohnungsvergabe" : null)));
        }
    }
}
