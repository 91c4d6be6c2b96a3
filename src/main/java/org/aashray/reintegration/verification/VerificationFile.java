package org.aashray.reintegration.verification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or scanned document from a verification visit. */
@Entity
@Table(name = "reint_verification_files")
class VerificationFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long verificationId;
    private String fileName;
    private String mimeType;
    private int sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected VerificationFile() {
    }

    VerificationFile(long verificationId, String fileName, String mimeType, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.verificationId = verificationId;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() { return id; }
    long getVerificationId() { return verificationId; }
    String getFileName() { return fileName; }
    String getMimeType() { return mimeType; }
    int getSizeBytes() { return sizeBytes; }
    byte[] getContent() { return content; }
}
