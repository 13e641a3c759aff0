package org.equicity.monitoring.collection;

import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.people.Access;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds a dataset and decides who may read it (its audience) and change it (the city's coordinators). */
@Component
class Datasets {

    private final DatasetRepository datasets;
    private final Access access;

    Datasets(DatasetRepository datasets, Access access) {
        this.datasets = datasets;
        this.access = access;
    }

    Dataset readable(DatasetId id) {
        var dataset = load(id);
        if (!canRead(dataset)) {
            throw new AccessDeniedException("A dataset is read by its audience only");
        }
        return dataset;
    }

    /** The dataset of this kind, for a coordinator of its city. */
    Dataset managed(DatasetId id, DatasetKind kind) {
        var dataset = load(id);
        access.requireCityManagement(dataset.city());
        if (dataset.kind() != kind) {
            throw new RuleViolationException("monitoring.collection.rule.wrong-kind");
        }
        return dataset;
    }

    /** The dataset's title, as the survey page shows it to anyone holding a link. */
    String title(DatasetId id) {
        return load(id).title();
    }

    boolean canRead(Dataset dataset) {
        return dataset.audience() == Audience.CITY_PEOPLE
                ? access.canReadCity(dataset.city())
                : access.canManageCity(dataset.city());
    }

    boolean canManage(Dataset dataset) {
        return access.canManageCity(dataset.city());
    }

    private Dataset load(DatasetId id) {
        return datasets.findById(id.value()).orElseThrow(() -> new NotFoundException("Dataset", id.value()));
    }
}
