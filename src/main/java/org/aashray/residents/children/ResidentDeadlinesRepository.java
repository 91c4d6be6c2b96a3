package org.aashray.residents.children;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentDeadlinesRepository extends JpaRepository<ResidentDeadlines, Integer> {
}
