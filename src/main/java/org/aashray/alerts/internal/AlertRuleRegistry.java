package org.aashray.alerts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.alerts.AlertRule;
import org.springframework.stereotype.Component;

/** Every {@link AlertRule} bean the features declared, by key. */
@Component
public class AlertRuleRegistry {

    private final Map<String, AlertRule> byKey;

    AlertRuleRegistry(List<AlertRule> rules) {
        this.byKey = rules.stream().collect(Collectors.toMap(AlertRule::key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two alert rules share the key " + a.key());
        }, java.util.TreeMap::new));
        byKey.keySet().stream().filter(k -> k.length() > 80).findAny().ifPresent(k -> {
            throw new IllegalStateException("Alert rule key longer than 80 characters: " + k);
        });
    }

    public Collection<AlertRule> all() {
        return byKey.values();
    }

    public Optional<AlertRule> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
