package org.equicity.practice.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.Description;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.practice.Practices.Template;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/** The template as the city writes it; reference documents are typed one per line. */
class PracticeForm {

    private long version;

    private String network;

    private String language;

    private String title;

    private String department;

    private String contact;

    private List<String> fieldsOfAction = List.of();

    private String mainPurpose;

    private String implementationPeriod;

    private String purpose;

    private String rationale;

    private String process;

    private String impact;

    private String referenceDocuments;

    private String commitment;

    private String track;

    private List<String> fieldsOfActivity = List.of();

    private Integer year;

    private String measureType;

    private String chapter;

    private String aims;

    private String evaluation;

    private String leadingAuthority;

    private String implementingPartners;

    private String areaOfIntervention;

    private String periodStart;

    private String periodEnd;

    private String references;

    static PracticeForm of(PracticeView practice) {
        var form = new PracticeForm();
        form.version = practice.version();
        form.network = practice.summary().network().value().toString();
        var content = practice.content();
        var template = content.template();
        var classification = content.classification();
        form.language = content.language();
        form.title = template.title();
        form.department = template.department();
        form.contact = template.contact();
        form.fieldsOfAction = template.fieldsOfAction();
        form.mainPurpose = template.mainPurpose();
        form.implementationPeriod = template.implementationPeriod();
        form.purpose = template.purpose();
        form.rationale = template.rationale();
        form.process = template.process();
        form.impact = template.impact();
        form.referenceDocuments = String.join("\n", template.referenceDocuments());
        form.commitment = classification.commitment();
        form.track = classification.track();
        form.fieldsOfActivity = classification.fieldsOfActivity();
        form.year = classification.year();
        var description = content.description();
        form.measureType = description.measureType();
        form.chapter = description.chapter();
        form.aims = description.aims();
        form.evaluation = description.evaluation();
        form.leadingAuthority = description.leadingAuthority();
        form.implementingPartners = description.implementingPartners();
        form.areaOfIntervention = description.areaOfIntervention();
        form.periodStart = description.periodStart();
        form.periodEnd = description.periodEnd();
        form.references = String.join(
                "\n",
                description.references().stream()
                        .map(reference -> reference.address() == null
                                ? reference.label()
                                : reference.label() + " " + reference.address())
                        .toList());
        return form;
    }

    static PracticeForm blank(String language, NetworkId network) {
        var form = new PracticeForm();
        form.language = language;
        form.network = network == null ? null : network.value().toString();
        return form;
    }

    /** @throws RuleViolationException for the first rule the content breaks */
    PracticeContent content() {
        return new PracticeContent(
                language,
                new Template(
                        title,
                        department,
                        contact,
                        fieldsOfAction,
                        mainPurpose,
                        implementationPeriod,
                        purpose,
                        rationale,
                        process,
                        impact,
                        referenceDocuments == null ? List.of() : Arrays.asList(referenceDocuments.split("\\R"))),
                new Classification(commitment, track, fieldsOfActivity, year),
                new Description(
                        measureType,
                        chapter,
                        aims,
                        evaluation,
                        leadingAuthority,
                        implementingPartners,
                        areaOfIntervention,
                        periodStart,
                        periodEnd,
                        references()));
    }

    private List<Description.Reference> references() {
        return references == null
                ? List.of()
                : Arrays.stream(references.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .map(Description.Reference::of)
                        .toList();
    }

    /** The chosen network; anything that is no id (a tampered form) is no network. */
    NetworkId networkId() {
        try {
            return network == null || network.isBlank() ? null : new NetworkId(UUID.fromString(network.strip()));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<String> getFieldsOfAction() {
        return fieldsOfAction;
    }

    public void setFieldsOfAction(List<String> fieldsOfAction) {
        this.fieldsOfAction = fieldsOfAction;
    }

    public String getMainPurpose() {
        return mainPurpose;
    }

    public void setMainPurpose(String mainPurpose) {
        this.mainPurpose = mainPurpose;
    }

    public String getImplementationPeriod() {
        return implementationPeriod;
    }

    public void setImplementationPeriod(String implementationPeriod) {
        this.implementationPeriod = implementationPeriod;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getReferenceDocuments() {
        return referenceDocuments;
    }

    public void setReferenceDocuments(String referenceDocuments) {
        this.referenceDocuments = referenceDocuments;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public List<String> getFieldsOfActivity() {
        return fieldsOfActivity;
    }

    public void setFieldsOfActivity(List<String> fieldsOfActivity) {
        this.fieldsOfActivity = fieldsOfActivity;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMeasureType() {
        return measureType;
    }

    public void setMeasureType(String measureType) {
        this.measureType = measureType;
    }

    public String getChapter() {
        return chapter;
    }

    public void setChapter(String chapter) {
        this.chapter = chapter;
    }

    public String getAims() {
        return aims;
    }

    public void setAims(String aims) {
        this.aims = aims;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public String getLeadingAuthority() {
        return leadingAuthority;
    }

    public void setLeadingAuthority(String leadingAuthority) {
        this.leadingAuthority = leadingAuthority;
    }

    public String getImplementingPartners() {
        return implementingPartners;
    }

    public void setImplementingPartners(String implementingPartners) {
        this.implementingPartners = implementingPartners;
    }

    public String getAreaOfIntervention() {
        return areaOfIntervention;
    }

    public void setAreaOfIntervention(String areaOfIntervention) {
        this.areaOfIntervention = areaOfIntervention;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }
}
