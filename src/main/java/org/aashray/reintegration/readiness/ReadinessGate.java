package org.aashray.reintegration.readiness;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.placements.ExitGuard;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.ResidentExited;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The readiness gate: "restored to family" cannot be recorded while blocking items of the latest readiness
 * check are unmet on the exit date, unless the care manager recorded an override (which the exit then uses).
 * Exits recorded by the application itself ({@code SystemAuthentication}: demo seeding, imports) are not gated.
 * In the exit dialog, {@code ReadinessGateRemedy} (ui) offers the way to her reintegration tab and the override.
 */
@Component
class ReadinessGate implements ExitGuard {

    private final ReadinessService readiness;
    private final OverrideRepository overrides;
    private final BundleTranslationProvider translations;
    private final AuditLog audit;
    private final ReintegrationAccess access;

    ReadinessGate(ReadinessService readiness, OverrideRepository overrides, BundleTranslationProvider translations, AuditLog audit,
                  ReintegrationAccess access) {
        this.access = access;
        this.readiness = readiness;
        this.overrides = overrides;
        this.translations = translations;
        this.audit = audit;
    }

    @Override
    public List<FieldError> objections(long residentId, long homeId, ExitRequest exit) {
        // The application itself (demo seeding, imports of exits that already happened) is not gated.
        if (exit.reason() != ExitReason.RESTORED_TO_FAMILY || exit.date() == null || access.isSystem()) return List.of();
        Readiness r = readiness.evaluate(residentId, exit.date());
        if (r.ready() || r.overridden()) return List.of();
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        if (!r.checked()) return List.of(new FieldError("reason", "reintegration.gate.noCheck"));
        String missing = r.missing().stream().map(i -> translations.getTranslation("reintegration.item." + i, locale))
                .collect(Collectors.joining(", "));
        return List.of(new FieldError("reason", "reintegration.gate.blocked", missing));
    }

    /** The exit went through on an override: the override is used up (same transaction as the exit). */
    @EventListener
    void on(ResidentExited e) {
        if (e.exitReason() != ExitReason.RESTORED_TO_FAMILY) return;
        Readiness r = readiness.evaluate(e.residentId(), e.exitDate());
        if (r.ready()) return;
        readiness.unusedOverride(e.residentId()).ifPresent(o -> {
            o.use(e.exitDate());
            overrides.flush();
            audit.recordChange("UPDATE", "ExitOverride", o.getId(), e.homeId(), "Readiness override used for the exit of "
                    + e.exitDate() + ", missing: " + r.missing(), Map.of("usedOn", ""), Map.of("usedOn", e.exitDate()));
        });
    }
}
