package org.aashray.alerts.internal;

import org.springframework.data.repository.Repository;

public interface AlertCommentRepository extends Repository<AlertComment, Long> {

    AlertComment save(AlertComment comment);
}
