package org.aashray.homes;

import java.time.LocalDate;

/**
 * A home's details as the administrator edits them in a form (a new home has no id). {@link HomeService} checks
 * them and copies them onto the stored home, with the version the form was opened on.
 */
public class HomeDetails {

    private Long id;
    private long version;
    private DistrictSummary district;
    private String code;
    private String name;
    private HomeType type;
    private ServedGroup serves;
    private String address;
    private String licenceNumber;
    private LocalDate licenceExpiry;
    private String contactPerson;
    private String contactPhone;
    private boolean active = true;

    public HomeDetails() {
    }

    HomeDetails(Long id, long version) {
        this.id = id;
        this.version = version;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public DistrictSummary getDistrict() { return district; }
    public void setDistrict(DistrictSummary district) { this.district = district; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public HomeType getType() { return type; }
    public void setType(HomeType type) { this.type = type; }
    public ServedGroup getServes() { return serves; }
    public void setServes(ServedGroup serves) { this.serves = serves; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public LocalDate getLicenceExpiry() { return licenceExpiry; }
    public void setLicenceExpiry(LocalDate licenceExpiry) { this.licenceExpiry = licenceExpiry; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
