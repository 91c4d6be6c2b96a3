package org.aashray.residents.matching;

/** Inside the residents feature: a request was sent or decided, so the alerts about it must be brought up to date. */
final class ReturnEvents {

    private ReturnEvents() {
    }

    record ReturnAsked(long requestId) {
    }

    record ReturnDecided(long requestId, ReturnStatus status) {
    }

    record ReturnReviewed(long requestId) {
    }
}
