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
 * residents feature's document list. A care manager may override the gate with a reason.
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
     * Whether the readiness gate stops her restoration to her family on that day: her latest check is not ready and
     * no unused override lets it pass (as {@code ReadinessGate} decides).
     */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public boolean gateStops(long residentId, LocalDate exitDate) {
        access.resident(residentId);
        Readiness r = evaluate(residentId, exitDate);
        return !r.ready() && !r.overridden();
    }

    /** All checks, newest first, each as it was recorded. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<Readiness> history(long residentId) {
        access.resident(residentId);
        return checks.findByResidentIdOrderByIdDesc(residentId).stream().map(c -> asRecorded(c, null)).toList();
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
        Map<ReadinessItem, Boolean> blocking = settings.blockingItems();
        Map<ReadinessItem, ReadinessAnswer> previous = new EnumMap<>(ReadinessItem.class);
        checks.findFirstByResidentIdOrderByIdDesc(residentId).ifPresent(c -> c.getAnswers().forEach(a -> previous.put(a.getItem(), a)));
        List<Readiness.ItemState> result = new ArrayList<>();
        for (var e : blocking.entrySet()) {
            ReadinessItem item = e.getKey();
            if (item == ReadinessItem.HOME_VERIFICATION) {
                result.add(verificationState(residentId, today, e.getValue()));
            } else if (item == ReadinessItem.DOCUMENTS && !previous.containsKey(item)) {
                result.add(documentsSuggestion(residentId, e.getValue()));
            } else {
                ReadinessAnswer p = previous.get(item);
                result.add(new Readiness.ItemState(item, p == null ? Answer.NOT_MET : p.getAnswer(), e.getValue(),
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
        Map<ReadinessItem, Boolean> blocking = settings.blockingItems();
        ReadinessCheck check = new ReadinessCheck(residentId, r.homeId(), today, access.username(), clock.instant());
        for (var e : blocking.entrySet()) {
            ReadinessItem item = e.getKey();
            if (item.computed()) {
                Readiness.ItemState s = verificationState(residentId, today, e.getValue());
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
            if (answered) check.getAnswers().add(new ReadinessAnswer(item, a.answer(), e.getValue(), note));
        }
        input.throwIfAny();
        List<ReadinessItem> missing = check.getAnswers().stream()
                .filter(a -> a.isBlocking() && a.getAnswer() == Answer.NOT_MET).map(ReadinessAnswer::getItem).toList();
        check.result(missing.isEmpty(), missing.stream().map(Enum::name).collect(Collectors.joining(",")));
        checks.saveAndFlush(check);
        Map<String, Object> after = new LinkedHashMap<>();
        check.getAnswers().forEach(a -> after.put(a.getItem().name(), a.getAnswer() + (a.getNote() == null ? "" : ": " + a.getNote())));
        after.put("ready", missing.isEmpty());
        audit.recordChange("CREATE", "ReadinessCheck", check.getId(), r.homeId(),
                r.caseNumber() + ": readiness check, " + (missing.isEmpty() ? "ready" : "not ready: " + missing), null, after);
        return asRecorded(check, null);
    }

    /** The care manager lets the next "restored to family" exit pass although blocking items are unmet. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public void override(long residentId, String reason) {
        ResidentSummary r = access.resident(residentId);
        String why = clean(reason);
        new InputChecks().require(why != null, "overrideReason", "reintegration.validation.overrideReason")
                .maxLength("overrideReason", why, 1000).throwIfAny();
        ExitOverride o = overrides.saveAndFlush(new ExitOverride(residentId, r.homeId(), why, access.username(),
                LocalDate.now(clock), clock.instant()));
        audit.recordChange("OVERRIDE", "ReadinessCheck", o.getId(), r.homeId(),
                r.caseNumber() + ": readiness gate overridden: " + why, null, Map.of("reason", why, "missing",
                        String.valueOf(evaluate(residentId, LocalDate.now(clock)).missing())));
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

    /** Latest check as of {@code on}, with the home verification re-evaluated and any unused override. */
    Readiness evaluate(long residentId, LocalDate on) {
        Optional<ExitOverride> override = overrides.findFirstByResidentIdAndUsedOnIsNullOrderByIdDesc(residentId);
        Optional<ReadinessCheck> latest = checks.findFirstByResidentIdOrderByIdDesc(residentId);
        if (latest.isEmpty()) {
            List<Readiness.ItemState> items = settings.blockingItems().entrySet().stream()
                    .map(e -> new Readiness.ItemState(e.getKey(), Answer.NOT_MET, e.getValue(), null)).toList();
            return new Readiness(null, residentId, null, null, items, override.map(ExitOverride::getReason).orElse(null),
                    override.map(ExitOverride::getRecordedBy).orElse(null));
        }
        Readiness.ItemState verification = verificationState(residentId, on, isBlocking(latest.get(), ReadinessItem.HOME_VERIFICATION));
        return asRecorded(latest.get(), verification).withOverride(override);
    }

    Optional<ExitOverride> unusedOverride(long residentId) {
        return overrides.findFirstByResidentIdAndUsedOnIsNullOrderByIdDesc(residentId);
    }

    private static boolean isBlocking(ReadinessCheck c, ReadinessItem item) {
        return c.getAnswers().stream().filter(a -> a.getItem() == item).findFirst().map(ReadinessAnswer::isBlocking).orElse(true);
    }

    private Readiness asRecorded(ReadinessCheck c, Readiness.ItemState replaceVerification) {
        List<Readiness.ItemState> items = c.getAnswers().stream()
                .map(a -> replaceVerification != null && a.getItem() == ReadinessItem.HOME_VERIFICATION ? replaceVerification
                        : new Readiness.ItemState(a.getItem(), a.getAnswer(), a.isBlocking(), a.getNote()))
                .sorted(Comparator.comparingInt(s -> s.item().ordinal())).toList();
        return new Readiness(c.getId(), c.getResidentId(), c.getCheckedOn(), c.getCheckedBy(), items, null, null);
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
