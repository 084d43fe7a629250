package org.ddor.domain;

/** What happened to the person's custody, as far as the data tells. */
public enum CustodyEventKind {
    BOOKED, TRANSFERRED, RELEASED, NOTIFIED, REARRESTED
}
