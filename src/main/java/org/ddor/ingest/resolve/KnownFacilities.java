package org.ddor.ingest.resolve;

import java.util.Collections;
import java.util.List;
import org.ddor.domain.Operator;

/**
 * Facilities whose names do not say who runs them, with the public fact that does. Kept small on
 * purpose: an entry is added only with a source a person can check, and only where the name alone
 * would leave the facility unresolved or lead a rule astray (Baltimore's "city" detention center is a
 * state jail). Each entry matches words of the name (in canonical form) in one state, and where the
 * words could name other places, the city too.
 */
final class KnownFacilities {

    /**
     * @param state    USPS code the facility's state must have
     * @param words    canonical words that must appear in order in the name
     * @param city     the facility city's words, or null when any city will do
     * @param operator who runs it
     * @param fips     the jurisdiction that runs it (null for federal, private and ICE)
     * @param fact     the fact and its source, for evidence
     */
    record Entry(String state, List<String> words, List<String> city, Operator operator, String fips, String fact) {
    }

    static final List<Entry> ENTRIES = List.of(
            entry("PA", "MOSHANNON VALLEY", null, Operator.PRIVATE, null,
                    "Moshannon Valley Correctional Center (Philipsburg, PA) is run by a private contractor, Cornell "
                            + "Companies and from 2010 The GEO Group, for the Bureau of Prisons and since 2021 for ICE "
                            + "(Bureau of Prisons and GEO Group facility lists)"),
            entry("PA", "CURRAN FROMHOLD", null, Operator.CITY, "42101",
                    "Curran-Fromhold Correctional Facility is a jail of the Philadelphia Department of Prisons, "
                            + "a department of the City of Philadelphia (phila.gov)"),
            entry("PA", "RIVERSIDE CORR", "PHILADELPHIA", Operator.CITY, "42101",
                    "Riverside Correctional Facility in Philadelphia is a jail of the Philadelphia Department of "
                            + "Prisons, a department of the City of Philadelphia (phila.gov)"),
            entry("PA", "ROUNDHOUSE", "PHILADELPHIA", Operator.CITY, "42101",
                    "the Roundhouse was the headquarters of the Philadelphia Police Department, with its holding "
                            + "cells, until 2022 (phila.gov)"),
            entry("PA", "YOUTH STUDY CTR", "PHILADELPHIA", Operator.CITY, "42101",
                    "the Youth Study Center was Philadelphia's juvenile detention center, run by the City's "
                            + "Department of Human Services (phila.gov)"),
            entry("MD", "BALTIMORE CITY DET CTR", null, Operator.STATE, "24",
                    "the Baltimore City Detention Center was run by the State of Maryland (Department of Public "
                            + "Safety and Correctional Services) from 1991 until it closed in 2015 "
                            + "(dpscs.maryland.gov)"),
            entry("MD", "CENTRAL BOOKING", "BALTIMORE", Operator.STATE, "24",
                    "the Baltimore Central Booking and Intake Center is run by the State of Maryland (Department "
                            + "of Public Safety and Correctional Services) (dpscs.maryland.gov)"));

    private KnownFacilities() {
    }

    /** The entry for a facility, or null. */
    static Entry find(FacilityName name, String state, String city) {
        if (state == null) {
            return null;
        }
        List<String> cityWords = city == null ? List.of() : FacilityName.words(city);
        for (Entry e : ENTRIES) {
            if (e.state().equals(state) && contains(name.canonical(), e.words())
                    && (e.city() == null || e.city().equals(cityWords))) {
                return e;
            }
        }
        return null;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        return Collections.indexOfSubList(words, phrase) >= 0;
    }

    private static Entry entry(String state, String words, String city, Operator operator, String fips, String fact) {
        return new Entry(state, List.of(words.split(" ")), city == null ? null : List.of(city.split(" ")),
                operator, fips, fact);
    }
}
