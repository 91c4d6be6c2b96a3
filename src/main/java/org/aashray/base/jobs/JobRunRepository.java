package org.aashray.base.jobs;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface JobRunRepository extends Repository<JobRun, Long> {

    JobRun save(JobRun run);

    Page<JobRun> findAllByOrderByStartedAtDesc(Pageable pageable);

    long countByJobName(String jobName);

    Optional<JobRun> findFirstByJobNameAndOutcomeOrderByStartedAtDesc(String jobName, String outcome);
}
