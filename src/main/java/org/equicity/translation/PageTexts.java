package org.equicity.translation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The translatable texts of one page as its reader sees them, made by {@link Translations#forReader} with one
 * lookup for the whole page. Templates show each text with the fragments of {@code translation/reading.html}:
 * {@code ~{translation/reading :: text(${texts.of('plan', plan.id().value(), 'title')})}}.
 */
public final class PageTexts {

    /** The query parameter by which a reader asks for every text in its original language. */
    public static final String SHOW_ORIGINALS = "originals";

    private final Map<FieldRef, ShownText> texts;
    private final boolean originalsWanted;
    private final boolean anyForeign;

    PageTexts(Map<FieldRef, ShownText> texts, boolean originalsWanted, boolean anyForeign) {
        this.texts = Map.copyOf(texts);
        this.originalsWanted = originalsWanted;
        this.anyForeign = anyForeign;
    }

    /** The field's text as shown; a field the page did not ask for reads as empty rather than failing the page. */
    public ShownText get(FieldRef field) {
        var shown = texts.get(field);
        return shown != null ? shown : new ShownText(field, null, null, null, null, null, ShownText.Marker.NONE);
    }

    public ShownText of(String ownerType, UUID ownerId, String field) {
        return get(new FieldRef(ownerType, ownerId, field));
    }

    /** The shown text, or null: for places that only need the words (a title attribute, a spreadsheet cell). */
    public String text(String ownerType, UUID ownerId, String field) {
        return of(ownerType, ownerId, field).text();
    }

    /** Whether the reader asked for the originals (the page-wide choice). */
    public boolean originalsWanted() {
        return originalsWanted;
    }

    /** Whether any text of the page is shown translated: the page then explains the markers. */
    public boolean anyTranslated() {
        return texts.values().stream().anyMatch(ShownText::isTranslated);
    }

    public boolean anyMachineTranslated() {
        return texts.values().stream().anyMatch(ShownText::isMachineTranslated);
    }

    /**
     * Whether the page-wide choice between originals and translations means something here: some text was written
     * in another language than the reader's.
     */
    public boolean offersChoice() {
        return anyForeign;
    }

    /** The languages (named for the reader) of texts shown as written while their translation is being prepared. */
    public String preparingFrom() {
        return languagesOf(ShownText.Marker.PREPARING);
    }

    /** The languages (named for the reader) of texts shown as written because no engine translates them. */
    public String untranslatableFrom() {
        return languagesOf(ShownText.Marker.NO_ENGINE);
    }

    private String languagesOf(ShownText.Marker marker) {
        return texts.values().stream()
                .filter(shown -> shown.marker() == marker)
                .map(ShownText::originalLanguageName)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    public Collection<ShownText> all() {
        return texts.values();
    }
}
