package org.equicity.report;

import tools.jackson.databind.json.JsonMapper;

/** How a report's content is stored: whole, as JSON, so that a snapshot keeps exactly what was submitted. */
final class ReportJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportJson() {}

    static String write(ReportContent content) {
        return JSON.writeValueAsString(content);
    }

    static ReportContent read(String json) {
        return JSON.readValue(json, ReportContent.class);
    }
}
