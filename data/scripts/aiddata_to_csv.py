#!/usr/bin/env python3
"""Converts the AidData subsets in ../shared/reference/ into the data files of data/ (see data/README.md,
"AidData files"). Only columns are chosen, renamed and cleaned of blank-space cells; no value is rounded,
converted, translated or summarised, and no description sentence of AidData's is copied.

    python3 data/scripts/aiddata_to_csv.py [../shared/reference] [data]
"""
import csv
import re
import sys
from pathlib import Path

reference = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / ".." / "shared" / "reference")
out = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parents[1] / "data")

PROJECT_COLUMNS = ["aiddata_id", "title", "recipient", "year", "year_estimated", "aiddata_status", "flow_type", "flow_class",
                   "crs_code", "crs_name", "amount", "currency", "deflated_usd", "deflated_base_year", "recommended", "umbrella",
                   "location", "aiddata_sources", "sources"]
RECIPIENTS = {"Kazakhstan": "KZ", "Kyrgyz Republic": "KG", "Kyrgyzstan": "KG", "Tajikistan": "TJ", "Turkmenistan": "TM", "Uzbekistan": "UZ"}
ISO3 = {"KAZ": "KZ", "KGZ": "KG", "TJK": "TJ", "TKM": "TM", "UZB": "UZ"}


def cell(value):
    """A cell as stored, or blank for AidData's blank-space cells (' ')."""
    return value.strip()


def flag(value):
    """AidData's booleans (0/1, true/false, Yes/No) as true/false."""
    v = value.strip().lower()
    if v in ("1", "true", "yes"):
        return "true"
    if v in ("0", "false", "no"):
        return "false"
    raise ValueError(f"not a boolean: {value!r}")


def urls_from_typed_list(value):
    """GCOF and public diplomacy list sources as 'url, Type; url, Type': the URLs, in order, without repeats (a
    type such as 'Other Official Source (non-Donor; non-Recipient)' holds a ';', whose second half is no URL)."""
    found = []
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        # The type may itself hold ", " ("Media Report, including Wikileaks") and a URL may hold a bare ",".
        url = part.split(", ", 1)[0].strip().rstrip(",").strip()
        if url.startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found


def urls_from_pipe_list(value):
    found = []
    for part in value.split("|"):
        url = part.strip()
        if url.startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found


def write(name, columns, rows):
    with open(out / name, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def read(path):
    with open(reference / path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def gcof():
    rows = []
    for r in read("aiddata-gcof-1.0/gcof_v1.0_centralasia.csv"):
        rows.append({
            "aiddata_id": cell(r["project_id"]), "title": cell(r["title"]), "recipient": cell(r["recipient_iso2"]),
            "year": cell(r["year"]), "year_estimated": flag(r["year_uncertain"]), "aiddata_status": cell(r["status"]),
            "flow_type": cell(r["flow"]), "flow_class": cell(r["flow_class"]),
            "crs_code": cell(r["crs_sector_code"]), "crs_name": cell(r["crs_sector_name"]),
            "amount": cell(r["amount"]), "currency": cell(r["currency"]),
            "deflated_usd": cell(r["usd_defl_2014"]), "deflated_base_year": "2014" if cell(r["usd_defl_2014"]) else "",
            "recommended": flag(r["recommended_for_research"]), "umbrella": flag(r["umbrella"]),
            "location": cell(r["location_details"]),
            "aiddata_sources": ";".join(urls_from_typed_list(r["sources"])),
            "sources": f"aiddata-gcof-1 project_id {cell(r['project_id'])}",
        })
    write("aiddata_gcof_projects.csv", PROJECT_COLUMNS, rows)


def public_diplomacy():
    rows = []
    for r in read("aiddata-public-diplomacy/ChineseFinancialPublicDiplomacyProjectDetails_centralasia.csv"):
        rows.append({
            "aiddata_id": cell(r["project_id"]), "title": cell(r["title"]), "recipient": cell(r["recipient_iso2"]),
            "year": cell(r["year"]), "year_estimated": flag(r["year_uncertain"]), "aiddata_status": cell(r["status"]),
            "flow_type": cell(r["flow"]), "flow_class": cell(r["flow_class"]),
            "crs_code": cell(r["crs_sector_code"]), "crs_name": cell(r["crs_sector_name"]),
            "amount": cell(r["amount"]), "currency": cell(r["currency"]),
            # The base year of usd_defl is not documented for this dataset: it stays blank (a gap, not a guess).
            "deflated_usd": cell(r["usd_defl"]), "deflated_base_year": "",
            "recommended": flag(r["recommended_for_research"]), "umbrella": flag(r["umbrella_project"]),
            "location": cell(r["location_details"]),
            "aiddata_sources": ";".join(urls_from_typed_list(r["sources"])),
            "sources": f"aiddata-public-diplomacy project_id {cell(r['project_id'])}",
        })
    write("aiddata_public_diplomacy_projects.csv", PROJECT_COLUMNS, rows)


def military():
    rows = []
    for r in read("aiddata-military-2.0/MilitaryFinance_v2.0_centralasia.csv"):
        pid = cell(r["AidData TUFF Project ID"])
        rows.append({
            "aiddata_id": pid, "title": cell(r["Title"]), "recipient": RECIPIENTS[cell(r["Recipient"])],
            "year": cell(r["Commitment Year"]), "year_estimated": flag(r["Commitment Year Estimated"]), "aiddata_status": cell(r["Status"]),
            "flow_type": cell(r["Flow Type"]), "flow_class": cell(r["Flow Class"]),
            "crs_code": cell(r["Sector Code"]), "crs_name": cell(r["Sector Name"]),
            "amount": cell(r["Amount (Original Currency)"]), "currency": cell(r["Original Currency"]),
            "deflated_usd": cell(r["Amount (Constant USD2017)"]), "deflated_base_year": "2017" if cell(r["Amount (Constant USD2017)"]) else "",
            "recommended": flag(r["Recommended For Military Aggregates"]), "umbrella": flag(r["Umbrella"]),
            # 'Geographic Location' holds AidData's sentences, not place names: not copied.
            "location": "",
            "aiddata_sources": ";".join(urls_from_pipe_list(r["Source URLs"])),
            "sources": f"aiddata-military-2 AidData TUFF Project ID {pid}",
        })
    write("aiddata_military_projects.csv", PROJECT_COLUMNS, rows)


def gcdf3_adm1():
    columns = ["aiddata_id", "country_id", "shape_id", "shape_name", "intersection_ratio", "even_split_ratio",
               "intersection_ratio_commitment_value", "even_split_ratio_commitment_value", "centroid_longitude", "centroid_latitude", "sources"]
    rows = []
    for r in read("aiddata-gcdf3/gcdf3_adm1_central_asia.csv"):
        rows.append({
            "aiddata_id": cell(r["id"]), "country_id": ISO3[cell(r["shapeGroup"])], "shape_id": cell(r["shapeID"]),
            "shape_name": cell(r["shapeName"]), "intersection_ratio": cell(r["intersection_ratio"]),
            "even_split_ratio": cell(r["even_split_ratio"]),
            "intersection_ratio_commitment_value": cell(r["intersection_ratio_commitment_value"]),
            "even_split_ratio_commitment_value": cell(r["even_split_ratio_commitment_value"]),
            "centroid_longitude": cell(r["centroid_longitude"]), "centroid_latitude": cell(r["centroid_latitude"]),
            "sources": "aiddata-gcdf-3 GCDF_3.0_ADM1_Locations.csv",
        })
    write("aiddata_gcdf3_adm1.csv", columns, rows)


gcof()
public_diplomacy()
military()
gcdf3_adm1()
