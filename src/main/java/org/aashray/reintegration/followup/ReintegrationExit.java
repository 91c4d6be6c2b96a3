package org.aashray.reintegration.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.aashray.placements.ExitReason;

/** An exit that starts a follow-up: the destination (from the placements exit) and who is responsible in the source area. */
@Entity
@Table(name = "reint_exits")
class ReintegrationExit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;
    private LocalDate exitDate;
    private String destination;
    private String responsiblePartner;
    private String responsibleUsername;
    @Version
    private long version;

    protected ReintegrationExit() {
    }

    ReintegrationExit(long residentId, long homeId, ExitReason reason, LocalDate exitDate, String destination,
                      String responsiblePartner, String responsibleUsername) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.exitReason = reason;
        this.exitDate = exitDate;
        this.destination = destination;
        this.responsiblePartner = responsiblePartner;
        this.responsibleUsername = responsibleUsername;
    }

    void responsible(String partner, String username) {
        responsiblePartner = partner;
        responsibleUsername = username;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    long getHomeId() { return homeId; }
    ExitReason getExitReason() { return exitReason; }
    LocalDate getExitDate() { return exitDate; }
    String getDestination() { return destination; }
    String getResponsiblePartner() { return responsiblePartner; }
    String getResponsibleUsername() { return responsibleUsername; }
    long getVersion() { return version; }
}
