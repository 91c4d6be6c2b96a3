package org.aashray.reintegration.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationFileRepository extends JpaRepository<VerificationFile, Long> {

    List<VerificationFile> findByVerificationIdOrderById(long verificationId);
}
