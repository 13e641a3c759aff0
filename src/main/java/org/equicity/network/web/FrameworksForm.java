package org.equicity.network.web;

import java.util.List;

/** The framework versions a network works with, as references ({@code id@version}). */
record FrameworksForm(List<String> frameworks) {

    FrameworksForm {
        frameworks = frameworks == null ? List.of() : frameworks;
    }
}
