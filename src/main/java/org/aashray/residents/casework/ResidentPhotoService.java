package org.aashray.residents.casework;

import java.util.Map;
import java.util.Optional;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Her photo: a JPEG or PNG of at most 2 MB, stored only with her consent to a photo, shown only to her home's staff. */
@Service
public class ResidentPhotoService {

    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final ResidentRepository residents;
    private final ConsentRepository consents;
    private final PhotoRepository photos;
    private final ResidentAccess access;
    private final AuditLog audit;

    ResidentPhotoService(ResidentRepository residents, ConsentRepository consents, PhotoRepository photos, ResidentAccess access,
                 AuditLog audit) {
        this.residents = residents;
        this.consents = consents;
        this.photos = photos;
        this.access = access;
        this.audit = audit;
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void setPhoto(long residentId, String mimeType, byte[] content) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        if (content == null || content.length == 0 || content.length > MAX_PHOTO_BYTES) {
            throw new ValidationException("photo", "residents.validation.photoSize");
        }
        if (!isJpeg(content) && !isPng(content)) {
            throw new ValidationException("photo", "residents.validation.photoType");
        }
        if (consents.findFirstByResidentIdOrderByIdDesc(residentId).map(c -> !c.isAgreesPhoto()).orElse(true)) {
            throw new ValidationException("photo", "residents.validation.photoConsent");
        }
        // the type is read from the bytes, not taken from the browser's claim
        String type = isJpeg(content) ? "image/jpeg" : "image/png";
        photos.findById(residentId).ifPresentOrElse(p -> p.replace(type, content),
                () -> photos.save(new ResidentPhoto(residentId, type, content)));
        audit.recordChange("PHOTO", "Resident", residentId, r.getHomeId(), "Photo stored for " + r.getCaseNumber(),
                null, Map.of("bytes", content.length, "type", type));
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<Photo> photo(long residentId) {
        access.require(residents.findById(residentId).orElseThrow());
        return photos.findById(residentId).map(p -> new Photo(p.mimeType(), p.content()));
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
