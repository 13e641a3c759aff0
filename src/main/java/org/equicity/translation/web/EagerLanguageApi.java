package org.equicity.translation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.Translations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{id}/translation-languages")
@Tag(
        name = "Translations",
        description = "Machine translation: the languages into which a network's member cities' texts are translated"
                + " as soon as they are saved (English, the archive, always).")
class EagerLanguageApi {

    /** ISO 639-1 codes; English may be given and is left out, as every text is archived in English anyway. */
    record EagerLanguages(@NotNull List<String> languages) {}

    private final Translations translations;
    private final Networks networks;

    EagerLanguageApi(Translations translations, Networks networks) {
        this.translations = translations;
        this.networks = networks;
    }

    @GetMapping
    @Operation(summary = "The languages a network has its member cities' texts translated into at once")
    EagerLanguages languages(@PathVariable UUID id) {
        return new EagerLanguages(translations.eagerLanguages(network(id)));
    }

    @PutMapping
    @Operation(summary = "Choose them (the network's secretariat); they apply to texts saved from then on")
    EagerLanguages choose(@PathVariable UUID id, @Valid @RequestBody EagerLanguages request) {
        return new EagerLanguages(translations.chooseEagerLanguages(network(id), request.languages()));
    }

    private NetworkId network(UUID id) {
        return networks.find(new NetworkId(id))
                .map(NetworkDetails::id)
                .orElseThrow(() -> new NotFoundException("Network", id));
    }
}
