package org.aashray.residents.casework;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Her informed consent: what was explained, in which language, what she agreed to and who witnessed it. */
@Service
public class ResidentConsentService {

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ResidentConsentService(ResidentRepository residents, ConsentRepository consents, ResidentAccess access, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Consent recordConsent(long residentId, Consent given) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        new InputChecks()
                .text("explained", given.getExplained(), 1000, true)
                .text("language", given.getLanguage(), 60, true)
                .text("witness", given.getWitness(), 120, true)
                .throwIfAny();
        Consent c = new Consent();
        c.setResidentId(residentId);
        c.setExplained(ResidentChecks.cleanMultiline(given.getExplained()));
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
}
