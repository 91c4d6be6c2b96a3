package org.aashray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, enforced: a feature may use only another feature's API (its root package and named
 * interfaces) and only the features its {@code package-info.java} allows. The module diagrams and canvases in
 * {@code docs/modules} are written from the code on every run, so they cannot drift from it.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void features_use_only_each_others_api_and_only_the_dependencies_they_declare() {
        MODULES.verify();
    }

    @Test
    void every_feature_declares_which_features_it_may_use() {
        List<String> undeclared = MODULES.stream()
                .filter(module -> !module.getBasePackage().getName().equals("org.aashray.base"))
                .filter(module -> declaredDependencies(module.getBasePackage().getName()) == null)
                .map(org.springframework.modulith.core.ApplicationModule::getIdentifier)
                .map(Object::toString).toList();
        assertThat(undeclared).as("modules without allowedDependencies in their package-info.java").isEmpty();
    }

    @Test
    void writes_the_module_diagrams_and_canvases_that_the_architecture_document_links_to() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
        assertThat(DOCS.resolve("components.puml")).exists();
    }

    /** The documenter lists a diagram's relations in no fixed order; sorted, an unchanged structure is an unchanged file. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        for (int i = 0; i < lines.size(); i++) {
            int end = i;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) end++;
            if (end - i > 1) Collections.sort(lines.subList(i, end));
            i = end;
        }
        Files.write(diagram, lines);
    }

    private static String[] declaredDependencies(String basePackage) {
        try {
            ApplicationModule module = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return module == null || module.allowedDependencies().length == 1
                    && module.allowedDependencies()[0].equals(ApplicationModule.OPEN_TOKEN) ? null : module.allowedDependencies();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
