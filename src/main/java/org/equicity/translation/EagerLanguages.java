package org.equicity.translation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.shared.RuleViolationException;

/** The languages a network has its member cities' texts translated into as soon as they are saved. */
@Entity
@Table(name = "network_translation")
class EagerLanguages {

    @Id
    private UUID networkId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_translation_language", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @Version
    private long version;

    protected EagerLanguages() {}

    EagerLanguages(UUID networkId) {
        this.networkId = networkId;
    }

    /** English is left out: every text is archived in English anyway. */
    void choose(Collection<String> chosen) {
        var codes = new HashSet<String>();
        for (var language : chosen) {
            if (!Languages.isCode(language)) {
                throw new RuleViolationException("translation.eager.unknown-language", language);
            }
            if (!Translations.ARCHIVE_LANGUAGE.equals(language)) {
                codes.add(language);
            }
        }
        languages.clear();
        languages.addAll(codes);
    }

    List<String> languages() {
        return languages.stream().sorted().toList();
    }
}
