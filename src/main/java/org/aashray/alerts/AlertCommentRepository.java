package org.aashray.alerts;

import org.springframework.data.repository.Repository;

interface AlertCommentRepository extends Repository<AlertComment, Long> {

    AlertComment save(AlertComment comment);
}
