package org.aashray.reintegration.readiness;

import static org.aashray.reintegration.internal.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.i18n.DateFormats;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.internal.GatedExits;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationRepository;
import org.aashray.reintegration.verification.VerificationStatus;
import org.aashray.residents.DocumentType;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness check: recorded again and again (history kept), each item met / not met / not applicable.
 * The home verification item is computed from the verifications; documents are suggested from the
 * residents feature's document list. For each gated exit kind the check says whether she is ready for it; a care
 * manager may override the gate for one kind with a reason.
 */
@Service
public class ReadinessService {

    private static final Set<DocumentType> IDENTITY = Set.of(DocumentType.AADHAAR, DocumentType.VOTER_ID,
            DocumentType.PASSPORT, DocumentType.BIRTH_CERTIFICATE);

    private final ReadinessCheckRepository checks;
    private final VerificationRepository verifications;
    private final OverrideRepository overrides;
    private final ReintegrationSettingsService settings;
    private final ResidentDirectory residents;
    private final ReintegrationAccess access;
    private final ReadinessPdf pdf;
    private final AuditLog audit;
    private final Clock clock;

    ReadinessService(ReadinessCheckRepository checks, VerificationRepository verifications, OverrideRepository overrides,
                     ReintegrationSettingsService settings, ResidentDirectory residents, ReintegrationAccess access,
                     ReadinessPdf pdf, AuditLog audit, Clock clock) {
        this.checks = checks;
        this.verifications = verifications;
        this.overrides = overrides;
        this.settings = settings;
        this.residents = residents;
        this.access = access;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest check, evaluated for today. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public Readiness current(long residentId) {
        access.resident(residentId);
        return evaluate(residentId, LocalDate.now(clock));
    }

    /**
     * Whether the readiness gate stops an exit of this kind on that day: her latest check lacks an item the kind
     * requires and no unused override for the kind lets it pass (as {@code ReadinessGate} decides).
     */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public boolean gateStops(long residentId, ExitReason kind, LocalDate exitDate) {
        access.resident(residentId);
        return GatedExits.gated(kind) && evaluate(residentId, exitDate).stops(kind);
    }

    /** All checks, newest first, each as it was recorded. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<Readiness> history(long residentId) {
        access.resident(residentId);
        Map<ExitReason, Set<ReadinessItem>> gates = settings.gateItems();
        return checks.findByResidentIdOrderByIdDesc(residentId).stream().map(c -> asRecorded(c, gates)).toList();
    }

    /**
     * Answers to start a new check from: the previous check's answers, the computed home verification, and
     * a suggestion for documents from the resident's documents (an identity document and a bank account held).
     */
    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional(readOnly = true)
    public List<Readiness.ItemState> draft(long residentId) {
        access.resident(residentId);
        LocalDate today = LocalDate.now(clock);
        Set<ReadinessItem> required = requiredByAnyExit(settings.gateItems());
        Map<ReadinessItem, ReadinessAnswer> previous = new EnumMap<>(ReadinessItem.class);
        checks.findFirstByResidentIdOrderByIdDesc(residentId).ifPresent(c -> c.getAnswers().forEach(a -> previous.put(a.getItem(), a)));
        List<Readiness.ItemState> result = new ArrayList<>();
        for (ReadinessItem item : settings.checklistItems()) {
            boolean blocking = required.contains(item);
            if (item == ReadinessItem.HOME_VERIFICATION) {
                result.add(verificationState(residentId, today, blocking));
            } else if (item == ReadinessItem.DOCUMENTS && !previous.containsKey(item)) {
                result.add(documentsSuggestion(residentId, blocking));
            } else {
                ReadinessAnswer p = previous.get(item);
                result.add(new Readiness.ItemState(item, p == null ? Answer.NOT_MET : p.getAnswer(), blocking,
                        p == null ? null : p.getNote()));
            }
        }
        return result;
    }

    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public Readiness record(long residentId, List<ReadinessItemAnswer> answers) {
        ResidentSummary r = access.resident(residentId);
        LocalDate today = LocalDate.now(clock);
        Map<ReadinessItem, ReadinessItemAnswer> given = new EnumMap<>(ReadinessItem.class);
        answers.forEach(a -> given.put(a.item(), a));
        InputChecks input = new InputChecks();
        Map<ExitReason, Set<ReadinessItem>> gates = settings.gateItems();
        Set<ReadinessItem> required = requiredByAnyExit(gates);
        ReadinessCheck check = new ReadinessCheck(residentId, r.homeId(), today, access.username(), clock.instant());
        for (ReadinessItem item : settings.checklistItems()) {
            if (item.computed()) {
                Readiness.ItemState s = verificationState(residentId, today, required.contains(item));
                check.getAnswers().add(new ReadinessAnswer(item, s.answer(), s.blocking(), s.note()));
                continue;
            }
            ReadinessItemAnswer a = given.get(item);
            String note = a == null ? null : clean(a.note());
            boolean answered = a != null && a.answer() != null;
            input.require(answered, item.name(), "validation.required")
                    .require(!answered || a.answer() != Answer.NOT_APPLICABLE || note != null, item.name(),
                            "reintegration.validation.noteForNotApplicable")
                    .maxLength(item.name() + ".note", note, 500);
            if (answered) check.getAnswers().add(new ReadinessAnswer(item, a.answer(), required.contains(item), note));
        }
        input.throwIfAny();
        Readiness result = new Readiness(-1L, residentId, today, access.username(), states(check), gates, Map.of());
        // the check's own result (read by the reintegration pipeline and its reports) stays "ready to go home"
        List<ReadinessItem> missing = result.missing(ExitReason.RESTORED_TO_FAMILY);
        check.result(result.readyFor(ExitReason.RESTORED_TO_FAMILY), missing.stream().map(Enum::name).collect(Collectors.joining(",")));
        checks.saveAndFlush(check);
        Map<String, Object> after = new LinkedHashMap<>();
        check.getAnswers().forEach(a -> after.put(a.getItem().name(), a.getAnswer() + (a.getNote() == null ? "" : ": " + a.getNote())));
        gates.keySet().forEach(k -> after.put("readyFor." + k, result.readyFor(k)));
        audit.recordChange("CREATE", "ReadinessCheck", check.getId(), r.homeId(), r.caseNumber() + ": readiness check, "
                + gates.keySet().stream().map(k -> k + (result.readyFor(k) ? " ready" : " missing " + result.missing(k)))
                .collect(Collectors.joining("; ")), null, after);
        return asRecorded(check, gates);
    }

    /** The care manager lets her next exit of this gated kind pass although items it requires are unmet. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public void override(long residentId, ExitReason kind, String reason) {
        ResidentSummary r = access.resident(residentId);
        String why = clean(reason);
        new InputChecks().require(kind != null && GatedExits.gated(kind), "overrideKind", "validation.required")
                .require(why != null, "overrideReason", "reintegration.validation.overrideReason")
                .maxLength("overrideReason", why, 1000).throwIfAny();
        ExitOverride o = overrides.saveAndFlush(new ExitOverride(residentId, r.homeId(), kind, why, access.username(),
                LocalDate.now(clock), clock.instant()));
        audit.recordChange("OVERRIDE", "ReadinessCheck", o.getId(), r.homeId(),
                r.caseNumber() + ": readiness gate overridden for " + kind + ": " + why, null, Map.of("exitReason", kind,
                        "reason", why, "missing", String.valueOf(evaluate(residentId, LocalDate.now(clock)).missing(kind))));
    }

    /** The check printed for the CWC or the magistrate, in the given language. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public byte[] pdf(long residentId, Locale locale) {
        ResidentSummary r = access.resident(residentId);
        audit.recordAccess("ReadinessCheck", residentId, r.homeId(), "readiness PDF");
        LocalDate today = LocalDate.now(clock);
        List<HomeVerification> done = verifications.findByResidentIdOrderByRequestedOnDescIdDesc(residentId).stream()
                .filter(v -> v.getStatus() == VerificationStatus.DONE).toList();
        return pdf.render(r, evaluate(residentId, today), done.isEmpty() ? null : done.getFirst(), locale);
    }

    /**
     * Latest check as of {@code on}, with the home verification re-evaluated, the exit kinds' items as they are
     * now (an item added since her check counts as not met), and the unused overrides.
     */
    Readiness evaluate(long residentId, LocalDate on) {
        Map<ExitReason, Set<ReadinessItem>> gates = settings.gateItems();
        Set<ReadinessItem> required = requiredByAnyExit(gates);
        Map<ExitReason, String> unused = new EnumMap<>(ExitReason.class);
        overrides.findByResidentIdAndUsedOnIsNullOrderByIdDesc(residentId).forEach(o -> unused.putIfAbsent(o.getExitReason(), o.getReason()));
        Optional<ReadinessCheck> latest = checks.findFirstByResidentIdOrderByIdDesc(residentId);
        Map<ReadinessItem, Readiness.ItemState> items = new EnumMap<>(ReadinessItem.class);
        settings.checklistItems().forEach(i -> items.put(i, new Readiness.ItemState(i, Answer.NOT_MET, required.contains(i), null)));
        if (latest.isEmpty()) return new Readiness(null, residentId, null, null, List.copyOf(items.values()), gates, unused);
        latest.get().getAnswers().forEach(a -> items.put(a.getItem(),
                new Readiness.ItemState(a.getItem(), a.getAnswer(), required.contains(a.getItem()), a.getNote())));
        items.put(ReadinessItem.HOME_VERIFICATION, verificationState(residentId, on, required.contains(ReadinessItem.HOME_VERIFICATION)));
        ReadinessCheck c = latest.get();
        return new Readiness(c.getId(), residentId, c.getCheckedOn(), c.getCheckedBy(), List.copyOf(items.values()), gates, unused);
    }

    Optional<ExitOverride> unusedOverride(long residentId, ExitReason kind) {
        return overrides.findFirstByResidentIdAndExitReasonAndUsedOnIsNullOrderByIdDesc(residentId, kind);
    }

    private static Set<ReadinessItem> requiredByAnyExit(Map<ExitReason, Set<ReadinessItem>> gates) {
        Set<ReadinessItem> all = java.util.EnumSet.noneOf(ReadinessItem.class);
        gates.values().forEach(all::addAll);
        return all;
    }

    private static List<Readiness.ItemState> states(ReadinessCheck c) {
        return c.getAnswers().stream().map(a -> new Readiness.ItemState(a.getItem(), a.getAnswer(), a.isBlocking(), a.getNote()))
                .sorted(Comparator.comparingInt(s -> s.item().ordinal())).toList();
    }

    /** A check as it was recorded (answers and what they counted for then), judged by the exit kinds' items of now. */
    private Readiness asRecorded(ReadinessCheck c, Map<ExitReason, Set<ReadinessItem>> gates) {
        return new Readiness(c.getId(), c.getResidentId(), c.getCheckedOn(), c.getCheckedBy(), states(c),
                gates == null ? settings.gateItems() : gates, Map.of());
    }

    private Readiness.ItemState verificationState(long residentId, LocalDate on, boolean blocking) {
        int valid = settings.settings().getVerificationValidDays();
        Optional<HomeVerification> positive = verifications.findByResidentIdOrderByRequestedOnDescIdDesc(residentId).stream()
                .filter(v -> v.supportsReturnOn(on, valid))
                .max(Comparator.comparing(HomeVerification::getVisitDate));
        return positive.map(v -> new Readiness.ItemState(ReadinessItem.HOME_VERIFICATION, Answer.MET, blocking,
                        v.getRecommendation() + " " + DateFormats.date(v.getVisitDate(), Locale.ENGLISH) + ": " + v.getDestination()))
                .orElseGet(() -> new Readiness.ItemState(ReadinessItem.HOME_VERIFICATION, Answer.NOT_MET, blocking, null));
    }

    private Readiness.ItemState documentsSuggestion(long residentId, boolean blocking) {
        List<DocumentType> docs = residents.heldDocuments(residentId);
        boolean id = docs.stream().anyMatch(IDENTITY::contains);
        boolean bank = docs.contains(DocumentType.BANK_ACCOUNT);
        List<String> held = docs.stream().map(DocumentType::name).toList();
        return new Readiness.ItemState(ReadinessItem.DOCUMENTS, id && bank ? Answer.MET : Answer.NOT_MET, blocking,
                held.isEmpty() ? null : String.join(", ", held));
    }
}
