package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

@Service
class DisclosureService implements Disclosure {

    private final DisclosureSettings settings;
    private final MessageSource messages;

    DisclosureService(DisclosureSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public Rules rules(String dataset) {
        return settings.rules(dataset);
    }

    @Override
    public PublishedTable publish(Table table, Rules rules) {
        var outcome = Protection.protect(table, rules);
        var cells = new ArrayList<PublishedCell>(table.cells().size());
        var used = EnumSet.noneOf(Marker.class);
        for (int i = 0; i < table.cells().size(); i++) {
            var cell = table.cells().get(i);
            var marker = outcome.marker(i);
            if (marker != null) {
                used.add(marker);
            }
            cells.add(new PublishedCell(cell.period(), cell.categories(), outcome.published(i), marker));
        }
        return new PublishedTable(cells, legend(used, outcome.rounded()));
    }

    @Override
    public InternalTable review(Table table, Rules rules) {
        var outcome = Protection.protect(table, rules);
        var cells = new ArrayList<InternalCell>(table.cells().size());
        var used = EnumSet.noneOf(Marker.class);
        for (int i = 0; i < table.cells().size(); i++) {
            var cell = table.cells().get(i);
            var marker = outcome.marker(i);
            var published = outcome.published(i);
            var notForPublication = cell.value() != null && !cell.value().equals(published);
            if (marker != null) {
                used.add(marker);
            }
            if (notForPublication) {
                used.add(Marker.NOT_FOR_PUBLICATION);
            }
            cells.add(new InternalCell(
                    cell.period(),
                    cell.categories(),
                    cell.value(),
                    cell.status(),
                    published,
                    marker,
                    notForPublication));
        }
        return new InternalTable(cells, legend(used, outcome.rounded()));
    }

    @Override
    public List<String> legend(List<LegendEntry> entries, Locale locale) {
        if (entries.isEmpty()) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        lines.add(messages.getMessage("disclosure.legend.title", null, locale));
        entries.forEach(
                entry -> lines.add(entry.symbol() + " " + messages.getMessage(entry.messageKey(), null, locale)));
        return lines;
    }

    /** The legend lists the markers in their declared order, so that every table explains them alike. */
    private static List<LegendEntry> legend(Set<Marker> used, boolean rounded) {
        if (rounded) {
            used.add(Marker.ROUNDED);
        }
        return used.stream().map(LegendEntry::of).toList();
    }
}
