package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicity.disclosure.Disclosure.Dimension;

/** The categories of one dimension as numbers, each with its parent, its children and its depth below the total. */
final class Hierarchy {

    private final String dimension;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final int[] parents;
    private final int[][] children;
    private final int[] depths;

    Hierarchy(Dimension dimension) {
        this.dimension = dimension.code();
        var categories = dimension.categories();
        for (int i = 0; i < categories.size(); i++) {
            if (indexes.putIfAbsent(categories.get(i).code(), i) != null) {
                throw new IllegalArgumentException(
                        "category " + categories.get(i).code() + " twice in dimension " + dimension.code());
            }
        }
        parents = new int[categories.size()];
        var childLists = new ArrayList<List<Integer>>();
        for (int i = 0; i < categories.size(); i++) {
            childLists.add(new ArrayList<>());
        }
        for (int i = 0; i < categories.size(); i++) {
            var parent = categories.get(i).parent();
            parents[i] = parent == null ? -1 : index(parent);
            if (parents[i] >= 0) {
                childLists.get(parents[i]).add(i);
            }
        }
        children = childLists.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        depths = new int[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            depths[i] = countDepth(i);
        }
    }

    String code() {
        return dimension;
    }

    int index(String category) {
        var index = indexes.get(category);
        if (index == null) {
            throw new IllegalArgumentException("no category " + category + " in dimension " + dimension);
        }
        return index;
    }

    int size() {
        return parents.length;
    }

    int[] children(int category) {
        return children[category];
    }

    int depth(int category) {
        return depths[category];
    }

    private int countDepth(int category) {
        int depth = 0;
        for (int at = parents[category]; at >= 0; at = parents[at]) {
            if (++depth > parents.length) {
                throw new IllegalArgumentException("the categories of dimension " + dimension + " form a cycle");
            }
        }
        return depth;
    }

    /** Whether {@code category} lies strictly below {@code ancestor}. */
    boolean isBelow(int category, int ancestor) {
        for (int at = parents[category]; at >= 0; at = parents[at]) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
