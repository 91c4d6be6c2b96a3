package org.aashray.base.db;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it.
 * <ul>
 *   <li>{@code AASHRAY_DB_URL} (with {@code AASHRAY_DB_USER}, {@code AASHRAY_DB_PASSWORD}) or
 *   {@code spring.datasource.url}: that MariaDB is used.</li>
 *   <li>Neither: an embedded MariaDB keeps its data in {@code ./data/} and the {@code demo} profile seeds
 *   a working shelter, so a newcomer with only a JDK sees the product.</li>
 * </ul>
 */
public class EmbeddedDatabasePostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "aashrayDatabase";

    private final Log log;

    public EmbeddedDatabasePostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabasePostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        String externalUrl = env.getProperty("AASHRAY_DB_URL");
        if (StringUtils.hasText(externalUrl)) {
            props.put("spring.datasource.url", externalUrl);
            props.put("spring.datasource.username", env.getProperty("AASHRAY_DB_USER", "aashray"));
            props.put("spring.datasource.password", env.getProperty("AASHRAY_DB_PASSWORD", ""));
        } else if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(
                    env.getProperty("aashray.db.embedded.data-dir", "./data"),
                    env.getProperty("aashray.db.embedded.port", Integer.class, 0));
            log.info("No AASHRAY_DB_URL given: using the embedded MariaDB at " + db.jdbcUrl()
                    + " (data in " + env.getProperty("aashray.db.embedded.data-dir", "./data") + ")");
            props.put("spring.datasource.url", db.jdbcUrl());
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
            if (env.getProperty("aashray.demo", Boolean.class, true)) {
                env.addActiveProfile("demo");
            }
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
        }
    }
}
