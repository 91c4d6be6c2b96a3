package org.aashray.medical.records;

import org.springframework.data.jpa.repository.JpaRepository;

interface MedicalRecordRepository extends JpaRepository<MedicalRecord, Long> {
}
