package org.aashray.alerts.jobs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.aashray.Application;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another node starting on the test run's database, in a JVM of its own: the whole application (clustered Quartz
 * included). It says "NODE READY" with its scheduler's instance id once started (its start-up work done), and
 * leaves on "EXIT".
 */
public final class JoiningNode {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args)) {
            System.out.println("NODE READY " + app.getBean(Scheduler.class).getSchedulerInstanceId());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("EXIT"); line = in.readLine()) {
                // nothing else to do: the node only has to be there
            }
        }
        System.exit(0);
    }
}
