package org.equicity.selfassessment.peerreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.disclosure.Disclosure;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.Dimension;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.FactorView;
import org.equicity.selfassessment.peerreview.PeerReviews.FactorCount;
import org.equicity.selfassessment.peerreview.PeerReviews.NetworkOverview;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which key factors a network's member cities most often do not (fully) meet, from the latest signed-off
 * self-assessment each current member shares with its networks. The counts are about cities, but a small count in
 * a small network comes close to naming one, so they go through the disclosure rules like any figure published
 * beyond a city ({@link #DATASET}); each key factor is a total of its own, as a city may miss several.
 */
@Component
class NetworkOverviews {

    static final String DATASET = "self-assessment-key-factors";
    private static final String DIMENSION = "factor";
    private static final String ASSESSED = "assessed";
    private static final String PERIOD = "latest";

    private final Networks networks;
    private final SelfAssessments assessments;
    private final Frameworks frameworks;
    private final Disclosure disclosure;

    NetworkOverviews(Networks networks, SelfAssessments assessments, Frameworks frameworks, Disclosure disclosure) {
        this.networks = networks;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.disclosure = disclosure;
    }

    NetworkOverview overview(NetworkId network, FrameworkRef ref) {
        var framework = frameworks.find(ref).orElseThrow(() -> new NotFoundException("Framework", ref));
        var notMet = new LinkedHashMap<String, Long>();
        framework.items().forEach(item -> notMet.put(item.code(), 0L));
        long assessed = 0;
        for (var member : networks.members(network)) {
            if (!member.isCurrent()) {
                continue;
            }
            var latest = assessments.shared(member.city()).stream()
                    .filter(summary -> summary.framework().equals(ref))
                    .findFirst();
            if (latest.isEmpty()) {
                continue;
            }
            assessed++;
            assessments.assessmentForReview(latest.get().id()).factors().stream()
                    .filter(FactorView::notFullyMet)
                    .forEach(factor -> notMet.computeIfPresent(factor.code(), (code, count) -> count + 1));
        }
        var published = disclosure.publish(table(notMet, assessed), disclosure.rules(DATASET));
        Map<String, Disclosure.PublishedCell> byCode = new LinkedHashMap<>();
        published.cells().forEach(cell -> byCode.put(cell.categories().get(DIMENSION), cell));
        var counts = new ArrayList<FactorCount>();
        for (FrameworkItem item : framework.items()) {
            counts.add(count(item, byCode.get(item.code())));
        }
        var total = byCode.get(ASSESSED);
        return new NetworkOverview(
                network,
                ref,
                total == null || total.value() == null ? null : total.value().numerator(),
                counts,
                published.legend());
    }

    private static FactorCount count(FrameworkItem item, Disclosure.@Nullable PublishedCell cell) {
        var value = cell == null ? null : cell.value();
        var marker =
                cell == null || cell.marker() == null ? null : cell.marker().symbol();
        return new FactorCount(item, value == null ? null : value.numerator(), marker);
    }

    private static Table table(Map<String, Long> notMet, long assessed) {
        var categories = new ArrayList<Category>();
        var cells = new ArrayList<Cell>();
        categories.add(Category.total(ASSESSED));
        cells.add(Cell.measured(PERIOD, Map.of(DIMENSION, ASSESSED), Value.count(assessed)));
        notMet.forEach((code, count) -> {
            categories.add(Category.total(code));
            cells.add(Cell.measured(PERIOD, Map.of(DIMENSION, code), Value.count(count)));
        });
        return new Table(List.of(new Dimension(DIMENSION, categories)), cells);
    }
}
