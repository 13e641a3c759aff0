package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.PublishedCell;
import org.equicity.disclosure.Disclosure.PublishedTable;
import org.equicity.disclosure.Disclosure.Table;

/**
 * What a reader with the published table and a pencil can work out: every protected cell that is the only unknown
 * of one of the table's sums (a total equals the sum of its sub-categories, in any dimension, with the other
 * dimensions fixed, in the same period). Written from the table itself, independently of the module's own
 * constraints.
 */
final class Recovery {

    private static final Set<Marker> PROTECTED =
            Set.of(Marker.SUPPRESSED_SMALL, Marker.SUPPRESSED_COMPLEMENTARY, Marker.CONFIDENTIAL);

    private Recovery() {}

    /** Descriptions of the cells a reader can work out; empty when the table is safe. */
    static List<String> recoverable(Table table, PublishedTable published) {
        var byPlace = new HashMap<String, PublishedCell>();
        published.cells().forEach(cell -> byPlace.put(place(cell.period(), cell.categories()), cell));
        var found = new ArrayList<String>();
        for (var total : published.cells()) {
            for (var dimension : table.dimensions()) {
                var category = total.categories().get(dimension.code());
                var parts = dimension.categories().stream()
                        .filter(child -> category.equals(child.parent()))
                        .map(Category::code)
                        .toList();
                if (parts.isEmpty()) {
                    continue;
                }
                var members = new ArrayList<PublishedCell>();
                members.add(total);
                for (var part : parts) {
                    var at = new HashMap<>(total.categories());
                    at.put(dimension.code(), part);
                    members.add(byPlace.get(place(total.period(), at)));
                }
                if (total.marker() == Marker.NOT_COLLECTED
                        || members.stream().skip(1).allMatch(Recovery::withoutFigure)) {
                    continue;
                }
                // a part missing or not collected may have been left out of the total: it hides nothing
                var unknown = members.stream()
                        .filter(member ->
                                member != null && member.value() == null && member.marker() != Marker.NOT_COLLECTED)
                        .toList();
                if (unknown.size() == 1 && PROTECTED.contains(unknown.get(0).marker())) {
                    found.add(unknown.get(0) + " from the sum " + total.period() + " " + total.categories() + " over "
                            + dimension.code());
                }
            }
        }
        return found;
    }

    private static boolean withoutFigure(PublishedCell cell) {
        return cell == null || cell.marker() == Marker.NOT_COLLECTED;
    }

    private static String place(String period, Map<String, String> categories) {
        return period + new TreeMap<>(categories);
    }
}
