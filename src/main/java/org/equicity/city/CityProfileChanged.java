package org.equicity.city;

import java.util.Map;
import org.equicity.shared.CityId;

/**
 * A city's public profile was changed: its free texts as they now stand, by field (see
 * {@link Cities.Level1Profile#translatableTexts()}), written in the city's main language. Published in the saving
 * transaction, so that translations follow the texts.
 */
public record CityProfileChanged(CityId city, String language, Map<String, String> texts) {

    public CityProfileChanged {
        texts = Map.copyOf(texts);
    }
}
