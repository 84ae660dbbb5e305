#!/usr/bin/env python3
"""Writes data/cgit_observations.csv: yearly sums of AEI's China Global Investment Tracker for the five states.

Run from the repository root:
    python3 data/scripts/cgit_aggregates.py [path/to/shared/reference/cgit]

AEI's terms allow use with citation but keep all rights, so the deals themselves are never written: only
per (country, year, sector) and per (country, year) sums of AEI's "Quantity in Millions" and counts of deals.
One edition for every series: the 2019 Fall edition, as read from AEI's own spreadsheet URL by the public
repository cjcallag/bluesky (ADR-023 says why). Its Dataset 1 (investments) and Dataset 2 (construction
contracts) are two files of the reference folder; nothing else is read.

A country-year without a tracked deal gets no row: AEI records only deals of about USD 100 million and more,
so a missing year means "no tracked deal", not zero. Stdlib only; the output is sorted, so it is deterministic.
"""
import csv
import sys
from decimal import Decimal

FOLDER = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/cgit"
OUT = "data/cgit_observations.csv"
EDITION = "aei-cgit-2019-fall-edition"   # the reporter: one per edition
SOURCE = "aei-cgit-2019-fall"             # the edition's source row in sources.csv
COPY = "aei-cgit-copy-bluesky"            # the public copy it was read from
SERIES = [
    # (file in the reference folder, indicator stem, id stem, citation location)
    ("cgit_2019fall_investments_centralasia.csv", "cgit-investment", "inv", "Dataset 1 (investments)"),
    ("cgit_2019fall_construction_contracts_centralasia.csv", "cgit-construction", "con", "Dataset 2 (construction contracts)"),
]
COUNTRIES = {"Kazakhstan": "KZ", "Kyrgyzstan": "KG", "Tajikistan": "TJ", "Turkmenistan": "TM", "Uzbekistan": "UZ"}
COLUMNS = ["id", "indicator_id", "area_id", "partner_id", "flow", "product_group", "period", "period_start", "period_end",
           "qualifier", "value", "unit_id", "reporter_id", "sources", "note"]


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def number(d):
    # Sums of whole millions stay whole; a fraction (none in this edition) would keep its digits.
    text = format(d.normalize(), "f")
    return text


rows = []
for file, indicator, stem, location in SERIES:
    sums = {}
    with open(f"{FOLDER}/{file}", newline="", encoding="utf-8") as f:
        for deal in csv.DictReader(f):
            country = COUNTRIES[deal["Country"]]
            year = int(deal["Year"])
            sector = deal["Sector"].strip()
            if not sector:
                raise SystemExit(f"{file}: a deal without a sector")
            amount = Decimal(deal["Quantity in Millions"].strip())
            for key in ((country, year, sector), (country, year, "")):
                total, count = sums.get(key, (Decimal(0), 0))
                sums[key] = (total + amount, count + 1)
    for (country, year, sector), (total, count) in sums.items():
        base = f"cgit-{stem}-{country.lower()}-{year}" + (f"-{slug(sector)}" if sector else "")
        for measure, value, unit in (("value", number(total), "usd-million"), ("deals", str(count), "count")):
            rows.append({
                "id": f"{base}-{measure}",
                "indicator_id": f"{indicator}-{measure}",
                "area_id": "CN",
                "partner_id": country,
                "flow": "",
                "product_group": sector,
                "period": str(year),
                "period_start": f"{year}-01-01",
                "period_end": f"{year}-12-31",
                "qualifier": "=",
                "value": value,
                "unit_id": unit,
                "reporter_id": EDITION,
                "sources": f"{SOURCE} {location}; {COPY} {file.split('_centralasia')[0].replace('cgit_2019fall_', 'cgit_')}_df.rda",
                "note": "",
            })

rows.sort(key=lambda r: (r["indicator_id"], r["partner_id"], int(r["period"]), r["product_group"]))
with open(OUT, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print(f"{OUT}: {len(rows)} rows")
