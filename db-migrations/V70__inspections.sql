-- Inspection visits by district officials / inspection committees, their checklist findings and the
-- action items a home must carry out.
CREATE TABLE inspections (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id       BIGINT        NOT NULL,
    visit_date    DATE          NOT NULL,
    inspectors    VARCHAR(300)  NOT NULL,
    summary       VARCHAR(2000),
    recorded_by   VARCHAR(60)   NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_inspections_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_inspections_home_date ON inspections (home_id, visit_date);

CREATE TABLE inspection_findings (
    inspection_id BIGINT        NOT NULL,
    area          VARCHAR(30)   NOT NULL,
    rating        VARCHAR(30)   NOT NULL,
    note          VARCHAR(1000),
    PRIMARY KEY (inspection_id, area),
    CONSTRAINT fk_findings_inspection FOREIGN KEY (inspection_id) REFERENCES inspections (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_actions (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    inspection_id  BIGINT        NOT NULL,
    home_id        BIGINT        NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    owner          VARCHAR(120)  NOT NULL,
    due_date       DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    action_taken   VARCHAR(2000),
    done_on        DATE,
    done_by        VARCHAR(60),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_actions_inspection FOREIGN KEY (inspection_id) REFERENCES inspections (id),
    CONSTRAINT fk_actions_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Overdue actions are found by status and due date; a home's list by home and status.
CREATE INDEX ix_actions_status_due ON inspection_actions (status, due_date);
CREATE INDEX ix_actions_home_status ON inspection_actions (home_id, status, due_date);
