package org.aashray;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Aashray: operations system for shelter and rehabilitation homes.
 * The app shell loads the Aura theme and the project's own calm, high-contrast styles as plain CSS,
 * because a Vaadin frontend-bundle rebuild is not possible on these machines.
 */
@SpringBootApplication
@EnableAsync
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
