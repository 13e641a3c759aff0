package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(EquicityApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApis() {
        MODULES.verify();
    }

    /**
     * A module without a declaration may depend on every other module, so {@link #modulesOnlyUseEachOthersPublishedApis}
     * would let a new module, or a module whose declaration was dropped, grow dependencies unnoticed.
     */
    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        assertThat(MODULES.stream())
                .allSatisfy(module -> assertThat(declaredDependencies(module))
                        .as("allowedDependencies of module %s", module.getIdentifier())
                        .isNotNull()
                        .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static String[] declaredDependencies(ApplicationModule module) {
        try {
            var packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            var declaration = packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return declaration == null ? null : declaration.allowedDependencies();
        } catch (ClassNotFoundException ex) {
            return null;
        }
    }
}
