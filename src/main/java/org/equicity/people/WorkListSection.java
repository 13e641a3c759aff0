package org.equicity.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.jspecify.annotations.Nullable;

/**
 * A part of the signed-in person's work list, given by the module that owns the work, so that the work list gathers
 * what waits for a person without reaching into modules it may not depend on. Each entry links to the place to act.
 * Declared here, beside the roles it is organised by, since every module that gives a section depends on people.
 */
public interface WorkListSection {

    /** Where the section stands on the work list, lower first. */
    int order();

    /** The section for {@code reader}, empty when they hold no role it serves. */
    Optional<Section> forReader(Reader reader, LocalDate today);

    /**
     * The signed-in reader, read once for the whole work list: who they are and what they hold ({@code me}), and the
     * cities they coordinate with what links and texts name them by, so that no section asks for either again.
     */
    record Reader(Access.CurrentPerson me, List<CoordinatedCity> coordinated) {

        public Reader {
            coordinated = List.copyOf(coordinated);
        }

        public boolean holds(Role role) {
            return me.grants().stream().anyMatch(grant -> grant.role() == role);
        }

        /** The cities where the reader holds {@code role}, each once. */
        public List<CityId> citiesWhere(Role role) {
            return me.grants().stream()
                    .filter(grant -> grant.role() == role)
                    .map(RoleGrant::city)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }

        /** The networks where the reader holds {@code role}, each once. */
        public List<NetworkId> networksWhere(Role role) {
            return me.grants().stream()
                    .filter(grant -> grant.role() == role)
                    .map(RoleGrant::network)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }
    }

    /** A city the reader coordinates. */
    record CoordinatedCity(CityId id, String slug, String name) {}

    /**
     * A heading and what waits ({@code entries}); {@code emptyKey} says what will appear there when nothing does.
     * Keys are message keys.
     */
    record Section(String headingKey, String emptyKey, List<Entry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One thing to do: the message {@code textKey} with {@code args} as the link to {@code link}, and an optional
     * excerpt of what is to be answered ({@code quote}, may be null) and a note ({@code noteKey} with
     * {@code noteArgs}, may be null), {@code urgent} when a date has passed.
     */
    record Entry(
            String link,
            String textKey,
            List<Object> args,
            @Nullable String quote,
            @Nullable String noteKey,
            List<Object> noteArgs,
            boolean urgent) {

        public Entry {
            args = List.copyOf(args);
            noteArgs = List.copyOf(noteArgs);
        }
    }
}
