-- Individual Care Plans: due after admission, reviewed regularly (days per home; the row without a home
-- is the default), goals per area, and every review kept with a snapshot of the goals at that time.
CREATE TABLE care_plan_settings (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id       BIGINT,
    due_days      INT    NOT NULL,
    review_days   INT    NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_care_plan_settings_home UNIQUE (home_id),
    CONSTRAINT fk_care_plan_settings_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB;
INSERT INTO care_plan_settings (home_id, due_days, review_days) VALUES (NULL, 30, 90);

CREATE TABLE care_plans (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id          BIGINT       NOT NULL,
    resident_id      BIGINT       NOT NULL,
    resident_name    VARCHAR(200) NOT NULL,
    case_number      VARCHAR(40)  NOT NULL,
    admitted_on      DATE         NOT NULL,
    due_on           DATE         NOT NULL,
    agreed_on        DATE,
    next_review_on   DATE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_care_plans_resident UNIQUE (resident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_care_plans_due ON care_plans (home_id, agreed_on, due_on);
CREATE INDEX ix_care_plans_review ON care_plans (home_id, next_review_on);

CREATE TABLE care_plan_goals (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    area         VARCHAR(20)  NOT NULL,
    goal         VARCHAR(500) NOT NULL,
    owner        VARCHAR(120) NOT NULL,
    target_on    DATE         NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_care_plan_goals_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_care_plan_goals_plan ON care_plan_goals (plan_id, area);

CREATE TABLE care_plan_reviews (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    reviewed_on  DATE         NOT NULL,
    reviewed_by  VARCHAR(60)  NOT NULL,
    summary      TEXT         NOT NULL,
    goals        TEXT         NOT NULL,
    CONSTRAINT fk_care_plan_reviews_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_care_plan_reviews_plan ON care_plan_reviews (plan_id, reviewed_on);
