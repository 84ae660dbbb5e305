#!/usr/bin/env python3
"""Writes data/imf_dots_trade.csv from ../shared/reference/imf-dots-china-ca/dots_china_centralasia_long.csv.

Run from the repository root: python3 data/scripts/make_imf_dots_trade.py [path/to/dots_china_centralasia_long.csv]

Nothing is rounded or converted. `source_value` is the cell text exactly as the reference file stores it
(float artefacts such as 598.60000000000002 and the IMF's estimate flag " e" included); `value` is the
shortest decimal that reads back as the same binary64 number (Python's repr, the same rule as .NET's
round-trip formatting), so 598.60000000000002 becomes 598.6 and 6.90 becomes 6.9 with no change of value.
The loader checks both readings give the same double and that `estimate` matches the flag.
"""
import csv
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/imf-dots-china-ca/dots_china_centralasia_long.csv"
OUT = "data/imf_dots_trade.csv"

COUNTRIES = {
    "China, P.R.: Mainland": "CN",
    "Kazakhstan, Rep. of": "KZ",
    "Kyrgyz Rep.": "KG",
    "Tajikistan, Rep. of": "TJ",
    "Turkmenistan": "TM",
    "Uzbekistan, Rep. of": "UZ",
}
# A series doubt of the reference notes (PROVENANCE.md), in our words, on every row of the series it concerns.
LITTLE_REPORTED = ("{name} reports little to the IMF: its DOTS figures may in part be IMF estimates built from partner "
                   "data even where no estimate flag is set (the reference notes say this is not verified).")
NAMES = {"TM": "Turkmenistan", "UZ": "Uzbekistan"}

rows = []
with open(SOURCE, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        reporter, partner = COUNTRIES[r["reporter"]], COUNTRIES[r["partner"]]
        if r["unit"] != "US Dollars, Millions":
            raise SystemExit(f"unexpected unit {r['unit']!r}")
        sheet = {"Exports, FOB": "exports", "Imports, CIF": "imports"}[r["sheet"]]
        text = r["value"]
        estimate = text.endswith(" e")
        number = text[:-2] if estimate else text
        value = repr(float(number))
        if value.endswith(".0"):
            value = value[:-2]
        if float(value) != float(number):
            raise SystemExit(f"{text!r} does not round-trip")
        china_reported = reporter == "CN"
        state = partner if china_reported else reporter
        # Seen from China (area CN), as every trade row: the state's imports from China are China's exports to it.
        flow = sheet if china_reported else {"exports": "imports", "imports": "exports"}[sheet]
        year = r["year"]
        rows.append({
            "id": f"imf-dots-{reporter.lower()}-{sheet}-{partner.lower()}-{year}",
            "indicator_id": "trade-value",
            "area_id": "CN",
            "partner_id": state,
            "flow": flow,
            "product_group": "",
            "period": year,
            "period_start": f"{year}-01-01",
            "period_end": f"{year}-12-31",
            "qualifier": "=",
            "value": value,
            "estimate": "true" if estimate else "false",
            "source_value": text,
            "source_series": f"{r['reporter']} | {r['table_title']} | {r['partner']}",
            "unit_id": "usd-million",
            "reporter_id": "imf-dots-china-reported" if china_reported else "imf-dots-partner-reported",
            "sources": f"imf-dots; imf-dots-copy-leblanc data/DOTS/{r['source_file']} sheet {r['sheet']} row {r['partner']} column {year}",
            "note": "" if china_reported or state not in NAMES else LITTLE_REPORTED.format(name=NAMES[state]),
        })

order = ["KZ", "KG", "TJ", "TM", "UZ"]
rows.sort(key=lambda x: (order.index(x["partner_id"]), x["reporter_id"], x["flow"], x["period"]))
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(f"{len(rows)} rows, {sum(r['estimate'] == 'true' for r in rows)} estimates -> {OUT}")
