package org.aashray.counselling.records;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<SessionNote, Long> {
}
