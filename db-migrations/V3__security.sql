-- Staff accounts, their roles and the homes or districts they work for; every login attempt.
CREATE TABLE user_accounts (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(60)  NOT NULL,
    display_name          VARCHAR(120) NOT NULL,
    password_hash         VARCHAR(100) NOT NULL,
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts       INT          NOT NULL DEFAULT 0,
    locked_until          DATETIME(6),
    language              VARCHAR(5)   NOT NULL DEFAULT 'en',
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_accounts_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES user_accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE user_homes (
    user_id  BIGINT NOT NULL,
    home_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, home_id),
    CONSTRAINT fk_user_homes_user FOREIGN KEY (user_id) REFERENCES user_accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_homes_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB;

CREATE TABLE user_districts (
    user_id      BIGINT NOT NULL,
    district_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, district_id),
    CONSTRAINT fk_user_districts_user FOREIGN KEY (user_id) REFERENCES user_accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_districts_district FOREIGN KEY (district_id) REFERENCES districts (id)
) ENGINE=InnoDB;

CREATE TABLE login_events (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    success      BOOLEAN      NOT NULL,
    reason       VARCHAR(60),
    remote_address VARCHAR(60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_login_events_user ON login_events (username, occurred_at);
