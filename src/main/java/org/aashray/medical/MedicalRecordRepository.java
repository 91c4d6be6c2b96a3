package org.aashray.medical;

import org.springframework.data.jpa.repository.JpaRepository;

interface MedicalRecordRepository extends JpaRepository<MedicalRecord, Long> {
}
