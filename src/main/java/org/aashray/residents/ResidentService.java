package org.aashray.residents;

import static org.aashray.residents.ResidentRules.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Intake, the list, the profile, consent, photo and returning survivors. Role and home checks on every method. */
@Service
public class ResidentService {

    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final ResidentRepository residents;
    private final ResidentQueries queries;
    private final ConsentRepository consents;
    private final DocumentRepository documents;
    private final PhotoRepository photos;
    private final CaseNumbers caseNumbers;
    private final ResidentAccess access;
    private final HomeService homes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResidentService(ResidentRepository residents, ResidentQueries queries, ConsentRepository consents,
                    DocumentRepository documents, PhotoRepository photos, CaseNumbers caseNumbers, ResidentAccess access,
                    HomeService homes, AuditLog audit, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, Clock clock) {
        this.residents = residents;
        this.queries = queries;
        this.consents = consents;
        this.documents = documents;
        this.photos = photos;
        this.caseNumbers = caseNumbers;
        this.access = access;
        this.homes = homes;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Admits a new arrival from the short form and gives her the home's next case number. */
    @PreAuthorize(ResidentAccess.INTAKE)
    public ResidentSummary admit(Intake in) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = ResidentRules.checkIntake(in, today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        access.require(in.getHomeId());
        HomeSummary home = homes.summary(in.getHomeId());
        LocalDate admittedOn = in.getAdmittedOn() == null ? today : in.getAdmittedOn();
        caseNumbers.ensureCounter(home.id(), admittedOn.getYear());
        return transaction.execute(status -> {
            Resident mother = in.getMotherId() == null ? null : residents.findById(in.getMotherId()).orElseThrow();
            if (mother != null && mother.getHomeId() != home.id()) {
                throw new ValidationException("motherId", "residents.validation.motherElsewhere");
            }
            Resident earlier = in.getEarlierStayId() == null ? null : residents.findById(in.getEarlierStayId()).orElseThrow();
            if (earlier != null) {
                access.require(earlier);
            }
            String caseNumber = caseNumbers.next(home.id(), home.code(), admittedOn.getYear());
            Resident r = new Resident(home.id(), caseNumber, admittedOn, clock.instant(), in.getMotherId());
            r.setName(clean(in.getName()));
            r.setAlias(clean(in.getAlias()));
            r.setGender(in.getGender());
            r.setBirthDateExact(in.getBirthDate() != null);
            r.setBirthDate(in.getBirthDate() != null ? in.getBirthDate()
                    : admittedOn.minusYears(in.getApproximateAge()).withDayOfYear(1));
            r.setLanguages(clean(in.getLanguages()));
            r.setReferredBy(in.getReferredBy());
            r.setOrderNumber(clean(in.getOrderNumber()));
            r.setOrderDate(in.getOrderDate());
            r.setRescueDate(in.getRescueDate());
            r.setRescuePlace(in.getRescuePlace());
            r.setTraffickingForm(in.getTraffickingForm());
            r.setOrigin(in.getOrigin());
            r.setMinor(in.isMinor() || r.age(today) < 18);
            r.setPregnant(in.isPregnant());
            r.setInjuredOrIll(in.isInjuredOrIll());
            r.setWithChildren(in.isWithChildren());
            r.setSecurityThreat(in.isSecurityThreat());
            if (earlier != null) {
                r.setEarlierStayId(earlier.getId());
                r.setPossibleRetrafficking(true);
            }
            residents.saveAndFlush(r);
            String number = clean(in.getDocumentNumber());
            if (number != null) {
                ResidentDocument doc = new ResidentDocument();
                doc.setResidentId(r.getId());
                doc.setType(DocumentType.OTHER);
                doc.setStatus(DocumentStatus.HELD);
                doc.setNumber(number);
                doc.setNumberKey(ResidentDocument.key(number));
                documents.save(doc);
            }
            if (mother != null && !mother.isWithChildren()) {
                mother.setWithChildren(true);
            }
            audit.recordChange("CREATE", "Resident", r.getId(), r.getHomeId(), "Intake " + caseNumber
                    + (earlier != null ? ", linked to earlier stay " + earlier.getCaseNumber() : ""), null, snapshot(r));
            events.publishEvent(new ResidentEvents.ResidentAdmitted(r.getId(), r.getHomeId(), caseNumber, admittedOn, r.isMinor()));
            return ResidentSummary.of(r);
        });
    }

    /** Earlier residents in the caller's homes who may be the same person. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<PossibleMatch> possibleMatches(MatchQuery q) {
        LocalDate today = LocalDate.now(clock);
        String key = ResidentDocument.key(q.documentNumber());
        List<Long> sameDocument = key == null ? List.of() : documents.residentsWithNumber(key);
        LocalDate estimatedBirth = q.birthDate() != null ? q.birthDate()
                : q.approximateAge() == null ? null : today.minusYears(q.approximateAge());
        return queries.matches(access.homes(), q, sameDocument, estimatedBirth).stream()
                .map(r -> new PossibleMatch(r, sameDocument.contains(r.id()))).toList();
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> search(ResidentFilter filter, Pageable pageable) {
        if (filter.homeId() != null) {
            access.require(filter.homeId());
        }
        return queries.search(access.homes(), filter, LocalDate.now(clock), pageable);
    }

    /** Opens a profile: checks the home and writes the record-access log. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Resident open(long id) {
        Resident r = residents.findById(id).orElseThrow(() -> new AccessDeniedException("No resident " + id));
        access.require(r);
        audit.recordAccess("Resident", id, r.getHomeId(), "profile");
        return r;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public ResidentSummary summary(long id) {
        Resident r = residents.findById(id).orElseThrow(() -> new AccessDeniedException("No resident " + id));
        access.require(r);
        return ResidentSummary.of(r);
    }

    /** Saves the full profile; refuses when someone else saved after {@code edited} was opened. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Resident save(Resident edited) {
        List<FieldError> errors = ResidentRules.checkProfile(edited, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Resident current = residents.findById(edited.getId()).orElseThrow();
        access.require(current);
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("Resident " + current.getCaseNumber(), null);
        }
        Map<String, Object> before = snapshot(current);
        current.setName(clean(edited.getName()));
        current.setAlias(clean(edited.getAlias()));
        current.setGender(edited.getGender());
        current.setBirthDate(edited.getBirthDate());
        current.setBirthDateExact(edited.isBirthDateExact());
        current.setLanguages(clean(edited.getLanguages()));
        current.setReferredBy(edited.getReferredBy());
        current.setOrderNumber(clean(edited.getOrderNumber()));
        current.setOrderDate(edited.getOrderDate());
        current.setRescueDate(edited.getRescueDate());
        current.setRescuePlace(edited.getRescuePlace());
        current.setTraffickingForm(edited.getTraffickingForm());
        current.setOrigin(edited.getOrigin());
        current.setNativePlace(clean(edited.getNativePlace()));
        current.setAddress(ResidentRules.cleanMultiline(edited.getAddress()));
        current.setIdentificationMarks(clean(edited.getIdentificationMarks()));
        current.setMinor(edited.isMinor());
        current.setPregnant(edited.isPregnant());
        current.setInjuredOrIll(edited.isInjuredOrIll());
        current.setWithChildren(edited.isWithChildren());
        current.setSecurityThreat(edited.isSecurityThreat());
        try {
            residents.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Resident " + current.getCaseNumber(), e);
        }
        audit.recordChange("UPDATE", "Resident", current.getId(), current.getHomeId(),
                "Profile " + current.getCaseNumber() + " changed", before, snapshot(current));
        return current;
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Consent recordConsent(long residentId, Consent given) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        List<FieldError> errors = new ArrayList<>();
        ResidentRules.text(errors, "explained", given.getExplained(), 1000, true);
        ResidentRules.text(errors, "language", given.getLanguage(), 60, true);
        ResidentRules.text(errors, "witness", given.getWitness(), 120, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Consent c = new Consent();
        c.setResidentId(residentId);
        c.setExplained(ResidentRules.cleanMultiline(given.getExplained()));
        c.setLanguage(clean(given.getLanguage()));
        c.setWitness(clean(given.getWitness()));
        c.setAgreesData(given.isAgreesData());
        c.setAgreesCounselling(given.isAgreesCounselling());
        c.setAgreesMedical(given.isAgreesMedical());
        c.setAgreesPhoto(given.isAgreesPhoto());
        c.setRecordedOn(LocalDate.now(clock));
        c.setRecordedBy(access.username());
        consents.save(c);
        // consent to keep her data is what makes the record "consented"; the rest is per purpose
        r.setConsentRecorded(c.isAgreesData());
        audit.recordChange("CONSENT", "Resident", residentId, r.getHomeId(), "Consent recorded for " + r.getCaseNumber(),
                null, Map.of("data", c.isAgreesData(), "counselling", c.isAgreesCounselling(), "medical", c.isAgreesMedical(),
                        "photo", c.isAgreesPhoto(), "language", c.getLanguage(), "witness", c.getWitness()));
        return c;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<Consent> consent(long residentId) {
        access.require(residents.findById(residentId).orElseThrow());
        return consents.findFirstByResidentIdOrderByIdDesc(residentId);
    }

    /** Stores a JPEG or PNG of at most 2 MB; only with her consent to a photo. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void setPhoto(long residentId, String mimeType, byte[] content) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        if (content == null || content.length == 0 || content.length > MAX_PHOTO_BYTES) {
            throw new ValidationException("photo", "residents.validation.photoSize");
        }
        if (!isJpeg(content) && !isPng(content)) {
            throw new ValidationException("photo", "residents.validation.photoType");
        }
        if (consents.findFirstByResidentIdOrderByIdDesc(residentId).map(c -> !c.isAgreesPhoto()).orElse(true)) {
            throw new ValidationException("photo", "residents.validation.photoConsent");
        }
        String type = isJpeg(content) ? "image/jpeg" : "image/png";
        photos.findById(residentId).ifPresentOrElse(p -> p.replace(type, content),
                () -> photos.save(new ResidentPhoto(residentId, type, content)));
        audit.recordChange("PHOTO", "Resident", residentId, r.getHomeId(), "Photo stored for " + r.getCaseNumber(),
                null, Map.of("bytes", content.length, "type", type));
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<Photo> photo(long residentId) {
        access.require(residents.findById(residentId).orElseThrow());
        return photos.findById(residentId).map(p -> new Photo(p.mimeType(), p.content()));
    }

    /** Links a resident to an earlier stay of the same person after intake: a possible re-trafficking case. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void linkEarlierStay(long residentId, long earlierStayId, long version) {
        Resident r = residents.findById(residentId).orElseThrow();
        Resident earlier = residents.findById(earlierStayId).orElseThrow();
        access.require(r);
        access.require(earlier);
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("Resident " + r.getCaseNumber(), null);
        }
        if (earlierStayId == residentId || !earlier.getAdmittedOn().isBefore(r.getAdmittedOn().plusDays(1))) {
            throw new ValidationException("earlierStayId", "residents.validation.notEarlier");
        }
        r.setEarlierStayId(earlierStayId);
        r.setPossibleRetrafficking(true);
        audit.recordChange("LINK", "Resident", residentId, r.getHomeId(), r.getCaseNumber() + " linked to earlier stay "
                + earlier.getCaseNumber(), Map.of(), Map.of("earlierStayId", earlierStayId));
    }

    /**
     * The earlier stays of a returning survivor, newest first. Care managers and counsellors see them even
     * when they were in another home; others see none.
     */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> earlierStays(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        List<ResidentSummary> result = new ArrayList<>();
        if (!access.maySeeEarlierStays()) return result;
        Long next = r.getEarlierStayId();
        while (next != null && result.size() < 20) {
            Resident earlier = residents.findById(next).orElseThrow();
            result.add(ResidentSummary.of(earlier));
            audit.recordAccess("Resident", earlier.getId(), earlier.getHomeId(), "earlier stay of " + r.getCaseNumber());
            next = earlier.getEarlierStayId();
        }
        return result;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> children(long motherId) {
        access.require(residents.findById(motherId).orElseThrow());
        return residents.findByMotherIdOrderByBirthDateDesc(motherId).stream().map(ResidentSummary::of).toList();
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static Map<String, Object> snapshot(Resident r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.getName());
        m.put("alias", r.getAlias());
        m.put("gender", r.getGender());
        m.put("birthDate", r.getBirthDate());
        m.put("languages", r.getLanguages());
        m.put("referredBy", r.getReferredBy());
        m.put("orderNumber", r.getOrderNumber());
        m.put("orderDate", r.getOrderDate());
        m.put("rescueDate", r.getRescueDate());
        m.put("rescuePlace", r.getRescuePlace());
        m.put("traffickingForm", r.getTraffickingForm());
        m.put("origin", r.getOrigin());
        m.put("nativePlace", r.getNativePlace());
        m.put("address", r.getAddress());
        m.put("identificationMarks", r.getIdentificationMarks());
        m.put("minor", r.isMinor());
        m.put("pregnant", r.isPregnant());
        m.put("injuredOrIll", r.isInjuredOrIll());
        m.put("withChildren", r.isWithChildren());
        m.put("securityThreat", r.isSecurityThreat());
        m.put("status", r.getStatus());
        return m;
    }
}
