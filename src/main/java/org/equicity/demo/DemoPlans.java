package org.equicity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Budget;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.CouncilDecision;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.Responsibility;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * The demo cities' action plans: Beispielstadt's is adopted and in implementation (so its public page and
 * progress can be seen), Villa Ejemplo's is a draft (visible only to its own people). Each is written in the
 * city's own language, as cities do.
 */
@Component
class DemoPlans {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");

    private final Plans plans;
    private final Cities cities;

    DemoPlans(Plans plans, Cities cities) {
        this.plans = plans;
        this.cities = cities;
    }

    void beispielstadt(CitySummary city) {
        var plan = plans.create(new NewPlan(
                city.id(),
                new PlanDetails("Aktionsplan gegen Rassismus 2025–2027", 2025, 2027, "de"),
                COMMITMENTS,
                TRACKS,
                null));
        counselling(plan, department(city, "Stelle"));
        anonymousApplications(plan, department(city, "Personalamt"));
        housingTest(plan, department(city, "Wohnungsamt"));
        plans.openConsultation(plan);
        plans.adopt(
                plan,
                new CouncilDecision(
                        LocalDate.of(2025, 2, 12), "Stadtratsbeschluss 2025/117", "https://beispielstadt.example/rat"));
        plans.startImplementation(plan);
    }

    /** Commitment 3: counselling for victims near where they live, as a focus group asked for it. */
    private void counselling(PlanId plan, DepartmentId office) {
        var victims = plans.addCommitment(
                plan,
                commitment(
                        "3",
                        "Menschen, die Rassismus erleben, finden schnell und wohnortnah Beratung und Unterstützung.",
                        "Betroffene von rassistischer Diskriminierung, Beratungsstellen",
                        office,
                        List.of("Beratung in allen Stadtteilen bis Ende 2026", "Jährlicher Beratungsbericht"),
                        List.of("Zahl der Beratungsfälle", "Bekanntheit der Beratungsstelle"),
                        "de"));
        var counselling = plans.addNeed(
                plan,
                new NeedContent(
                        NeedMethod.FOCUS_GROUP,
                        LocalDate.of(2024, 5, 14),
                        "Migrantenbeirat, zwei Beratungsstellen, Jugendzentrum Nord",
                        "Beratung ist nur im Stadtzentrum erreichbar; viele Betroffene kennen sie nicht.",
                        victims,
                        "information-advice",
                        "de"));
        plans.addAction(
                plan,
                victims,
                action(
                        "Mobile Antidiskriminierungsberatung in den Stadtteilen",
                        "Die Beratungsstelle bietet wöchentliche Sprechstunden in vier Stadtteilzentren an.",
                        "information-advice",
                        "anti-discrimination-office",
                        office,
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2026, 12, 31),
                        new Budget(new BigDecimal("85000.00"), "EUR", "Bundesprogramm Demokratie leben!", false),
                        ActionStatus.IN_PROGRESS,
                        40,
                        counselling,
                        "de"));
    }

    /** Commitment 6: the city as an employer, with anonymous applications. */
    private void anonymousApplications(PlanId plan, DepartmentId personnel) {
        var employer = plans.addCommitment(
                plan,
                commitment(
                        "6",
                        "Die Stadtverwaltung wird eine diskriminierungsfreie Arbeitgeberin und Dienstleisterin.",
                        "Beschäftigte der Stadtverwaltung, Bewerberinnen und Bewerber",
                        personnel,
                        List.of("Anonymisierte Bewerbungsverfahren in allen Ämtern bis 2026"),
                        List.of("Anteil anonymisierter Verfahren"),
                        "de"));
        plans.addAction(
                plan,
                employer,
                action(
                        "Anonymisierte Bewerbungsverfahren",
                        "Alle Ämter führen Bewerbungsverfahren ohne Namen, Foto und Geburtsort durch.",
                        "enforcement",
                        "human-resources",
                        personnel,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 6, 30),
                        new Budget(null, null, null, true),
                        ActionStatus.DELAYED,
                        20,
                        null,
                        "de"));
    }

    /** Commitment 7: fair access to housing, with a testing study after a survey. */
    private void housingTest(PlanId plan, DepartmentId housing) {
        var housingCommitment = plans.addCommitment(
                plan,
                commitment(
                        "7",
                        "Alle Menschen haben fairen Zugang zu Wohnraum, unabhängig von Herkunft oder Namen.",
                        "Wohnungssuchende, Vermieterinnen und Vermieter",
                        housing,
                        List.of("Testing-Studie zum Wohnungsmarkt 2025"),
                        List.of("Ergebnis der Testing-Studie"),
                        "de"));
        var housingNeed = plans.addNeed(
                plan,
                new NeedContent(
                        NeedMethod.SURVEY,
                        LocalDate.of(2024, 6, 30),
                        "1.200 Teilnehmende der Bürgerbefragung",
                        "Fast ein Drittel der Befragten mit Migrationsgeschichte berichtet von Absagen bei der"
                                + " Wohnungssuche wegen des Namens.",
                        housingCommitment,
                        "research-innovation",
                        "de"));
        plans.addAction(
                plan,
                housingCommitment,
                action(
                        "Testing-Studie zum Zugang zu Wohnraum",
                        "Paare von Testpersonen mit gleichem Profil und unterschiedlichen Namen bewerben sich auf"
                                + " Wohnungen; die Ergebnisse werden veröffentlicht.",
                        "research-innovation",
                        "housing",
                        housing,
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 12, 31),
                        new Budget(new BigDecimal("30000.00"), "EUR", "Städtischer Haushalt", false),
                        ActionStatus.COMPLETED,
                        100,
                        housingNeed,
                        "de"));
    }

    void villaEjemplo(CitySummary city) {
        var plan = plans.create(new NewPlan(
                city.id(),
                new PlanDetails("Plan de acción contra el racismo 2026–2028", 2026, 2028, "es"),
                COMMITMENTS,
                TRACKS,
                null));
        vigilance(plan, department(city, "Servicio"));
        schools(plan, department(city, "Educación"));
    }

    /** Commitment 1: a network that documents racist incidents. */
    private void vigilance(PlanId plan, DepartmentId equality) {
        var vigilance = plans.addCommitment(
                plan,
                commitment(
                        "1",
                        "La ciudad detecta y documenta los incidentes racistas con las entidades sociales.",
                        "Personas que sufren racismo, entidades sociales",
                        equality,
                        List.of("Red de observación con diez entidades en 2026"),
                        List.of("Número de incidentes documentados"),
                        "es"));
        plans.addAction(
                plan,
                vigilance,
                action(
                        "Red municipal de observación del racismo",
                        "Las entidades registran los incidentes en un formulario común y se reúnen cada trimestre.",
                        "research-innovation",
                        "monitoring",
                        equality,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        new Budget(new BigDecimal("20000.00"), "EUR", "Presupuesto municipal", false),
                        ActionStatus.PLANNED,
                        null,
                        null,
                        "es"));
    }

    /** Commitment 8: schools that prevent racism. */
    private void schools(PlanId plan, DepartmentId education) {
        var schools = plans.addCommitment(
                plan,
                commitment(
                        "8",
                        "Las escuelas previenen el racismo y lo abordan cuando ocurre.",
                        "Alumnado, profesorado y familias",
                        education,
                        List.of("Formación antirracista para el profesorado de todas las escuelas públicas"),
                        List.of("Escuelas con protocolo de actuación"),
                        "es"));
        plans.addAction(
                plan,
                schools,
                action(
                        "Protocolo contra el racismo en las escuelas",
                        "Un protocolo común para actuar ante incidentes racistas, con formación para los centros.",
                        "awareness-raising",
                        "education",
                        education,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 6, 30),
                        new Budget(null, null, null, true),
                        ActionStatus.PLANNED,
                        null,
                        null,
                        "es"));
    }

    private DepartmentId department(CitySummary city, String nameStart) {
        return cities.departments(city.id()).stream()
                .filter(department -> department.name().startsWith(nameStart))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static CommitmentContent commitment(
            String code,
            String goal,
            String targetGroups,
            DepartmentId responsible,
            List<String> objectives,
            List<String> progressIndicators,
            String language) {
        var responsibility = new Responsibility(List.of(responsible), null);
        return new CommitmentContent(
                code,
                null,
                goal,
                targetGroups,
                responsibility,
                responsibility,
                objectives,
                List.of("equality-non-discrimination", "participation"),
                null,
                null,
                progressIndicators,
                List.of(),
                language);
    }

    private static ActionContent action(
            String title,
            String description,
            String track,
            String fieldOfActivity,
            DepartmentId responsible,
            LocalDate start,
            LocalDate end,
            Budget budget,
            ActionStatus status,
            Integer progress,
            NeedId need,
            String language) {
        return new ActionContent(
                title,
                description,
                track,
                List.of("city-administration", "affected-civil-society"),
                List.of(fieldOfActivity),
                List.of("service-provider"),
                null,
                List.of(responsible),
                null,
                start,
                end,
                budget,
                status,
                progress,
                need == null ? List.of() : List.of(need),
                List.of(),
                language);
    }
}
