package org.equicity.network.web;

import org.equicity.network.Networks.NetworkDetails;

/** What an editor types about a network; the slug only when the network is created. */
class NetworkForm {

    private String slug;
    private String name;
    private String description;
    private String website;
    private String reportingPeriodYears = "2";
    private long version;

    static NetworkForm of(NetworkDetails network) {
        var form = new NetworkForm();
        form.slug = network.slug();
        form.name = network.name();
        form.description = network.description();
        form.website = network.website();
        form.reportingPeriodYears = Integer.toString(network.reportingPeriodYears());
        form.version = network.version();
        return form;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getReportingPeriodYears() {
        return reportingPeriodYears;
    }

    public void setReportingPeriodYears(String reportingPeriodYears) {
        this.reportingPeriodYears = reportingPeriodYears;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
