package org.equicity.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares.SharedMonitoring;
import org.equicity.report.Reports.AcceptedReportLink;
import org.jspecify.annotations.Nullable;

/**
 * A network's public statistics. Only accepted reports and designated good practices count; everyone may read them.
 * Every dataset is a table of labelled rows of whole numbers, so that pages, CSV downloads and the API show the same
 * figures.
 */
public interface Statistics {

    /** The stable names of the datasets, in the order a page shows them. */
    List<String> DATASETS = List.of(
            "reporting-rates",
            "commitments",
            "tracks",
            "fields-of-activity",
            "good-practices",
            "city-sizes",
            "countries");

    /**
     * @param cycle null for every cycle of the network
     * @param locale the language labels are given in
     * @throws org.equicity.shared.NotFoundException for an unknown network or a cycle that is not the network's
     */
    NetworkStatistics ofNetwork(String networkSlug, CycleId cycle, Locale locale);

    /**
     * The reports behind the figures: the network's accepted reports, of one cycle or of every cycle (null), for
     * pages to link to each as the public reads it.
     *
     * @throws org.equicity.shared.NotFoundException for an unknown network
     */
    List<AcceptedReportLink> acceptedReports(String networkSlug, @Nullable CycleId cycle);

    /**
     * The published monitoring that the network's accepted reports share (where their cycle asked for it), of one
     * cycle or of every cycle (null), for comparing member cities: their recommendations implemented and their public
     * figures, as the cities published them (after disclosure control), never anything confidential.
     *
     * @throws org.equicity.shared.NotFoundException for an unknown network
     */
    List<SharedMonitoring> sharedMonitoring(String networkSlug, @Nullable CycleId cycle);

    /** A cycle to filter by. */
    record CycleOption(CycleId id, String name, LocalDate periodFrom, LocalDate periodTo) {}

    /**
     * One row: {@code code} is stable (a framework item code, an ISO country code, a size class), null for the row
     * of actions without a classification; {@code values} follow the dataset's columns.
     */
    record Row(@Nullable String code, String label, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }

        public long value(int column) {
            return values.get(column);
        }
    }

    /**
     * A table of figures. {@code columns} are stable names of the measures ({@code actions}, {@code cities}, …);
     * {@code charted} is the index of the one the chart draws, and {@code percent} says it is a percentage.
     */
    record Dataset(String name, List<String> columns, int charted, boolean percent, List<Row> rows) {

        public Dataset {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** {@code cycle} is the cycle filtered by, null for all. */
    record NetworkStatistics(
            String networkSlug, String networkName, List<CycleOption> cycles, CycleId cycle, List<Dataset> datasets) {

        public NetworkStatistics {
            cycles = List.copyOf(cycles);
            datasets = List.copyOf(datasets);
        }

        public Optional<Dataset> dataset(String name) {
            return datasets.stream()
                    .filter(dataset -> dataset.name().equals(name))
                    .findFirst();
        }
    }
}
