package org.aashray.residents.casework;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The resident's photo, kept in the database so it is backed up with the record and served only through the service. */
@Entity
@Table(name = "resident_photos")
class ResidentPhoto {

    @Id
    @Column(name = "resident_id")
    private Long residentId;
    @Column(name = "mime_type")
    private String mimeType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    protected ResidentPhoto() {
    }

    ResidentPhoto(Long residentId, String mimeType, byte[] content) {
        this.residentId = residentId;
        this.mimeType = mimeType;
        this.content = content;
    }

    String mimeType() { return mimeType; }
    byte[] content() { return content; }
    void replace(String mimeType, byte[] content) {
        this.mimeType = mimeType;
        this.content = content;
    }
}
