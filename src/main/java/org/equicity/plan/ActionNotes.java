package org.equicity.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What another module has to say beside each action on a plan's pages, given by the module that knows it: the
 * indicators that measure an action give their status. The plan declares the place and the modules that depend on it
 * fill it, as the work list gathers {@code WorkListSection}s, so that the plan's pages show it without the plan
 * depending on those modules. A page asks once for the whole plan, so that an implementation reads every action's
 * notes together rather than one action at a time.
 */
public interface ActionNotes {

    /**
     * The notes on the actions of the plan of the city {@code citySlug} (links are made with it), by action; actions
     * without any are left out. {@code published}: for the public page, with only what the public may read;
     * otherwise for the city's own people.
     */
    Map<ActionId, List<Note>> of(PlanId plan, String citySlug, boolean published);

    /** The notes of every module that gives them, by action, in the order of the modules. */
    static Map<ActionId, List<Note>> gathered(
            List<ActionNotes> modules, PlanId plan, String citySlug, boolean published) {
        var notes = new HashMap<ActionId, List<Note>>();
        for (var module : modules) {
            module.of(plan, citySlug, published)
                    .forEach((action, more) -> notes.computeIfAbsent(action, id -> new ArrayList<>())
                            .addAll(more));
        }
        return notes;
    }

    /**
     * One thing about the action: {@code label} in {@code language} (may be null) linking to {@code link}, followed
     * by {@code facts}, each a message key with its arguments, so that every fact is said in words and not by colour
     * alone.
     */
    record Note(String label, @Nullable String language, String link, List<Fact> facts) {

        public Note {
            facts = List.copyOf(facts);
        }
    }

    /** A message key and its arguments. */
    record Fact(String key, List<Object> args) {

        public Fact {
            args = List.copyOf(args);
        }
    }
}
