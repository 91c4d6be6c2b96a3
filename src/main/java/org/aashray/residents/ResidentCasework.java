package org.aashray.residents;

import static org.aashray.residents.ResidentRules.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parts of a profile filled in over the stay: documents and entitlements, the legal case, family contacts, no-contact list. */
@Service
public class ResidentCasework {

    private final ResidentRepository residents;
    private final DocumentRepository documents;
    private final LegalCaseRepository legalCases;
    private final ContactRepository contacts;
    private final NoContactRepository noContacts;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ResidentCasework(ResidentRepository residents, DocumentRepository documents, LegalCaseRepository legalCases,
                     ContactRepository contacts, NoContactRepository noContacts, ResidentAccess access, AuditLog audit,
                     Clock clock) {
        this.residents = residents;
        this.documents = documents;
        this.legalCases = legalCases;
        this.contacts = contacts;
        this.noContacts = noContacts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private Resident resident(long id) {
        Resident r = residents.findById(id).orElseThrow();
        access.require(r);
        return r;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentDocument> documents(long residentId) {
        resident(residentId);
        return documents.findByResidentIdOrderByType(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public ResidentDocument saveDocument(long residentId, ResidentDocument edited) {
        Resident r = resident(residentId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        ResidentRules.required(errors, "type", edited.getType());
        ResidentRules.required(errors, "status", edited.getStatus());
        ResidentRules.text(errors, "number", edited.getNumber(), 60, false);
        ResidentRules.text(errors, "scheme", edited.getScheme(), 120, edited.getType() == DocumentType.SCHEME_LINKAGE);
        ResidentRules.notFuture(errors, "appliedOn", edited.getAppliedOn(), today);
        ResidentRules.notFuture(errors, "receivedOn", edited.getReceivedOn(), today);
        if (edited.getAppliedOn() != null && edited.getReceivedOn() != null && edited.getReceivedOn().isBefore(edited.getAppliedOn())) {
            errors.add(new FieldError("receivedOn", "residents.validation.beforeApplied"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        ResidentDocument doc = edited.getId() == null ? new ResidentDocument() : documents.findById(edited.getId()).orElseThrow();
        if (edited.getId() != null && (doc.getResidentId() != residentId || doc.getVersion() != edited.getVersion())) {
            throw new ConcurrentEditException("Document", null);
        }
        Map<String, Object> before = edited.getId() == null ? null : snapshot(doc);
        doc.setResidentId(residentId);
        doc.setType(edited.getType());
        doc.setStatus(edited.getStatus());
        doc.setNumber(clean(edited.getNumber()));
        doc.setNumberKey(ResidentDocument.key(edited.getNumber()));
        doc.setScheme(clean(edited.getScheme()));
        doc.setAppliedOn(edited.getAppliedOn());
        doc.setReceivedOn(edited.getReceivedOn());
        try {
            documents.saveAndFlush(doc);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Document", e);
        }
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "ResidentDocument", doc.getId(), r.getHomeId(),
                doc.getType() + " of " + r.getCaseNumber(), before, snapshot(doc));
        return doc;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public LegalCase legalCase(long residentId) {
        resident(residentId);
        return legalCases.findById(residentId).orElseGet(LegalCase::new);
    }

    /** Hearings on or before {@code by} of residents in residence, for the hearing alert (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<HearingDue> hearingsBy(LocalDate by) {
        return legalCases.hearingsBy(by);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public LegalCase saveLegalCase(long residentId, LegalCase edited) {
        Resident r = resident(residentId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        ResidentRules.text(errors, "firNumber", edited.getFirNumber(), 60, false);
        ResidentRules.text(errors, "policeStation", edited.getPoliceStation(), 120, false);
        ResidentRules.text(errors, "sectionsInvoked", edited.getSectionsInvoked(), 300, false);
        ResidentRules.text(errors, "statementSection", edited.getStatementSection(), 40, false);
        ResidentRules.text(errors, "court", edited.getCourt(), 160, false);
        ResidentRules.text(errors, "lawyerName", edited.getLawyerName(), 120, false);
        ResidentRules.notFuture(errors, "statementDate", edited.getStatementDate(), today);
        ResidentRules.notFuture(errors, "compensationAppliedOn", edited.getCompensationAppliedOn(), today);
        // a hearing date is kept even when it has passed, but not one decades away (year 0 or 9999 typed by mistake)
        ResidentRules.between(errors, "nextHearing", edited.getNextHearing(), today.minusYears(10), today.plusYears(5));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        LegalCase current = legalCases.findById(residentId).orElse(null);
        boolean created = current == null;
        if (created && edited.getVersion() != null || !created && !current.getVersion().equals(edited.getVersion())) {
            throw new ConcurrentEditException("Legal case of " + r.getCaseNumber(), null);
        }
        if (created) {
            current = new LegalCase();
            current.setResidentId(residentId);
        }
        Map<String, Object> before = created ? null : snapshot(current);
        current.setFirNumber(clean(edited.getFirNumber()));
        current.setPoliceStation(clean(edited.getPoliceStation()));
        current.setSectionsInvoked(clean(edited.getSectionsInvoked()));
        current.setStatementSection(clean(edited.getStatementSection()));
        current.setStatementDate(edited.getStatementDate());
        current.setCourt(clean(edited.getCourt()));
        current.setNextHearing(edited.getNextHearing());
        current.setLawyerType(edited.getLawyerType() == null ? LawyerType.NONE : edited.getLawyerType());
        current.setLawyerName(clean(edited.getLawyerName()));
        current.setCompensationAppliedOn(edited.getCompensationAppliedOn());
        current.setCompensationStatus(edited.getCompensationStatus() == null ? CompensationStatus.NOT_APPLIED
                : edited.getCompensationStatus());
        try {
            current = legalCases.saveAndFlush(current);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Legal case of " + r.getCaseNumber(), e);
        }
        audit.recordChange(created ? "CREATE" : "UPDATE", "LegalCase", residentId, r.getHomeId(),
                "Legal case of " + r.getCaseNumber(), before, snapshot(current));
        return current;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<FamilyContact> contacts(long residentId) {
        resident(residentId);
        return contacts.findByResidentIdOrderById(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public FamilyContact addContact(long residentId, FamilyContact given) {
        Resident r = resident(residentId);
        List<FieldError> errors = new ArrayList<>();
        ResidentRules.text(errors, "name", given.getName(), 120, true);
        ResidentRules.text(errors, "relation", given.getRelation(), 60, true);
        phone(errors, "phone", given.getPhone());
        ResidentRules.text(errors, "address", given.getAddress(), 300, false);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        FamilyContact c = new FamilyContact();
        c.setResidentId(residentId);
        c.setName(clean(given.getName()));
        c.setRelation(clean(given.getRelation()));
        c.setPhone(clean(given.getPhone()));
        c.setAddress(clean(given.getAddress()));
        contacts.save(c);
        audit.recordChange("CREATE", "FamilyContact", c.getId(), r.getHomeId(), "Family contact of " + r.getCaseNumber(),
                null, Map.of("name", c.getName(), "relation", c.getRelation()));
        return c;
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public void removeContact(long contactId) {
        FamilyContact c = contacts.findById(contactId).orElseThrow();
        Resident r = resident(c.getResidentId());
        contacts.delete(c);
        audit.recordChange("DELETE", "FamilyContact", contactId, r.getHomeId(), "Family contact of " + r.getCaseNumber()
                + " removed", Map.of("name", c.getName(), "relation", c.getRelation()), null);
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<NoContact> noContacts(long residentId) {
        resident(residentId);
        return noContacts.findByResidentIdOrderById(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public NoContact addNoContact(long residentId, NoContact given) {
        Resident r = resident(residentId);
        List<FieldError> errors = new ArrayList<>();
        if (clean(given.getPersonName()) == null && clean(given.getPhone()) == null) {
            errors.add(new FieldError("personName", "residents.validation.nameOrPhone"));
        }
        ResidentRules.text(errors, "personName", given.getPersonName(), 120, false);
        phone(errors, "phone", given.getPhone());
        ResidentRules.text(errors, "reason", given.getReason(), 300, false);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        NoContact n = new NoContact();
        n.setResidentId(residentId);
        n.setPersonName(clean(given.getPersonName()));
        n.setPhone(clean(given.getPhone()));
        n.setReason(clean(given.getReason()));
        noContacts.save(n);
        audit.recordChange("CREATE", "NoContact", n.getId(), r.getHomeId(), "No-contact entry for " + r.getCaseNumber(),
                null, Map.of("person", String.valueOf(n.getPersonName()), "phone", String.valueOf(n.getPhone())));
        return n;
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void removeNoContact(long noContactId) {
        NoContact n = noContacts.findById(noContactId).orElseThrow();
        Resident r = resident(n.getResidentId());
        noContacts.delete(n);
        audit.recordChange("DELETE", "NoContact", noContactId, r.getHomeId(), "No-contact entry of " + r.getCaseNumber()
                + " removed", Map.of("person", String.valueOf(n.getPersonName()), "phone", String.valueOf(n.getPhone())), null);
    }

    static void phone(List<FieldError> errors, String field, String phone) {
        String p = clean(phone);
        if (p != null && (p.length() > 20 || !p.matches("[+0-9 ()-]{6,20}"))) {
            errors.add(new FieldError(field, "residents.validation.phone"));
        }
    }

    private static Map<String, Object> snapshot(ResidentDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.getType());
        m.put("status", d.getStatus());
        m.put("number", d.getNumber());
        m.put("scheme", d.getScheme());
        m.put("appliedOn", d.getAppliedOn());
        m.put("receivedOn", d.getReceivedOn());
        return m;
    }

    private static Map<String, Object> snapshot(LegalCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firNumber", c.getFirNumber());
        m.put("policeStation", c.getPoliceStation());
        m.put("sectionsInvoked", c.getSectionsInvoked());
        m.put("statementSection", c.getStatementSection());
        m.put("statementDate", c.getStatementDate());
        m.put("court", c.getCourt());
        m.put("nextHearing", c.getNextHearing());
        m.put("lawyerType", c.getLawyerType());
        m.put("lawyerName", c.getLawyerName());
        m.put("compensationAppliedOn", c.getCompensationAppliedOn());
        m.put("compensationStatus", c.getCompensationStatus());
        return m;
    }
}
