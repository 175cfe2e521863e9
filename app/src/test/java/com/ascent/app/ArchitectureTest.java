package com.ascent.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The conventions of ARCHITECTURE.md, enforced. */
class ArchitectureTest {

    static JavaClasses host;
    static JavaClasses plugins;

    @BeforeAll
    static void importClasses() {
        host = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ascent.app");
        // The test and example plugins follow the same rules: they prove what a real plugin can do to
        // the host. A plugin's own tests may use JUnit and AssertJ; what ships is its main classes.
        plugins = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(Path.of("..", "plugins"), Path.of("..", "test-plugins"), Path.of("..", "plugin-examples"));
    }

    @Test
    void servicesAndRepositoriesDoNotDependOnScreens() {
        noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Repository.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("views are thin: they call services, never the other way round")
                .check(host);
    }

    @Test
    void viewsNeitherQueryTheDatabaseNorHoldGeneratedRecords() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "com.ascent.app.db..")
                .because("views call services, which own the rules and the transactions")
                .check(host);
    }

    @Test
    void onlyRepositoriesUseJooq() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Guard")
                .and().resideOutsideOfPackage("com.ascent.app.db..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("services talk to the database through jOOQ repositories")
                .check(host);
    }

    @Test
    void pluginsUseOnlyThePluginApiAndProvidedLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "com.ascent.plugin.api..", "com.ascent.plugins..", "com.vaadin.flow..", "org.pf4j..",
                        "org.jspecify..", "org.slf4j..", "java..", "javax.annotation..")
                .because("a plugin compiles against plugin-api and the libraries the host provides, nothing else")
                .check(plugins);
    }

    @Test
    void pluginsDeclareNoRoutesAndNoFrontendResources() {
        noClasses().should().beAnnotatedWith("com.vaadin.flow.router.Route")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JsModule")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.NpmPackage")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.CssImport")
                .because("the host's route renders a plugin's component, and the host's bundle holds its components")
                .check(plugins);
    }
}
