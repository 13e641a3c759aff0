package org.equicity.city;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Access;
import org.equicity.people.People;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CityService implements Cities {

    private final CityRepository cities;
    private final DepartmentRepository departments;
    private final CityChangeRepository changes;
    private final Access access;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CityService(
            CityRepository cities,
            DepartmentRepository departments,
            CityChangeRepository changes,
            Access access,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.cities = cities;
        this.departments = departments;
        this.changes = changes;
        this.access = access;
        this.people = people;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CitySummary> find(CityId id) {
        return cities.findById(id.value()).map(City::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CitySummary> findBySlug(String slug) {
        return cities.findBySlug(slug).map(City::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitySummary> all() {
        return cities.findAll(Sort.by("name")).stream().map(City::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments(CityId city) {
        return load(city).departments().stream().map(Department::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DepartmentSummary> department(DepartmentId id) {
        return departments.findById(id.value()).map(Department::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicCity publicProfile(CityId id) {
        var city = load(id);
        boolean member = access.canReadCity(id);
        var profile = city.profile();
        if (!member) {
            profile = new Level1Profile(
                    profile.focalPoint().withoutDirectContact(),
                    profile.politicalResponsibility(),
                    profile.coordinationStructure(),
                    profile.networksAndMemberships(),
                    profile.publicContact(),
                    profile.description());
        }
        return new PublicCity(city.summary(), profile, member, access.canManageCity(id));
    }

    @Override
    @Transactional(readOnly = true)
    public CityProfile profileForEditing(CityId id) {
        access.requireCityManagement(id);
        var city = load(id);
        return new CityProfile(city.summary(), city.version(), city.profile());
    }

    @Override
    public CitySummary create(CreateCity command) {
        access.requirePlatformAdmin();
        var city = new City(
                command.slug(),
                command.name(),
                command.country(),
                command.population(),
                new OfficialLanguages(command.officialLanguages()),
                clock.instant());
        if (cities.existsBySlug(city.slug())) {
            throw RuleViolationException.about("slug", "city.error.slug-taken", city.slug());
        }
        cities.save(city);
        record(city.id(), ChangeKind.CITY_CREATED, city.creation());
        return city.summary();
    }

    @Override
    public void updateProfile(UpdateProfile command) {
        access.requireCityManagement(command.city());
        var city = load(command.city());
        if (city.version() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(
                    City.class, command.city().value());
        }
        var changed = city.updateProfile(
                command.population(), new OfficialLanguages(command.officialLanguages()), command.profile());
        if (!changed.isEmpty()) {
            record(city.id(), ChangeKind.PROFILE_UPDATED, changed);
            var summary = city.summary();
            events.publishEvent(new CityProfileChanged(
                    city.id(), summary.mainLanguage(), command.profile().translatableTexts()));
        }
    }

    @Override
    public DepartmentSummary addDepartment(CityId id, String name) {
        access.requireCityManagement(id);
        var department = load(id).addDepartment(name, clock.instant());
        record(id, ChangeKind.DEPARTMENT_ADDED, List.of(new FieldChange("department", null, department.name())));
        return department.summary();
    }

    @Override
    public void renameDepartment(CityId id, DepartmentId department, String name) {
        access.requireCityManagement(id);
        var change = load(id).renameDepartment(department, name);
        if (!change.to().equals(change.from())) {
            record(id, ChangeKind.DEPARTMENT_RENAMED, List.of(change));
        }
    }

    @Override
    public void removeDepartment(CityId id, DepartmentId department) {
        access.requireCityManagement(id);
        // A department contact without a department could act for nothing and would never be noticed; their role
        // is taken away (or moved) on the people page first.
        boolean hasContacts = people.inCity(id).stream()
                .anyMatch(holder -> department.equals(holder.grant().department()));
        if (hasContacts) {
            throw new RuleViolationException("city.error.department-has-contacts");
        }
        var removed = load(id).removeDepartment(department);
        record(id, ChangeKind.DEPARTMENT_REMOVED, List.of(new FieldChange("department", removed.name(), null)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(CityId id) {
        load(id);
        if (!access.canReadCity(id)) {
            throw new AccessDeniedException("Only the city's people see its history");
        }
        return changes.findByCityIdOrderByChangedAtDesc(id.value()).stream()
                .map(CityChange::view)
                .toList();
    }

    private City load(CityId id) {
        return cities.findById(id.value()).orElseThrow(() -> new NotFoundException("City", id.value()));
    }

    private void record(CityId city, ChangeKind kind, List<FieldChange> fields) {
        var actor = access.current();
        changes.save(new CityChange(
                city,
                actor.map(Access.CurrentPerson::id).orElse(null),
                actor.map(Access.CurrentPerson::displayName).orElse(null),
                kind,
                fields,
                clock.instant()));
    }
}
