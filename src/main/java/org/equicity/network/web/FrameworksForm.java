package org.equicity.network.web;

import java.util.ArrayList;
import java.util.List;

class FrameworksForm {

    private List<String> frameworks = new ArrayList<>();

    public List<String> getFrameworks() {
        return frameworks;
    }

    public void setFrameworks(List<String> frameworks) {
        this.frameworks = frameworks == null ? new ArrayList<>() : frameworks;
    }
}
