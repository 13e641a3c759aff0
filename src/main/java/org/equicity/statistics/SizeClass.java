package org.equicity.statistics;

import org.jspecify.annotations.Nullable;

/** Classes of cities by population, the bounds as most European city statistics draw them. */
enum SizeClass {
    UNDER_100K("under-100k", 0, 100_000),
    FROM_100K("100k-250k", 100_000, 250_000),
    FROM_250K("250k-500k", 250_000, 500_000),
    FROM_500K("500k-1m", 500_000, 1_000_000),
    FROM_1M("1m-and-more", 1_000_000, Long.MAX_VALUE),
    UNKNOWN("unknown", -1, -1);

    final String code;
    private final long from;
    private final long below;

    SizeClass(String code, long from, long below) {
        this.code = code;
        this.from = from;
        this.below = below;
    }

    static SizeClass of(@Nullable Long population) {
        if (population != null) {
            for (var size : values()) {
                if (population >= size.from && population < size.below) {
                    return size;
                }
            }
        }
        return UNKNOWN;
    }
}
