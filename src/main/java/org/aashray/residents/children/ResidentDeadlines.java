package org.aashray.residents.children;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The JJ Act deadlines for children, as ADMIN sets them: production before the CWC and the social investigation report. */
@Entity
@Table(name = "resident_deadlines")
public class ResidentDeadlines {

    static final int ID = 1;

    @Id
    private Integer id = ID;
    @Column(name = "cwc_production_hours")
    private int cwcProductionHours;
    @Column(name = "sir_days")
    private int sirDays;
    @Version
    private long version;

    protected ResidentDeadlines() {
    }

    public int getCwcProductionHours() { return cwcProductionHours; }
    public void setCwcProductionHours(int cwcProductionHours) { this.cwcProductionHours = cwcProductionHours; }
    public int getSirDays() { return sirDays; }
    public void setSirDays(int sirDays) { this.sirDays = sirDays; }
    public long getVersion() { return version; }

    /** Rescue dates are days, so "within 24 hours" means by the next day (48 hours: the day after, and so on). */
    public int cwcProductionDays() {
        return Math.max(1, (cwcProductionHours + 23) / 24);
    }
}
