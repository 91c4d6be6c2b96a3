-- One row per run of a scheduled job: when, how long, what it did.
CREATE TABLE job_runs (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_name     VARCHAR(120) NOT NULL,
    node         VARCHAR(200) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    summary      VARCHAR(500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_job_runs_job ON job_runs (job_name, started_at);
