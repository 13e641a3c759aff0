package org.equicity.monitoring.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.shared.DepartmentId;

/** How many staff of a department and grade fall into a category in a year: a count, never a person. */
@Entity
@Table(name = "collection_staff_figure")
class StaffFigure {

    @Id
    private UUID id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private UUID datasetId;

    @Column(name = "reference_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "department_id", nullable = false, updatable = false)
    private UUID departmentId;

    @Column(nullable = false, updatable = false)
    private String grade;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(nullable = false, updatable = false)
    private int staff;

    protected StaffFigure() {}

    StaffFigure(DatasetId dataset, int year, StaffCount count) {
        this.id = UUID.randomUUID();
        this.datasetId = dataset.value();
        this.year = year;
        this.departmentId = count.department().value();
        this.grade = count.grade();
        this.category = count.category();
        this.staff = count.staff();
    }

    int year() {
        return year;
    }

    StaffCount count() {
        return new StaffCount(new DepartmentId(departmentId), grade, category, staff);
    }
}
