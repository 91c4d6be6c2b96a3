package org.aashray.placements.transfers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * Another home asks this one to take a resident in: its reception (and care manager, who sees all of the home's
 * alerts) answers, on the day it is asked. The alert resolves once the request is accepted, declined or withdrawn.
 * {@link TransferAlertTrigger} runs it as soon as a request is made.
 */
@Component
class TransferRequestDeadline extends DeclaredAlertRule {

    static final String KEY = "placements.transfer-request";

    private final HomeTransferRepository transfers;
    private final HomeService homes;

    TransferRequestDeadline(HomeTransferRepository transfers, HomeService homes) {
        super(KEY, "placements.alert.transfer", AlertSeverity.WARNING, Role.RECEPTION, AlertDefaults.daily(0));
        this.transfers = transfers;
        this.homes = homes;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<HomeTransfer> pending = transfers.pendingRequestedBy(horizon);
        if (pending.isEmpty()) return List.of();
        Map<Long, HomeSummary> from = homes.summaries(pending.stream().map(HomeTransfer::getFromHomeId).distinct().toList())
                .stream().collect(Collectors.toMap(HomeSummary::id, Function.identity()));
        return pending.stream().map(t -> new DueItem("TransferRequest", t.getId(), t.getToHomeId(), t.getRequestedOn(),
                "placements.alert.transfer.item", List.of(t.getCaseNumber(), from.get(t.getFromHomeId()).name()),
                "placements/transfers")).toList();
    }
}
