package org.aashray.alerts.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Instant;
import org.aashray.Application;
import org.aashray.alerts.ClusterRule;
import org.aashray.security.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second node of the clustering test, in a JVM of its own: the whole application on the same database
 * (clustered Quartz included). It evaluates the test rule when told "GO" on stdin and leaves on "EXIT".
 * Arguments: table, rule key. Its web server takes any free port ({@code --server.port=0} as an argument, which
 * beats the application's own {@code server.port}; a default property would not).
 */
public final class SecondNode {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0")) {
            ClusterRule rule = new ClusterRule(app.getBean(JdbcTemplate.class), args[0], args[1]);
            AlertEngine engine = app.getBean(AlertEngine.class);
            System.out.println("NODE2 READY " + app.getBean(org.quartz.Scheduler.class).getSchedulerInstanceId());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            for (String line = in.readLine(); line != null && !line.equals("EXIT"); line = in.readLine()) {
                if (line.startsWith("GO")) {
                    Instant at = Instant.ofEpochMilli(Long.parseLong(line.split(" ")[1]));
                    int rounds = Integer.parseInt(line.split(" ")[2]);
                    int raised = 0;
                    for (int i = 0; i < rounds; i++) {
                        raised += SystemAuthentication.call(() -> engine.evaluate(rule, at)).raised();
                    }
                    System.out.println("NODE2 DONE raised=" + raised);
                }
            }
        }
        System.exit(0);
    }
}
