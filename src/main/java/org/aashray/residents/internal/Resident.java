package org.aashray.residents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;

/**
 * A survivor in a home's care, one row per stay: a returning survivor gets a new row linked to the earlier
 * one ({@code earlierStayId}), never a silent merge. The home is referenced by id only (homes owns it).
 */
@Entity
@Table(name = "residents")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Column(name = "case_number", updatable = false)
    private String caseNumber;
    private String name;
    private String alias;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "birth_date_exact")
    private boolean birthDateExact;
    private String languages;
    @Enumerated(EnumType.STRING)
    @Column(name = "referred_by")
    private ReferralSource referredBy;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "order_date")
    private LocalDate orderDate;
    @Column(name = "rescue_date")
    private LocalDate rescueDate;
    @Column(name = "cwc_produced_on")
    private LocalDate cwcProducedOn;
    @Column(name = "sir_submitted_on")
    private LocalDate sirSubmittedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "rescue_place")
    private RescuePlace rescuePlace;
    @Enumerated(EnumType.STRING)
    @Column(name = "trafficking_form")
    private TraffickingForm traffickingForm;
    private String origin;
    @Column(name = "native_place")
    private String nativePlace;
    private String address;
    @Column(name = "identification_marks")
    private String identificationMarks;
    private boolean minor;
    private boolean pregnant;
    @Column(name = "injured_or_ill")
    private boolean injuredOrIll;
    @Column(name = "with_children")
    private boolean withChildren;
    @Column(name = "security_threat")
    private boolean securityThreat;
    @Column(name = "consent_recorded")
    private boolean consentRecorded;
    @Column(name = "possible_retrafficking")
    private boolean possibleRetrafficking;
    @Enumerated(EnumType.STRING)
    private ResidentStatus status = ResidentStatus.IN_RESIDENCE;
    @Column(name = "admitted_on", updatable = false)
    private LocalDate admittedOn;
    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;
    @Column(name = "mother_id", updatable = false)
    private Long motherId;
    @Column(name = "earlier_stay_id")
    private Long earlierStayId;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    public Resident() {
    }

    public Resident(long homeId, String caseNumber, LocalDate admittedOn, Instant createdAt, Long motherId) {
        this.homeId = homeId;
        this.caseNumber = caseNumber;
        this.admittedOn = admittedOn;
        this.createdAt = createdAt;
        this.motherId = motherId;
    }

    public int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** What lists and other features may know of her. */
    public ResidentSummary summary() {
        return new ResidentSummary(id, homeId, caseNumber, name, alias, gender, birthDate, status, admittedOn, traffickingForm,
                origin, minor, pregnant, injuredOrIll, withChildren, securityThreat, consentRecorded, possibleRetrafficking,
                motherId, version);
    }

    /** The profile as the audit trail records it before and after a change. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("alias", alias);
        m.put("gender", gender);
        m.put("birthDate", birthDate);
        m.put("languages", languages);
        m.put("referredBy", referredBy);
        m.put("orderNumber", orderNumber);
        m.put("orderDate", orderDate);
        m.put("rescueDate", rescueDate);
        m.put("rescuePlace", rescuePlace);
        m.put("traffickingForm", traffickingForm);
        m.put("origin", origin);
        m.put("nativePlace", nativePlace);
        m.put("address", address);
        m.put("identificationMarks", identificationMarks);
        m.put("minor", minor);
        m.put("pregnant", pregnant);
        m.put("injuredOrIll", injuredOrIll);
        m.put("withChildren", withChildren);
        m.put("securityThreat", securityThreat);
        m.put("status", status);
        return m;
    }

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    public String getCaseNumber() { return caseNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public boolean isBirthDateExact() { return birthDateExact; }
    public void setBirthDateExact(boolean birthDateExact) { this.birthDateExact = birthDateExact; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public ReferralSource getReferredBy() { return referredBy; }
    public void setReferredBy(ReferralSource referredBy) { this.referredBy = referredBy; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }
    public LocalDate getRescueDate() { return rescueDate; }
    public void setRescueDate(LocalDate rescueDate) { this.rescueDate = rescueDate; }
    public LocalDate getCwcProducedOn() { return cwcProducedOn; }
    public void setCwcProducedOn(LocalDate cwcProducedOn) { this.cwcProducedOn = cwcProducedOn; }
    public LocalDate getSirSubmittedOn() { return sirSubmittedOn; }
    public void setSirSubmittedOn(LocalDate sirSubmittedOn) { this.sirSubmittedOn = sirSubmittedOn; }
    public RescuePlace getRescuePlace() { return rescuePlace; }
    public void setRescuePlace(RescuePlace rescuePlace) { this.rescuePlace = rescuePlace; }
    public TraffickingForm getTraffickingForm() { return traffickingForm; }
    public void setTraffickingForm(TraffickingForm traffickingForm) { this.traffickingForm = traffickingForm; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public String getNativePlace() { return nativePlace; }
    public void setNativePlace(String nativePlace) { this.nativePlace = nativePlace; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getIdentificationMarks() { return identificationMarks; }
    public void setIdentificationMarks(String identificationMarks) { this.identificationMarks = identificationMarks; }
    public boolean isMinor() { return minor; }
    public void setMinor(boolean minor) { this.minor = minor; }
    public boolean isPregnant() { return pregnant; }
    public void setPregnant(boolean pregnant) { this.pregnant = pregnant; }
    public boolean isInjuredOrIll() { return injuredOrIll; }
    public void setInjuredOrIll(boolean injuredOrIll) { this.injuredOrIll = injuredOrIll; }
    public boolean isWithChildren() { return withChildren; }
    public void setWithChildren(boolean withChildren) { this.withChildren = withChildren; }
    public boolean isSecurityThreat() { return securityThreat; }
    public void setSecurityThreat(boolean securityThreat) { this.securityThreat = securityThreat; }
    public boolean isConsentRecorded() { return consentRecorded; }
    public void setConsentRecorded(boolean consentRecorded) { this.consentRecorded = consentRecorded; }
    public boolean isPossibleRetrafficking() { return possibleRetrafficking; }
    public void setPossibleRetrafficking(boolean possibleRetrafficking) { this.possibleRetrafficking = possibleRetrafficking; }
    public ResidentStatus getStatus() { return status; }
    public void setStatus(ResidentStatus status) { this.status = status; }
    public LocalDate getAdmittedOn() { return admittedOn; }
    public LocalDate getStatusChangedOn() { return statusChangedOn; }
    public void setStatusChangedOn(LocalDate statusChangedOn) { this.statusChangedOn = statusChangedOn; }
    public Long getMotherId() { return motherId; }
    public Long getEarlierStayId() { return earlierStayId; }
    public void setEarlierStayId(Long earlierStayId) { this.earlierStayId = earlierStayId; }
    public long getVersion() { return version; }
}
