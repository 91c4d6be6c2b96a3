package org.aashray.alerts.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.alerts.engine.AlertStore.OpenAlert;
import org.aashray.alerts.engine.AlertStore.Subject;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates one rule at a given instant: raises an alert for each new due item, updates those whose due
 * date or description changed, resolves those the rule no longer returns, escalates overdue ones nobody
 * acknowledged. The work is proportional to the due items and open alerts, never to a feature's table.
 *
 * <p>An item the rule still returns after someone resolved its alert by hand is raised again as a new alert that
 * points to the resolved one: resolving by hand never makes a due item disappear; changing the item does.
 *
 * <p>The instant is explicit so a run after downtime catches up in one go (everything is judged against
 * "now", not against the missed fire times) and tests can move time.
 */
@Service
public class AlertEngine {

    private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);
    private static final int CHUNK = 500;
    private static final int ATTEMPTS = 5;

    private final AlertStore store;
    private final AlertSettingsService settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    AlertEngine(AlertStore store, AlertSettingsService settings, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public EvaluationResult evaluate(AlertRule rule, Instant now) {
        long started = System.nanoTime();
        RuleSettings s = settings.effective(rule);
        if (!s.enabled()) {
            return new EvaluationResult(rule.key(), 0, 0, 0, 0, 0, 0); // switched off: its alerts stay as they are
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<DueItem> due = rule.dueItems(today.plusDays(s.leadDays()));
        Map<Subject, OpenAlert> open = store.openAlerts(rule.key());

        List<DueItem> changed = new ArrayList<>();
        Set<Subject> seen = new HashSet<>();
        for (DueItem item : due) {
            Subject subject = new Subject(item.subjectType(), item.subjectId());
            if (!seen.add(subject)) {
                continue; // a rule returning one subject twice must not make two alerts
            }
            OpenAlert existing = open.get(subject);
            if (existing == null || differs(existing, item, today)) {
                changed.add(item);
            }
        }
        // One order for every node, so concurrent upserts take row locks in the same order.
        changed.sort(Comparator.comparing(DueItem::subjectType).thenComparingLong(DueItem::subjectId));
        int raised = 0;
        for (int i = 0; i < changed.size(); i += CHUNK) {
            List<DueItem> chunk = changed.subList(i, Math.min(changed.size(), i + CHUNK));
            List<DueItem> fresh = chunk.stream().filter(d -> !open.containsKey(new Subject(d.subjectType(), d.subjectId()))).toList();
            retrying(() -> {
                // an item still due after someone resolved its alert by hand is raised again, linked to that alert
                store.upsert(rule, chunk, store.resolvedByHand(rule.key(), fresh), today, now);
                return null;
            });
            raised += fresh.size();
        }
        List<Long> gone = open.entrySet().stream().filter(e -> !seen.contains(e.getKey()))
                .map(e -> e.getValue().id()).sorted().toList();
        int resolved = 0;
        for (int i = 0; i < gone.size(); i += CHUNK) {
            List<Long> chunk = gone.subList(i, Math.min(gone.size(), i + CHUNK));
            resolved += retrying(() -> store.resolveDone(chunk, now));
        }
        int escalated = retrying(() -> store.escalate(rule.key(), 2, today.minusDays(s.officialAfterDays()), now)
                + store.escalate(rule.key(), 1, today.minusDays(s.careManagerAfterDays()), now));
        EvaluationResult result = new EvaluationResult(rule.key(), due.size(), raised, changed.size() - raised,
                resolved, escalated, (System.nanoTime() - started) / 1_000_000);
        log.debug("Alert rule {}", result.summary());
        return result;
    }

    private static boolean differs(OpenAlert existing, DueItem item, LocalDate today) {
        return existing.homeId() != item.homeId() || !existing.dueDate().equals(item.dueDate())
                || existing.overdue() != item.dueDate().isBefore(today)
                || !existing.descriptionKey().equals(item.descriptionKey())
                || !Objects.equals(existing.args(), AlertStore.args(item))
                || !Objects.equals(existing.route(), item.route())
                || !Objects.equals(existing.residentId(), item.residentId());
    }

    /** Another node writing the same rows may make InnoDB pick this transaction as a deadlock victim: retry. */
    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Alert write lost a lock race (attempt {}), retrying", attempt);
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
