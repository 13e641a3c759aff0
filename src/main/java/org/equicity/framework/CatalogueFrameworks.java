package org.equicity.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.equicity.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalogue as read at start-up, plus the record of which versions are in use. Creating it refuses start-up
 * when the data is invalid or a used version's file has changed.
 */
@Service
class CatalogueFrameworks implements Frameworks {

    private final FrameworkCatalogue catalogue;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    CatalogueFrameworks(FrameworkSettings settings, JdbcClient jdbc, Clock clock) {
        this(load(settings), jdbc, clock);
    }

    CatalogueFrameworks(FrameworkCatalogue catalogue, JdbcClient jdbc, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
        catalogue.verifyUnchanged(jdbc.sql("select framework_id, framework_version, used_by, fingerprint"
                        + " from framework_use order by framework_id, framework_version, first_used_at")
                .query((row, n) -> new FrameworkCatalogue.Use(
                        new FrameworkRef(row.getString(1), row.getString(2)), row.getString(3), row.getString(4)))
                .list());
    }

    private static FrameworkCatalogue load(FrameworkSettings settings) {
        var files = new ArrayList<>(FrameworkLoader.fromClasspath());
        if (settings.directory() != null) {
            files.addAll(FrameworkLoader.fromDirectory(settings.directory()));
        }
        return FrameworkLoader.load(files);
    }

    @Override
    public List<Framework> all() {
        return catalogue.all();
    }

    @Override
    public Optional<Framework> find(FrameworkRef ref) {
        return catalogue.find(ref);
    }

    @Override
    public List<ItemRef> related(ItemRef item) {
        return catalogue.links().stream()
                .flatMap(link -> link.other(item).stream())
                .toList();
    }

    @Override
    public Set<ItemRef> reach(ItemRef item) {
        var reached = new LinkedHashSet<ItemRef>();
        reached.add(item);
        reached.addAll(related(item));
        for (var ref : List.copyOf(reached)) {
            catalogue
                    .find(ref.framework())
                    .flatMap(framework -> framework.item(ref.code()))
                    .ifPresent(found -> found.children().forEach(child -> addWithChildren(ref, child, reached)));
        }
        return reached;
    }

    private static void addWithChildren(ItemRef parent, FrameworkItem item, Set<ItemRef> reached) {
        reached.add(new ItemRef(parent.framework(), item.code()));
        item.children().forEach(child -> addWithChildren(parent, child, reached));
    }

    @Override
    public List<CrosswalkLink> crosswalk() {
        return catalogue.links();
    }

    @Override
    public void recordUse(FrameworkRef ref, String usedBy) {
        if (usedBy == null || usedBy.isBlank() || usedBy.length() > 200) {
            throw new IllegalArgumentException("usedBy must name the user in at most 200 characters: " + usedBy);
        }
        var fingerprint = catalogue.fingerprint(ref).orElseThrow(() -> new NotFoundException("Framework", ref));
        // The first plans of a city, or two networks choosing a version, may record the same use at once: the
        // unique index keeps one row, and the other insert waits for it and does nothing instead of failing.
        jdbc.sql("insert into framework_use (id, framework_id, framework_version, used_by, fingerprint, first_used_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(
                        UUID.randomUUID(),
                        ref.id(),
                        ref.version(),
                        usedBy,
                        fingerprint,
                        OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
    }

    @Override
    public boolean isInUse(FrameworkRef ref) {
        return jdbc.sql("select count(*) from framework_use where framework_id = ? and framework_version = ?")
                        .params(ref.id(), ref.version())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
