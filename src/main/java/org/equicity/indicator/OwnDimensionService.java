package org.equicity.indicator;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps own dimensions: the city's coordinators those of their city, the network's secretariat those of their
 * network. A dimension is read by its keepers only; indicators read it through {@link Breakdowns}.
 */
@Service
@Transactional
class OwnDimensionService implements OwnDimensions {

    private final OwnDimensionRepository dimensions;
    private final OwnDimensionVersionRepository versions;
    private final Access access;
    private final Cities cities;
    private final Networks networks;
    private final Clock clock;

    OwnDimensionService(
            OwnDimensionRepository dimensions,
            OwnDimensionVersionRepository versions,
            Access access,
            Cities cities,
            Networks networks,
            Clock clock) {
        this.dimensions = dimensions;
        this.versions = versions;
        this.access = access;
        this.cities = cities;
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OwnDimension> ofCity(CityId city) {
        if (!access.canReadCity(city)) {
            throw new AccessDeniedException("A city's own dimensions are its people's");
        }
        return views(dimensions.ofCity(city.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OwnDimension> ofNetwork(NetworkId network) {
        access.requireNetworkManagement(network);
        return views(dimensions.ofNetwork(network.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public OwnDimension dimension(String code) {
        return views(List.of(readable(code))).get(0);
    }

    @Override
    public String addForCity(CityId city, String code, DimensionContent content) {
        access.requireCityManagement(city);
        var slug = cities.find(city)
                .orElseThrow(() -> new NotFoundException("City", city.value()))
                .slug();
        return add(new OwnDimensionRow(code(slug, code), city, null), content);
    }

    @Override
    public String addForNetwork(NetworkId network, String code, DimensionContent content) {
        access.requireNetworkManagement(network);
        var slug = networks.find(network)
                .orElseThrow(() -> new NotFoundException("Network", network.value()))
                .slug();
        return add(new OwnDimensionRow(code(slug, code), null, network), content);
    }

    @Override
    public void revise(String code, long version, DimensionContent content) {
        var row = readable(code);
        requireKeeper(row);
        if (row.version() != version) {
            throw new ObjectOptimisticLockingFailureException(OwnDimensionRow.class, code);
        }
        var current = dimensions.version(row.id(), row.currentVersion()).orElseThrow();
        if (current.content().equals(content)) {
            return;
        }
        versions.save(new OwnDimensionVersion(row.id(), row.nextVersion(), clock.instant(), content));
    }

    private String add(OwnDimensionRow row, DimensionContent content) {
        if (dimensions.byCode(row.code()).isPresent()) {
            throw RuleViolationException.about("code", "indicator.rule.code-taken", row.code());
        }
        // numbered before the row is saved: saving a row with its id already set stores a copy of it
        int first = row.nextVersion();
        dimensions.save(row);
        versions.save(new OwnDimensionVersion(row.id(), first, clock.instant(), content));
        return row.code();
    }

    /** The keeper's slug before the code, so that two cities may both call a dimension "districts". */
    private static String code(String slug, String code) {
        var given = IndicatorRules.RULES.required(code, 40, "code");
        if (!given.matches("[a-z0-9][a-z0-9-]*")) {
            throw RuleViolationException.about("code", "indicator.rule.category-code", given);
        }
        return slug + "-" + given;
    }

    private List<OwnDimension> views(List<OwnDimensionRow> rows) {
        Map<java.util.UUID, OwnDimensionVersion> newest =
                dimensions.newest(rows.stream().map(OwnDimensionRow::id).toList()).stream()
                        .collect(Collectors.toMap(OwnDimensionVersion::dimensionId, Function.identity()));
        return rows.stream()
                .sorted(Comparator.comparing(OwnDimensionRow::code))
                .map(row -> new OwnDimension(
                        row.code(),
                        row.city(),
                        row.network(),
                        row.currentVersion(),
                        row.version(),
                        newest.get(row.id()).content(),
                        keeps(row)))
                .toList();
    }

    /** The dimension of this code; refused to anyone but its city's people or its network's secretariat. */
    private OwnDimensionRow readable(String code) {
        var row = dimensions.byCode(code).orElseThrow(() -> new NotFoundException("Dimension", code));
        if (!readable(row)) {
            throw new AccessDeniedException("A dimension is read by its keepers");
        }
        return row;
    }

    private boolean readable(OwnDimensionRow row) {
        return row.city() != null ? access.canReadCity(row.city()) : access.canManageNetwork(row.network());
    }

    private boolean keeps(OwnDimensionRow row) {
        return row.city() != null ? access.canManageCity(row.city()) : access.canManageNetwork(row.network());
    }

    private void requireKeeper(OwnDimensionRow row) {
        if (row.city() != null) {
            access.requireCityManagement(row.city());
        } else {
            access.requireNetworkManagement(row.network());
        }
    }
}
