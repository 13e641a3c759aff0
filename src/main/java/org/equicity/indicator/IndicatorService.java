package org.equicity.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.people.Access;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators facade: definitions and reading here, figures in {@link IndicatorFigures}, views in
 * {@link IndicatorReading}. An indicator of a plan is public once its plan is; one on its own is public from the
 * start. Either way the public reads only locked periods, through {@link Publication}.
 */
@Service
@Transactional
class IndicatorService implements Indicators {

    static final String OWNER_TYPE = "indicator";

    private final IndicatorRepository indicators;
    private final IndicatorChangeRepository changes;
    private final IndicatorChecks checks;
    private final IndicatorFigures figures;
    private final IndicatorReading reading;
    private final Breakdowns breakdowns;
    private final Access access;
    private final Plans plans;
    private final Cities cities;
    private final ApplicationEventPublisher events;

    IndicatorService(
            IndicatorRepository indicators,
            IndicatorChangeRepository changes,
            IndicatorChecks checks,
            IndicatorFigures figures,
            IndicatorReading reading,
            Breakdowns breakdowns,
            Access access,
            Plans plans,
            Cities cities,
            ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.changes = changes;
        this.checks = checks;
        this.figures = figures;
        this.reading = reading;
        this.breakdowns = breakdowns;
        this.access = access;
        this.plans = plans;
        this.cities = cities;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canDefine(CityId city) {
        return access.canManageCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canReadUnpublished(CityId city) {
        return access.canReadCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSummary> ofCity(CityId city) {
        var all = indicators.ofCity(city.value());
        if (access.canReadCity(city)) {
            return reading.summaries(all, false);
        }
        var publicPlans = new HashMap<PlanId, Boolean>();
        var shown = all.stream()
                .filter(i -> i.link().isNone()
                        || publicPlans.computeIfAbsent(i.link().plan(), this::isPublic))
                .toList();
        return reading.summaries(shown, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSummary> ofPlan(PlanId plan) {
        var held = plans.holding(plan, null, null).orElseThrow(() -> new NotFoundException("Plan", plan.value()));
        boolean own = access.canReadCity(held.city());
        if (!own && !held.state().isPublic()) {
            throw new NotFoundException("Plan", plan.value());
        }
        return reading.summaries(indicators.ofPlan(plan.value()), !own);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSummary> publishedOfPlan(PlanId plan) {
        var held = plans.holding(plan, null, null).orElseThrow(() -> new NotFoundException("Plan", plan.value()));
        if (!held.state().isPublic()) {
            throw new NotFoundException("Plan", plan.value());
        }
        return reading.summaries(indicators.ofPlan(plan.value()), true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedIndicator> publishedFor(
            CityId city, Collection<ActionId> actions, Collection<CommitmentId> commitments) {
        var actionIds = actions.stream().map(ActionId::value).collect(Collectors.toSet());
        var commitmentIds = commitments.stream().map(CommitmentId::value).collect(Collectors.toSet());
        var publicPlans = new HashMap<PlanId, Boolean>();
        var chosen = indicators.ofCity(city.value()).stream()
                .filter(i -> !i.link().isNone())
                .filter(i -> i.link().action() != null
                        ? actionIds.contains(i.link().action().value())
                        : commitmentIds.contains(i.link().commitment().value()))
                .filter(i -> publicPlans.computeIfAbsent(i.link().plan(), this::isPublic))
                .toList();
        return reading.published(chosen);
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorView indicator(IndicatorId id) {
        var indicator = load(id);
        if (!access.canReadCity(indicator.city())) {
            throw new NotFoundException("Indicator", id.value());
        }
        return reading.view(indicator, false, access.canManageCity(indicator.city()), checks.canRecord(indicator));
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorView published(IndicatorId id) {
        var indicator = load(id);
        if (!indicator.link().isNone() && !isPublic(indicator.link().plan())) {
            throw new NotFoundException("Indicator", id.value());
        }
        return reading.view(indicator, true, false, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dimension> dimensions(CityId city) {
        return breakdowns.of(city);
    }

    @Override
    public IndicatorId define(NewIndicator command) {
        checks.requireDefiner(command.city());
        checks.requireBelongs(command.city(), command.link());
        checks.requireBelongs(command.city(), command.definition());
        var definition = withLanguage(command.city(), command.definition());
        var indicator = indicators.save(new Indicator(command.city(), command.link(), definition));
        figures.note(indicator, ChangeKind.DEFINED, null, null);
        archive(indicator);
        return indicator.id();
    }

    @Override
    public void redefine(IndicatorId id, long version, Definition definition) {
        var indicator = load(id);
        checks.requireDefiner(indicator.city());
        checks.requireBelongs(indicator.city(), definition);
        if (definition.ratio() != null
                && (definition.ratio().numerator().equals(id)
                        || definition.ratio().denominator().equals(id))) {
            throw RuleViolationException.about("ratio", "indicator.rule.ratio");
        }
        if (indicator.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Indicator.class, id.value());
        }
        var language = definition.language() != null ? definition.language() : indicator.language();
        indicator.define(writtenIn(definition, language));
        figures.note(indicator, ChangeKind.REDEFINED, null, null);
        archive(indicator);
    }

    @Override
    public void record(IndicatorId id, PeriodEntry entry) {
        var indicator = load(id);
        checks.requireRecorder(indicator);
        figures.record(indicator, entry, ChangeKind.RECORDED);
    }

    @Override
    @Transactional(readOnly = true)
    public ImportPreview previewImport(IndicatorId id, String fileName, byte[] content) {
        var indicator = load(id);
        checks.requireRecorder(indicator);
        return figures.judge(indicator, TidySheets.read(fileName, content));
    }

    @Override
    public void importFile(IndicatorId id, String fileName, byte[] content) {
        var indicator = load(id);
        checks.requireRecorder(indicator);
        var preview = figures.judge(indicator, TidySheets.read(fileName, content));
        if (!preview.importable()) {
            throw new RuleViolationException(
                    "indicator.import.problems", preview.problems().size());
        }
        preview.entries().forEach(entry -> figures.record(indicator, entry, ChangeKind.IMPORTED));
    }

    @Override
    public void lock(IndicatorId id, Period period) {
        var indicator = load(id);
        checks.requireDefiner(indicator.city());
        figures.lock(indicator, period);
    }

    @Override
    public void unlock(IndicatorId id, Period period, String reason) {
        var indicator = load(id);
        checks.requireDefiner(indicator.city());
        figures.unlock(indicator, period, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(IndicatorId id) {
        var indicator = load(id);
        if (!access.canReadCity(indicator.city())) {
            throw new NotFoundException("Indicator", id.value());
        }
        return changes.ofIndicator(id.value()).stream()
                .map(IndicatorChange::entry)
                .toList();
    }

    private Indicator load(IndicatorId id) {
        return indicators.findById(id.value()).orElseThrow(() -> new NotFoundException("Indicator", id.value()));
    }

    /** Asks for the plan's state alone: a plan of 500 actions is not read to publish one indicator. */
    private boolean isPublic(PlanId plan) {
        return plans.holding(plan, null, null)
                .map(held -> held.state().isPublic())
                .orElse(false);
    }

    private Definition withLanguage(CityId city, Definition definition) {
        if (definition.language() != null) {
            return definition;
        }
        var language = cities.find(city).map(Cities.CitySummary::mainLanguage).orElse("en");
        return writtenIn(definition, language);
    }

    /** The definition as written in {@code language}, which the translation of name and definition starts from. */
    private static Definition writtenIn(Definition d, String language) {
        return new Definition(
                d.kind(),
                d.name(),
                d.definition(),
                language,
                d.unit(),
                d.rateBase(),
                d.currency(),
                d.direction(),
                d.ratio(),
                d.source(),
                d.method(),
                d.frequency(),
                d.department(),
                d.breakdowns(),
                d.baseline(),
                d.targets());
    }

    /** Name and definition are translated like every text a city writes. */
    private void archive(Indicator indicator) {
        Map<String, String> texts = new LinkedHashMap<>();
        var definition = indicator.definition();
        texts.put("name", definition.name());
        if (definition.definition() != null) {
            texts.put("definition", definition.definition());
        }
        events.publishEvent(TextsSaved.of(
                indicator.city(),
                indicator.language(),
                FieldRef.of(OWNER_TYPE, indicator.id().value(), texts)));
    }
}
