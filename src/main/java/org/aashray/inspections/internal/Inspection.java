package org.aashray.inspections.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.inspections.Finding;
import org.aashray.inspections.InspectionRecord;

/** One inspection visit to a home. */
@Entity
@Table(name = "inspections")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "home_id", nullable = false)
    private long homeId;
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;
    @Column(nullable = false)
    private String inspectors;
    private String summary;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_findings", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<StoredFinding> findings = new ArrayList<>();

    protected Inspection() {
    }

    public Inspection(long homeId, LocalDate visitDate, String inspectors, String summary, List<Finding> findings,
                      String recordedBy, Instant recordedAt) {
        this.homeId = homeId;
        this.visitDate = visitDate;
        this.inspectors = inspectors;
        this.summary = summary;
        findings.forEach(f -> this.findings.add(new StoredFinding(f)));
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public InspectionRecord toRecord() {
        return new InspectionRecord(id, homeId, visitDate, inspectors, summary,
                findings.stream().map(StoredFinding::toFinding).toList(), recordedBy, recordedAt, version);
    }

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getInspectors() { return inspectors; }
    public String getSummary() { return summary; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
