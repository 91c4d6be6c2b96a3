package org.aashray.homes.internal;

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
import org.aashray.homes.BedStatus;

/** One bed. Whether someone sleeps in it is recorded by placements, not here. */
@Entity
@Table(name = "beds")
public class Bed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id")
    private Room room;
    private String label;
    @Enumerated(EnumType.STRING)
    private BedStatus status = BedStatus.AVAILABLE;
    @Version
    private long version;

    protected Bed() {
    }

    public Bed(Room room, String label) {
        this.room = room;
        this.label = label;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public String getLabel() { return label; }
    void setLabel(String label) { this.label = label; }
    public BedStatus getStatus() { return status; }
    public void setStatus(BedStatus status) { this.status = status; }
    public long getVersion() { return version; }
}
