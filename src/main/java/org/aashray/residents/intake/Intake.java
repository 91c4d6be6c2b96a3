package org.aashray.residents.intake;

import java.time.LocalDate;
import org.aashray.residents.Gender;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.internal.ReferralSource;
import org.aashray.residents.internal.RescuePlace;

/**
 * The short first form at reception: what can be asked in two minutes while the escort waits. Either an
 * approximate age or a date of birth. {@code earlierCaseNumber} asks the home of a returning survivor's
 * earlier stay (chosen by staff from the possible matches) to confirm her, {@code motherId} makes this an accompanying child.
 */
public class Intake {

    private Long homeId;
    private LocalDate admittedOn;
    private String name;
    private String alias;
    private Integer approximateAge;
    private LocalDate birthDate;
    private Gender gender = Gender.FEMALE;
    private String languages;
    private ReferralSource referredBy = ReferralSource.POLICE_AHTU;
    private String orderNumber;
    private LocalDate orderDate;
    private LocalDate rescueDate;
    private RescuePlace rescuePlace = RescuePlace.DESTINATION;
    private TraffickingForm traffickingForm;
    private String origin;
    private String documentNumber;
    private boolean minor;
    private boolean pregnant;
    private boolean injuredOrIll;
    private boolean withChildren;
    private boolean securityThreat;
    private Long motherId;
    private String earlierCaseNumber;

    /** Today unless given: a night arrival entered next morning, or a paper register typed in. */
    public LocalDate getAdmittedOn() { return admittedOn; }
    public void setAdmittedOn(LocalDate admittedOn) { this.admittedOn = admittedOn; }
    public Long getHomeId() { return homeId; }
    public void setHomeId(Long homeId) { this.homeId = homeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public Integer getApproximateAge() { return approximateAge; }
    public void setApproximateAge(Integer approximateAge) { this.approximateAge = approximateAge; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
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
    public RescuePlace getRescuePlace() { return rescuePlace; }
    public void setRescuePlace(RescuePlace rescuePlace) { this.rescuePlace = rescuePlace; }
    public TraffickingForm getTraffickingForm() { return traffickingForm; }
    public void setTraffickingForm(TraffickingForm traffickingForm) { this.traffickingForm = traffickingForm; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
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
    public Long getMotherId() { return motherId; }
    public void setMotherId(Long motherId) { this.motherId = motherId; }
    public String getEarlierCaseNumber() { return earlierCaseNumber; }
    public void setEarlierCaseNumber(String earlierCaseNumber) { this.earlierCaseNumber = earlierCaseNumber; }
}
