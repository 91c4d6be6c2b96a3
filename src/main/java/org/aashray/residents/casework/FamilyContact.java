package org.aashray.residents.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A family member or other person the resident names as a contact. */
@Entity
@Table(name = "resident_contacts")
public class FamilyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    private String name;
    private String relation;
    private String phone;
    private String address;

    public FamilyContact() {
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    void setResidentId(long residentId) { this.residentId = residentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
