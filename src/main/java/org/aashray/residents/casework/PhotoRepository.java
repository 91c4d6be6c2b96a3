package org.aashray.residents.casework;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<ResidentPhoto, Long> {
}
