package org.aashray.alerts.jobs;

import java.time.Duration;
import java.time.Instant;
import org.aashray.testsupport.ChildApplication;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For tests only: the application a test run starts is handed to the tests once the alert rules' start-up catch-up
 * has run, so no test races it (a catch-up evaluating a rule in the middle of a test would change its alerts).
 */
@Component
class CatchUpSettled {

    private static final Logger log = LoggerFactory.getLogger(CatchUpSettled.class);

    private final Scheduler scheduler;

    CatchUpSettled(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void awaitCatchUp() throws SchedulerException, InterruptedException {
        // an application started without its scheduler (a first start's test) runs no catch-up: nothing to wait for
        if (scheduler.isStarted() && !scheduler.isInStandbyMode()) {
            await(scheduler, Duration.ofSeconds(120));
        }
        // the demo data is seeded and the catch-up has run: a test that started it in a JVM of its own may go on
        System.out.println(ChildApplication.READY);
    }

    /** Waits until no catch-up trigger is left (each is removed once its run has ended); false if time ran out. */
    static boolean await(Scheduler scheduler, Duration atMost) throws SchedulerException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(AlertJobs.CATCH_UP_GROUP)).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                log.warn("The alert rules' start-up catch-up had not finished after {}", atMost);
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
