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
import org.aashray.reintegration.internal.GatedExits;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.repatriation.HandoverExits;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The readiness gate: an exit of a gated kind (restored to family, independent living, transfer to another
 * organisation) cannot be recorded while items that kind requires are unmet on the exit date, unless the care
 * manager recorded an override for that kind (which the exit then uses). "Repatriated" is recorded only by
 * completing the handover ({@link HandoverExits}). Exits recorded by the application itself
 * ({@code SystemAuthentication}: demo seeding, imports) are not gated. In the exit dialog,
 * {@code ReadinessGateRemedy} (ui) offers the way to her reintegration tab and the override.
 */
@Component
class ReadinessGate implements ExitGuard {

    private final ReadinessService readiness;
    private final OverrideRepository overrides;
    private final HandoverExits handovers;
    private final BundleTranslationProvider translations;
    private final AuditLog audit;
    private final ReintegrationAccess access;

    ReadinessGate(ReadinessService readiness, OverrideRepository overrides, HandoverExits handovers,
                  BundleTranslationProvider translations, AuditLog audit, ReintegrationAccess access) {
        this.readiness = readiness;
        this.overrides = overrides;
        this.handovers = handovers;
        this.translations = translations;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public List<FieldError> objections(long residentId, long homeId, ExitRequest exit) {
        // The application itself (demo seeding, imports of exits that already happened) is not gated.
        if (exit.date() == null || access.isSystem()) return List.of();
        if (exit.reason() == ExitReason.REPATRIATED) {
            return handovers.recording(residentId) ? List.of() : List.of(new FieldError("reason", "reintegration.gate.byHandover"));
        }
        if (!GatedExits.gated(exit.reason())) return List.of();
        Readiness r = readiness.evaluate(residentId, exit.date());
        if (!r.stops(exit.reason())) return List.of();
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        String kind = translations.getTranslation("reintegration.exitReason." + exit.reason(), locale);
        if (!r.checked()) return List.of(new FieldError("reason", "reintegration.gate.noCheckFor", kind));
        String missing = r.missing(exit.reason()).stream().map(i -> translations.getTranslation("reintegration.item." + i, locale))
                .collect(Collectors.joining(", "));
        return List.of(new FieldError("reason", "reintegration.gate.blockedFor", kind, missing));
    }

    /** The exit went through on an override for its kind: the override is used up (same transaction as the exit). */
    @EventListener
    void on(ResidentExited e) {
        if (!GatedExits.gated(e.exitReason())) return;
        Readiness r = readiness.evaluate(e.residentId(), e.exitDate());
        if (r.readyFor(e.exitReason())) return;
        readiness.unusedOverride(e.residentId(), e.exitReason()).ifPresent(o -> {
            o.use(e.exitDate());
            overrides.flush();
            audit.recordChange("UPDATE", "ExitOverride", o.getId(), e.homeId(), "Readiness override used for the exit ("
                    + e.exitReason() + ") of " + e.exitDate() + ", missing: " + r.missing(e.exitReason()),
                    Map.of("usedOn", ""), Map.of("usedOn", e.exitDate()));
        });
    }
}
