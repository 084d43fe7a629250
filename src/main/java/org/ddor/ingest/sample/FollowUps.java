package org.ddor.ingest.sample;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * Later detainers promised for people already written: some share of declined people get another
 * detainer within about 90 days, and a few of everyone within a year. The queue holds only the
 * promises not yet due, so its size depends on the daily volume and the longest delay, never on
 * the row count. Deterministic: ties are broken by the order of scheduling. Not thread-safe.
 */
final class FollowUps {

    /** A later detainer for {@code subjectSerial}; {@code facilityIndex} is -1 for "any facility". */
    record FollowUp(int day, long order, long subjectSerial, int anchorDay, int facilityIndex) {
    }

    private final PriorityQueue<FollowUp> pending = new PriorityQueue<>((a, b) -> a.day() != b.day()
            ? Integer.compare(a.day(), b.day()) : Long.compare(a.order(), b.order()));
    private long scheduled;

    void schedule(int day, long subjectSerial, int anchorDay, int facilityIndex) {
        pending.add(new FollowUp(day, scheduled++, subjectSerial, anchorDay, facilityIndex));
    }

    /**
     * Moves the follow-ups due on or before {@code day} into {@code due}, at most {@code limit} of
     * them; the rest wait for the next day.
     */
    void drainDue(int day, int limit, ArrayDeque<FollowUp> due) {
        while (due.size() < limit && !pending.isEmpty() && pending.peek().day() <= day) {
            due.add(pending.poll());
        }
    }

    int pendingCount() {
        return pending.size();
    }
}
