package org.aashray.security.login;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface LoginEventRepository extends Repository<LoginEvent, Long> {

    LoginEvent save(LoginEvent event);

    Page<LoginEvent> findByUsernameOrderByOccurredAtDesc(String username, Pageable pageable);

    Page<LoginEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}
