package org.aashray.medical.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How soon after admission the health check is due, per home; the row without a home is the default. */
@Entity
@Table(name = "medical_settings")
public class MedicalSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private int checkDueHours;
    @Version
    private long version;

    protected MedicalSettings() {
    }

    MedicalSettings(Long homeId, int checkDueHours) {
        this.homeId = homeId;
        this.checkDueHours = checkDueHours;
    }

    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public int getCheckDueHours() { return checkDueHours; }
    void setCheckDueHours(int checkDueHours) { this.checkDueHours = checkDueHours; }
    public long getVersion() { return version; }
}
