package org.aashray.counselling;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<SessionNote, Long> {
}
