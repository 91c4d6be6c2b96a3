package org.aashray.residents.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** Someone who may exercise a harmful influence (ITPA s.17(1)): reception is warned when they visit. */
@Entity
@Table(name = "resident_no_contacts")
public class NoContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "person_name")
    private String personName;
    private String phone;
    @Column(name = "phone_key")
    private String phoneKey;
    private String reason;

    public NoContact() {
    }

    /** The last ten digits: "+91 98300 12345" and "09830012345" are the same number. */
    static String phoneKey(String phone) {
        if (phone == null) return null;
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 6) return null;
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    static String nameKey(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The same person as a visitor: what blocks an exit, a home verification or a follow-up ({@link NoContactMatcher}),
     * or, since a warning at the gate costs little, one name containing the other (a first name given alone).
     */
    public boolean matches(String visitorName, String visitorPhone) {
        if (NoContactMatcher.matches(this, visitorName) || NoContactMatcher.matches(this, visitorPhone)) return true;
        String a = nameKey(personName);
        String b = nameKey(visitorName);
        return a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a));
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    void setResidentId(long residentId) { this.residentId = residentId; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPhone() { return phone; }
    String getPhoneKey() { return phoneKey; }
    public void setPhone(String phone) { this.phone = phone; this.phoneKey = phoneKey(phone); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
