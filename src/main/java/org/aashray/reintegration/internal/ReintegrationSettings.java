package org.aashray.reintegration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** The feature's limits, one row an administrator edits (defaults from DOMAIN.md). */
@Entity
@Table(name = "reint_settings")
public class ReintegrationSettings {

    @Id
    private Integer id = 1;
    private int verificationDueDays;
    private int verificationValidDays;
    private String followupMonths;
    private int followupGraceDays;
    private int unreachableAttempts;
    private int permitWarningDays;
    @Version
    private long version;

    public ReintegrationSettings() {
    }

    /** The follow-up schedule in months after exit, e.g. [1, 3, 6, 12, 18, 24]. */
    public List<Integer> months() {
        return Arrays.stream(followupMonths.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted().distinct().toList();
    }

    public int getVerificationDueDays() { return verificationDueDays; }
    public void setVerificationDueDays(int v) { verificationDueDays = v; }
    public int getVerificationValidDays() { return verificationValidDays; }
    public void setVerificationValidDays(int v) { verificationValidDays = v; }
    public String getFollowupMonths() { return followupMonths; }
    public void setFollowupMonths(String v) { followupMonths = v; }
    public int getFollowupGraceDays() { return followupGraceDays; }
    public void setFollowupGraceDays(int v) { followupGraceDays = v; }
    public int getUnreachableAttempts() { return unreachableAttempts; }
    public void setUnreachableAttempts(int v) { unreachableAttempts = v; }
    public int getPermitWarningDays() { return permitWarningDays; }
    public void setPermitWarningDays(int v) { permitWarningDays = v; }
    public long getVersion() { return version; }
}
