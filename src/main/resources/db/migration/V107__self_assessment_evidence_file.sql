-- A document given as evidence for a key factor of a self-assessment may be an uploaded file. What it is (name,
-- media type as detected from its content, size) stands with the evidence, so that lists show it without reading the
-- file; the file itself (Base64, as the other uploads are kept) is in a table of its own, read only when downloaded,
-- and goes with its piece of evidence.
alter table self_assessment_evidence add column file_name varchar(200);
alter table self_assessment_evidence add column file_type varchar(100);
alter table self_assessment_evidence add column file_size bigint;

create table self_assessment_evidence_file (
    evidence_id uuid primary key references self_assessment_evidence (id) on delete cascade,
    content text not null
);
