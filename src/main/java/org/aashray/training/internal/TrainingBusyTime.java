package org.aashray.training.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.aashray.base.schedule.BusyInterval;
import org.aashray.base.schedule.BusyTimeProvider;
import org.aashray.base.schedule.Party;
import org.aashray.training.TrainingSchedule;
import org.springframework.stereotype.Component;

/** A resident in a training session is busy for counselling and medical bookings. */
@Component
class TrainingBusyTime implements BusyTimeProvider {

    private final TrainingSchedule schedule;

    TrainingBusyTime(TrainingSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to) {
        return parties.stream().filter(p -> p.type() == Party.Type.RESIDENT)
                .flatMap(p -> schedule.sessionsOf(p.id(), from, to).stream()
                        .map(s -> new BusyInterval(p, s.start(), s.end(), "training:" + s.sessionId(), "training.clash")))
                .toList();
    }
}
