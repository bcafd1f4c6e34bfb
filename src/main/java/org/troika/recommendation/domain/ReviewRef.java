package org.troika.recommendation.domain;

/** What a recommendation needs to know of the review it was made in. */
public record ReviewRef(long id, String stateIso3, int session, int cycle, int year) {

    public String key() {
        return stateIso3 + "-" + year;
    }
}
