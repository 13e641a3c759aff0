package org.equicity.monitoring.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data collection facade: datasets and what is recorded into them. Figures go out through {@link CountTables},
 * incident counts into an indicator through {@link IncidentFigures}, the data protection officer's list through
 * {@link HeldDataList}.
 */
@Service
@Transactional
class DataCollectionService implements DataCollection {

    private final DatasetRepository datasets;
    private final ConversationRepository conversations;
    private final StaffFigureRepository staff;
    private final IncidentRepository incidents;
    private final SurveyRepository surveys;
    private final Datasets access;
    private final Access people;
    private final Monitoring monitoring;
    private final Cities cities;
    private final CollectionVocabulary vocabulary;
    private final StaffFigures staffFigures;
    private final IncidentFigures incidentFigures;
    private final HeldDataList held;
    private final Clock clock;

    DataCollectionService(
            DatasetRepository datasets,
            ConversationRepository conversations,
            StaffFigureRepository staff,
            IncidentRepository incidents,
            SurveyRepository surveys,
            Datasets access,
            Access people,
            Monitoring monitoring,
            Cities cities,
            CollectionVocabulary vocabulary,
            StaffFigures staffFigures,
            IncidentFigures incidentFigures,
            HeldDataList held,
            Clock clock) {
        this.datasets = datasets;
        this.conversations = conversations;
        this.staff = staff;
        this.incidents = incidents;
        this.surveys = surveys;
        this.access = access;
        this.people = people;
        this.monitoring = monitoring;
        this.cities = cities;
        this.vocabulary = vocabulary;
        this.staffFigures = staffFigures;
        this.incidentFigures = incidentFigures;
        this.held = held;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canManage(CityId city) {
        return people.canManageCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DatasetSummary> datasets(ProgrammeId programme) {
        monitoring.programme(programme);
        return datasets.findByProgrammeIdOrderByCreatedOnAscTitleAsc(programme.value()).stream()
                .filter(access::canRead)
                .map(dataset -> new DatasetSummary(
                        dataset.id(),
                        dataset.kind(),
                        dataset.title(),
                        held.records(dataset),
                        dataset.retentionMonths()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DatasetView dataset(DatasetId id) {
        var dataset = access.readable(id);
        var key = id.value();
        return new DatasetView(
                dataset.id(),
                dataset.programme(),
                dataset.city(),
                dataset.kind(),
                dataset.title(),
                dataset.protection(),
                dataset.dimension(),
                dataset.districts(),
                dataset.createdOn(),
                conversations.findByDatasetIdOrderByHeldOnDesc(key).stream()
                        .map(ConversationRecord::view)
                        .toList(),
                incidents.findByDatasetIdOrderByOccurredInDesc(key).stream()
                        .map(IncidentRecord::view)
                        .toList(),
                staff.yearsOf(key),
                access.canManage(dataset));
    }

    @Override
    public DatasetId open(ProgrammeId programmeId, NewDataset content) {
        var programme = monitoring.programme(programmeId);
        people.requireCityManagement(programme.city());
        if (content.kind() == DatasetKind.STAFF_DIVERSITY) {
            staffFigures.requireDimension(programme.city(), content.dimension());
        }
        var dataset = datasets.save(new Dataset(programme.city(), programmeId, content, LocalDate.now(clock)));
        if (content.kind() == DatasetKind.SURVEY) {
            surveys.save(new Survey(dataset.id()));
        }
        return dataset.id();
    }

    @Override
    public UUID recordConversation(DatasetId id, ConversationNotes notes) {
        access.managed(id, DatasetKind.CONVERSATIONS);
        notes.participants()
                .keySet()
                .forEach(group -> vocabulary.requireKnown(Monitoring.ACTOR_GROUPS, group, "participants"));
        return conversations.save(new ConversationRecord(id, notes)).id();
    }

    @Override
    public void recordStaffFigures(DatasetId id, int year, List<StaffCount> counts) {
        var dataset = access.managed(id, DatasetKind.STAFF_DIVERSITY);
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw RuleViolationException.about("year", "monitoring.collection.rule.year", "year");
        }
        var categories = staffFigures.categories(dataset);
        var seen = new HashSet<String>();
        for (var count : counts) {
            var department = cities.department(count.department());
            if (department.isEmpty() || !department.get().city().equals(dataset.city())) {
                throw RuleViolationException.about(
                        "department", "monitoring.collection.rule.foreign-department", "department");
            }
            if (!categories.containsKey(count.category())) {
                throw RuleViolationException.about(
                        "category", "monitoring.collection.rule.unknown-code", "category", count.category());
            }
            if (!seen.add(count.department().value() + "/" + count.grade() + "/" + count.category())) {
                throw RuleViolationException.about("staff", "monitoring.collection.rule.staff-twice", "staff");
            }
        }
        staff.deleteYear(id.value(), year);
        counts.forEach(count -> staff.save(new StaffFigure(id, year, count)));
    }

    @Override
    public UUID recordIncident(DatasetId id, IncidentEntry entry) {
        var dataset = access.managed(id, DatasetKind.INCIDENTS);
        if (!dataset.districts().contains(entry.district())) {
            throw RuleViolationException.about(
                    "district", "monitoring.collection.rule.unknown-code", "district", entry.district());
        }
        if (entry.month().isAfter(YearMonth.now(clock))) {
            throw RuleViolationException.about("month", "monitoring.collection.rule.future", "month");
        }
        entry.grounds().forEach(ground -> vocabulary.requireKnown(GROUNDS, ground, "grounds"));
        vocabulary.requireKnown(Monitoring.TOPICS, entry.lifeSphere(), "lifeSphere");
        vocabulary.requireKnown(FORMS, entry.form(), "incidentForm");
        vocabulary.requireKnown(RESPONSES, entry.response(), "incidentResponse");
        return incidents.save(new IncidentRecord(id, entry)).id();
    }

    @Override
    @Transactional(readOnly = true)
    public ProtectedTable staffTable(DatasetId id, int year) {
        var dataset = access.readable(id);
        return staffFigures.table(dataset, year);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProtectedTable> incidentTables(DatasetId id, int year) {
        return incidentFigures.tables(access.readable(id), year);
    }

    @Override
    public void feedIndicator(DatasetId id, IndicatorId indicator, int year) {
        incidentFigures.feed(access.managed(id, DatasetKind.INCIDENTS), indicator, year);
    }

    @Override
    @Transactional(readOnly = true)
    public HeldData heldData(CityId city) {
        people.requireCityManagement(city);
        return held.of(city);
    }
}
