#!/usr/bin/python3
"""The weekly DDOR figures with pandas, the way an analyst would compute them.

usage: ddor_pandas.py FILE REFDIR FROM TO OUT.json

FILE is an ero-lesa release (csv, or xlsx with ICE's four title rows above the header); REFDIR holds
facility_lookup.csv (facility name, city, state, code -> county FIPS) and policy_scope.csv (FIPS with a
restrictive policy and the days it was in effect), exported from DDOR's store by bench/run.
Figures: detainers issued in the week (by prepare date, duplicates once), declines ("Detainer Declined by
LEA") issued in the week, the ten jurisdictions with a policy in effect that received the most detainers,
and the declines per jurisdiction. Run with Debian's python3-pandas and python3-openpyxl.
"""
import json
import re
import sys

import pandas as pd

COLUMNS = ["detainer_prepare_date", "facility_state", "detention_facility", "detention_facility_code",
           "facility_city", "detainer_lift_reason", "unique_identifier", "duplicate_likely"]
FACILITY = ["detention_facility", "facility_city", "facility_state", "detention_facility_code"]


def snake(name):
    return re.sub(r"[^a-z0-9]+", "_", str(name).lower()).strip("_")


def main(path, refdir, start, end, out):
    if path.lower().endswith(".xlsx"):
        # ICE's spreadsheets: four title rows, then the header in Title Case with spaces.
        df = pd.read_excel(path, header=4, usecols=lambda name: snake(name) in COLUMNS)
        df.columns = [snake(c) for c in df.columns]
    else:
        df = pd.read_csv(path, usecols=COLUMNS, parse_dates=["detainer_prepare_date"])
    df["detainer_prepare_date"] = pd.to_datetime(df["detainer_prepare_date"])

    week = df[(df.detainer_prepare_date >= start) & (df.detainer_prepare_date <= end)].copy()
    # A row ICE flags as a likely duplicate of an earlier row (same person, day and facility) counts once.
    flagged = week.duplicate_likely.fillna(False).astype(bool)
    week = week[~(flagged & week.duplicated(subset=["unique_identifier", "detainer_prepare_date"] + FACILITY))]
    week["declined"] = week.detainer_lift_reason == "Detainer Declined by LEA"

    lookup = pd.read_csv(f"{refdir}/facility_lookup.csv", dtype=str)
    week = week.merge(lookup, on=FACILITY, how="left").reset_index(drop=True)

    declines = week[week.declined & week.fips.notna()].groupby("fips").size()

    policies = pd.read_csv(f"{refdir}/policy_scope.csv", dtype={"fips": str},
                           parse_dates=["effective_from", "effective_to"])
    covered = week.reset_index().merge(policies, on="fips")
    covered = covered[(covered.detainer_prepare_date >= covered.effective_from)
                      & (covered.effective_to.isna() | (covered.detainer_prepare_date < covered.effective_to))]
    top = (covered.drop_duplicates("index").groupby("fips").size().reset_index(name="issued")
           .sort_values(["issued", "fips"], ascending=[False, True]).head(10))

    figures = {
        "tool": "pandas",
        "issued": int(len(week)),
        "declined": int(week.declined.sum()),
        "section1": [[f, int(n)] for f, n in zip(top.fips, top.issued)],
        "section2": {f: int(n) for f, n in declines.sort_index().items()},
    }
    with open(out, "w") as handle:
        json.dump(figures, handle)
        handle.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
