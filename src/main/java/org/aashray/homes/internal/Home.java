package org.aashray.homes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.aashray.homes.HomeType;
import org.aashray.homes.ServedGroup;

/** A shelter or rehabilitation home. */
@Entity
@Table(name = "homes")
public class Home {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "home_type")
    private HomeType type;
    @Enumerated(EnumType.STRING)
    private ServedGroup serves;
    private String address;
    @Column(name = "licence_number")
    private String licenceNumber;
    @Column(name = "licence_expiry")
    private LocalDate licenceExpiry;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "contact_phone")
    private String contactPhone;
    private boolean active = true;
    @Version
    private long version;

    public Home() {
    }

    public Long getId() { return id; }
    public District getDistrict() { return district; }
    public void setDistrict(District district) { this.district = district; }
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
    public long getVersion() { return version; }
}
