package org.aashray.residents.intake;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.DocumentType;
import org.aashray.residents.ResidentEvents;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.aashray.residents.matching.NameKeyIndex;
import org.aashray.residents.matching.ReturnConfirmations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Intake at reception: the short form admits a new arrival and gives her the home's next case number. */
@Service
public class IntakeService {

    private final ResidentRepository residents;
    private final DocumentRepository documents;
    private final CaseNumbers caseNumbers;
    private final NameKeyIndex nameKeys;
    private final ReturnConfirmations confirmations;
    private final ResidentAccess access;
    private final HomeService homes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IntakeService(ResidentRepository residents, DocumentRepository documents, CaseNumbers caseNumbers, NameKeyIndex nameKeys,
                  ReturnConfirmations confirmations, ResidentAccess access,
                  HomeService homes, AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                  Clock clock) {
        this.residents = residents;
        this.documents = documents;
        this.caseNumbers = caseNumbers;
        this.nameKeys = nameKeys;
        this.confirmations = confirmations;
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
        check(in, today).throwIfAny();
        access.require(in.getHomeId());
        HomeSummary home = homes.summary(in.getHomeId());
        LocalDate admittedOn = in.getAdmittedOn() == null ? today : in.getAdmittedOn();
        // the counter row is created before the intake's transaction, which then locks it (see CaseNumbers)
        caseNumbers.ensureCounter(home.id(), admittedOn.getYear());
        return transaction.execute(status -> {
            Resident mother = in.getMotherId() == null ? null : residents.findById(in.getMotherId()).orElseThrow();
            if (mother != null && mother.getHomeId() != home.id()) {
                throw new ValidationException("motherId", "residents.validation.motherElsewhere");
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
            residents.saveAndFlush(r);
            nameKeys.index(r);
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
            audit.recordChange("CREATE", "Resident", r.getId(), r.getHomeId(), "Intake " + caseNumber, null, r.snapshot());
            if (in.getEarlierCaseNumber() != null) {
                // the earlier home is asked in the intake's transaction: no arrival without her question, nor the reverse
                confirmations.ask(r.getId(), in.getEarlierCaseNumber());
            }
            events.publishEvent(new ResidentEvents.ResidentAdmitted(r.getId(), r.getHomeId(), caseNumber, admittedOn, r.isMinor()));
            return r.summary();
        });
    }

    /** The checks the short form must pass: an age or a birth date, and the few facts reception asks at the door. */
    private static InputChecks check(Intake in, LocalDate today) {
        InputChecks checks = new InputChecks()
                .required("homeId", in.getHomeId())
                .text("name", in.getName(), 120, true)
                .maxLength("alias", in.getAlias(), 120)
                .maxLength("languages", in.getLanguages(), 200)
                .maxLength("orderNumber", in.getOrderNumber(), 60)
                .maxLength("documentNumber", in.getDocumentNumber(), 60)
                .required("gender", in.getGender())
                .required("referredBy", in.getReferredBy())
                .required("traffickingForm", in.getTraffickingForm());
        ResidentChecks.origin(checks, in.getOrigin());
        if (in.getBirthDate() == null && in.getApproximateAge() == null) {
            checks.add("approximateAge", "residents.validation.ageOrBirthDate");
        } else if (in.getBirthDate() == null) {
            int age = in.getApproximateAge();
            checks.require(age >= 0 && age <= ResidentChecks.MAX_AGE, "approximateAge", "residents.validation.age",
                    ResidentChecks.MAX_AGE);
        } else {
            ResidentChecks.birthDate(checks, in.getBirthDate(), today);
        }
        ResidentChecks.notFuture(checks, "rescueDate", in.getRescueDate(), today);
        ResidentChecks.notFuture(checks, "orderDate", in.getOrderDate(), today);
        ResidentChecks.notFuture(checks, "admittedOn", in.getAdmittedOn(), today);
        return checks;
    }
}
