#!/usr/bin/env python3
"""Writes data/reference_observations.csv: every series of the reference table that is not `trade`.

Run from the repository root:
    python3 data/scripts/reference_observations.py [path/to/shared/reference/supplementary_trade.csv]

One indicator per series (cumulative series are indicators of their own); values stay in the scale the
source wrote; the word in the unit's bracket becomes the qualifier (about → ≈, more than → >, …); the
reporter is whose statistic it is, never the relay; the period is the one the source gives, with honest
first and last days (blank first day where the source gives none). The `quote` column is not read.
Stdlib only; rows keep the reference table's order, so the output is deterministic.
"""
import csv
import re
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/supplementary_trade.csv"
OUT = "data/reference_observations.csv"
COLUMNS = ["id", "indicator_id", "area_id", "partner_id", "flow", "product_group", "period", "period_start", "period_end",
           "qualifier", "value", "unit_id", "reporter_id", "sources", "note"]

# series → indicator id. Cumulative series are their own indicators (a running total is not a year's figure).
INDICATORS = {
    "fdi_stock": "fdi-stock",
    "investment_cumulative": "investment-cumulative",
    "investment_flow": "investment-flow",
    "investment_mutual": "investment-mutual",
    "investment_projects": "joint-projects-value",
    "contracted_projects_turnover_cumulative": "contracted-projects-turnover-cumulative",
    "freight_trains_china_europe": "freight-trains-china-europe",
    "freight_trains_china_europe_cumulative": "freight-trains-china-europe-cumulative",
    "freight_trains_china_europe_teu": "freight-trains-china-europe-teu",
    "freight_trains_xinjiang_ports": "freight-trains-xinjiang-ports",
    "gas_imports_value": "gas-imports-value",
    "gas_imports_volume": "gas-imports-volume",
    "gas_imports_cumulative": "gas-imports-cumulative",
    "oil_imports_pipeline": "oil-imports-pipeline",
    "road_share_of_trade": "road-share-of-trade",
    "share_of_china_trade": "share-of-china-trade",
    "china_share_of_CA_trade": "china-share-of-ca-trade",
    "agri_imports": "agri-imports-value",
    "trade_discrepancy": "trade-discrepancy",
    "tourists": "tourist-arrivals",
    "visitors_to_partner": "visitor-entries",
    "visitors_visa_free": "visa-free-visits",
    "visa_free_regime": "visa-free-max-stay",
    "students": "students-abroad",
}
# Only the trade series keep a flow (as in trade_observations.csv: China's exports, imports, turnover).
TRADE_SERIES = {"gas_imports_value", "gas_imports_volume", "gas_imports_cumulative", "oil_imports_pipeline",
                "road_share_of_trade", "share_of_china_trade", "china_share_of_CA_trade", "agri_imports", "trade_discrepancy"}
# Travellers and students are counted where they go: area = the country visited or studied in, partner = theirs.
PEOPLE_SERIES = {"tourists", "visitors_to_partner", "visitors_visa_free", "students"}
FLOWS = {"turnover": "turnover", "China->partner": "exports", "partner->China": "imports"}
PARTNERS = {"Central Asia (5)": "CA5", "Kazakhstan": "KZ", "Kyrgyzstan": "KG", "Tajikistan": "TJ", "Turkmenistan": "TM",
            "Uzbekistan": "UZ", "China-Europe (all routes)": "", "Horgos + Alashankou ports": ""}
REPORTERS = {
    "China MOFCOM": "china-mofcom",
    "China MOFCOM (Wang Wentao)": "china-mofcom",
    "China MOFCOM (Shu Jueting)": "china-mofcom",
    "China GAC": "china-gac",
    "China GAC (via TASS)": "china-gac",
    "China NDRC (Vice Minister Zhou Haibing)": "china-ndrc-zhou-haibing",
    "China (President Xi Jinping article)": "china-president-xi-jinping",
    "China (Ambassador Sun Weidong)": "china-ambassador-sun-weidong",
    "China–Central Asia Secretariat (Sun Weidong)": "china-central-asia-secretariat",
    "Eurasian Development Bank (EDB)": "eurasian-development-bank",
    "Uzbekistan Ministry of Investments and Foreign Trade": "uzbekistan-ministry-of-investments-and-foreign-trade",
    "2nd China-Central Asia Meeting of Ministers of Economy and Trade (via People's Daily)": "china-central-asia-economy-trade-ministers-meeting",
    "China (as reported)": "china-unnamed-via-caci-analyst",
    "China MFA (Wang Wenbin)": "china-mfa-wang-wenbin",
    "China Ministry of Education": "china-ministry-of-education",
    "China Railway (Xinjiang branch)": "china-railway-xinjiang-branch",
    "China Railway Container Transport (CRCT)": "china-railway-container-transport",
    "China Railway Urumqi Bureau": "china-railway-urumqi-bureau",
    "China Railway Urumqi Group": "china-railway-urumqi-group",
    "China State Railway Group": "china-state-railway-group",
    "China State Railway Group (via China News Service)": "china-state-railway-group",
    "Kazakhstan MFA": "kazakhstan-mfa",
    "Kazakhstan President (Tokayev)": "kazakhstan-president-tokayev",
    "Kyrgyzstan (as reported)": "kyrgyzstan-unnamed-via-belt-and-road-news",
    "Kyrgyzstan Accounts Chamber": "kyrgyzstan-accounts-chamber",
    "Turkmenistan (Turkmennebit)": "turkmenistan-turkmennebit",
    "Uzbekistan (as reported)": "uzbekistan-unnamed-via-caspian-post",
    "Xinhua (as cited)": "xinhua-as-cited-by-caspian-post",
}
# The unit column: its scale word(s) → unit id; the bracket holds the qualifier word and sometimes a remark.
UNITS = {
    ("billion", "USD"): "usd-billion",
    ("billion", "CNY"): "cny-billion",
    ("percent", ""): "percent",
    ("percent of Central Asia's trade", ""): "percent",
    ("percent of China's foreign trade", ""): "percent",
    ("train trips", ""): "train-trips",
    ("China-Europe train trips", ""): "train-trips",
    ("China-Europe (Central Asia) train trips", ""): "train-trips",
    ("million TEU", ""): "teu-million",
    ("billion cubic meters", ""): "bcm",
    ("million tonnes crude oil", ""): "tonnes-million",
    ("Chinese visitors", ""): "count",
    ("Chinese citizens entered", ""): "count",
    ("Chinese citizens visiting Kazakhstan", ""): "count",
    ("Kazakh citizens visiting China", ""): "count",
    ("Chinese students in Kazakhstan", ""): "count",
    ("Kazakhstani students in China", ""): "count",
    ("days max stay per visit", ""): "days",
}
QUALIFIERS = {"about": "≈", "around": "≈", "roughly": "≈", "almost": "≈", "nearly": "≈",
              "more than": ">", "exceeded": ">", "exceeding": ">", "over": ">", "less than": "<"}
# Sources already in sources.csv carry their own id; these pages are new (see sources.csv).
SOURCES = {
    "http://chinesetoday.com/?c=224&m=40741": "web-chinesetoday-2025-06-15",
    "https://timesca.com/china-central-asia-trade-nearly-triples-since-2020": "web-timesca-2025-08",
    "https://globaltimes.cn/page/202305/1290592.shtml": "web-globaltimes-cn-2023-05",
    "http://en.people.cn./90883/8426220.html": "web-people-cn-2013-10-15",
    "http://en.people.cn/n3/2022/0118/c90000-9946095.html": "web-people-cn-2022-01-18",
    "https://www.newscentralasia.net/2023/04/18/chinas-investment-in-central-asia-has-reached-us-15-billion-by-the-end-of-2022-chinese-minister-for-trade/": "web-newscentralasia-2023-04-18",
    "http://www.p085.cn/2022/08/20/The-total-number-of-China-Europe-freight-trains-has-exceeded-50000/": "web-p085-cn-2022-01-29",
    "http://en.people.cn/n3/2021/0111/c90000-9807983.html": "web-people-cn-2021-01-11",
    "https://en.imsilkroad.com/p/325745.html": "web-imsilkroad-2022-01-04",
    "https://www.newsilkroaddiscovery.com/15162-china-europe-trains-operated-in-the-first-11-months-of-2022-transporting-1-475-million-teus/": "web-newsilkroaddiscovery-2022-12",
    "https://www.newsilkroaddiscovery.com/china-europe-freight-train-services-improved-in-first-11-months-container-traffic-exceeds-2022-total/": "web-newsilkroaddiscovery-2023-12",
    "https://index1520.com/en/news/v-2024-godu-mezhdu-kitaem-i-evropoy-budet-kursirovat-bolee-19-000-gruzovykh-poezdov-sredi-kotorykh-l": "web-index1520-2025-01-22",
    "http://en.people.cn/n3/2023/1012/c90000-20082714.html": "web-people-cn-2023-10-12",
    "https://www.agenzianova.com/a/61da62ddd10263.44432866/3742849/2022-01-08/business-news-xinjiang-volume-merci-su-rotaia-in-aumento-del-6-2-per-cento-nel-2021": "web-agenzianova-2022-01-08",
    "http://en.people.cn/n3/2024/0822/c90000-20208917.html": "web-people-cn-2024-08-22",
    "http://en.people.cn/n3/2025/0729/c90000-20346189.html": "web-people-cn-2025-07-29",
    "https://turkmenpetroleum.com/en/2019/10/01/chinese-ambassador-china-turkmenistan-gas-cooperation-strategic-long-term-and-mutually-beneficial/": "web-turkmenpetroleum-2019-10-01",
    "https://turkmennebit.gov.tm/en/articles/403": "web-turkmennebit-2022-03-23",
    "https://coindest.com/?p=31868": "web-coindest-2025-06-16",
    "https://caspianpost.com/economics/what-s-driving-china-s-trade-boom-with-central-asia": "web-caspianpost-2026-01",
    "https://en.trend.az/casia/uzbekistan/3753913.html": "web-trend-az-2023-05-27",
    "https://en.trend.az/casia/kazakhstan/4057295.html": "web-trend-az-2025-06-16",
    "https://www.inform.kz/en/kazakhstan-china-bilateral-trade-amounted-to-usd-25-bln-last-year-xi-jinping_a3978125": "web-inform-kz-2022-09-13",
    "https://en.trend.az/casia/kazakhstan/3812743.html": "web-trend-az-2023-10-17",
    "https://cacianalyst.org./publications/analytical-articles/item/12989-shanghai-summit-marks-deepening-china-kazakhstan-economic-ties.html": "web-cacianalyst-2014",
    "http://www.yuzhongnet.com/a/202506/15/WS684e877aa310a04af22c6527.html": "web-yuzhongnet-2025-06-15",
    "https://www.uzdaily.uz/en/china-central-asia-mechanism-boosts-cooperation-in-trade-investment-green-energy-and-digital-economy": "web-uzdaily-uz-2026-01",
    "https://www.cacianalyst.org/publications/field-reports/item/12843-educational-migration-from-kazakhstan-to-china-a-shift-eastward": "web-cacianalyst-2013-10-30",
    "https://caspianpost.com/central-asia/china-central-asia-trade-jumps-with-new-rail-deals": "web-caspianpost-2025-12",
    "https://24.kg/english/66435_Data_of_Kyrgyzstan_and_China_on_import_of_PRC_goods_differ_by__41_billion/": "web-24-kg-2017",
    "https://astanatimes.com/2024/04/kazakhstan-welcomes-nearly-130000-chinese-tourists-in-five-months/": "web-astanatimes-2024-04-03",
    "https://www.beltandroad.news/chinese-kyrgyz-trade-turnover-hits-2b-in-2018/": "web-beltandroad-2019-02",
}
ATAVATAN = "web-atavatan-turkmenistan-2023-01"
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
LAST = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
# Periods the table writes in words: (period label, first day or "", last day). A stock has no first day; a
# cumulative total whose start the page does not give has none either; "as of" ends at the page's date.
PERIODS = {
    ("2012", "end-year"): ("end of 2012", "", "2012-12-31"),
    ("2021", "as of Jan 2022"): ("as of January 2022", "", "2022-01-18"),
    ("2022", "end-year"): ("end of 2022", "", "2022-12-31"),
    ("2023", "end-March"): ("end of March 2023", "", "2023-03-31"),
    ("2023", "cumulative to end-March"): ("cumulative to end of March 2023", "", "2023-03-31"),
    ("2023", "cumulative 2013-Oct 2023"): ("2013 to October 2023", "2013-01-01", "2023-10-31"),
    ("2024", "Jan-Aug 21"): ("1 January–21 August 2024", "2024-01-01", "2024-08-21"),
    ("2025", "Jan-Jul 28"): ("1 January–28 July 2025", "2025-01-01", "2025-07-28"),
    ("2019", "cumulative since end-2009"): ("end of 2009 to October 2019", "2009-12-01", "2019-10-01"),
    ("2024", "cumulative"): ("cumulative to 2024 (start not given)", "", "2024-12-31"),
    ("2025", "cumulative"): ("cumulative to 2025 (start not given)", "", "2025-12-31"),
    ("2022", "cumulative since 2017"): ("2017–2022", "2017-01-01", "2022-12-31"),
    ("2022", "as of Sep 2022"): ("as of September 2022", "", "2022-09-13"),
    ("2023", "as of Oct 2023"): ("as of October 2023", "", "2023-10-17"),
    ("2024", "unclear (FY or Jan-Oct)"): ("2024 (full year or January–October: the source does not say)", "2024-01-01", "2024-12-31"),
    ("2023", "in force from 10 Nov 2023"): ("in force from 10 November 2023", "2023-11-10", "2024-04-03"),
    ("2024", "10 Nov 2023 - 1 Apr 2024"): ("10 November 2023 – 1 April 2024", "2023-11-10", "2024-04-01"),
}
# Doubts of NOTES.md that concern a row, in our words.
NOTES = {
    "fdi_stock": "A stock of Chinese direct investment, not comparable with the cumulative-investment or joint-project figures.",
    "investment_cumulative": "A running total, not comparable with the FDI stock.",
    "investment_projects": "The value of a portfolio of joint projects, not an investment stock or flow.",
    "investment_mutual": "Investment in both directions added together, as the speaker gave it.",
    "visitors_visa_free": "Counted from the start of the visa-free regime, not over a calendar year.",
    "freight_trains_xinjiang_ports": "Only the trains through the two Xinjiang ports.",
    "freight_trains_china_europe": "China–Europe trains on every route, not trains to Central Asia alone.",
    "trade_discrepancy": "China's figure for its exports to Kyrgyzstan minus Kyrgyzstan's figure for its imports from China.",
}
REPOST = ("Repost or aggregator page: the figure matches the original it cites, but re-verify it against that "
          "original before publication.")
REPOSTS = {"web-coindest-2025-06-16", "web-p085-cn-2022-01-29"}


def period_of(r):
    year, period = r["year"], r["period"]
    if period == "FY":
        return year, f"{year}-01-01", f"{year}-12-31"
    m = re.fullmatch(r"Jan-(\w{3})", period)
    if m:
        last = MONTHS[m.group(1)]
        name = "Jan–" + m.group(1) if last != 1 else "Jan"
        return f"{name} {year}", f"{year}-01-01", f"{year}-{last:02d}-{LAST[last]:02d}"
    return PERIODS[(year, period)]


def unit_of(r):
    unit = r["unit"]
    m = re.fullmatch(r"(.*\S)\s*\(([^()]*)\)", unit)
    scale, bracket = (m.group(1), m.group(2)) if m else (unit, "")
    words = [w.strip() for w in bracket.split(";")] if bracket else []
    qualifier = "="
    remarks = []
    for w in words:
        if w in QUALIFIERS:
            qualifier = QUALIFIERS[w]
        else:
            remarks.append(w)
    return UNITS[(scale, r["currency"])], qualifier, remarks


rows, ids = [], {}
with open(SOURCE, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        series = r["series"]
        if series == "trade":
            continue
        indicator = INDICATORS[series]
        unit, qualifier, remarks = unit_of(r)
        period, start, end = period_of(r)
        partner = PARTNERS[r["partner"]]
        flow = FLOWS[r["flow"]] if series in TRADE_SERIES else ""
        area = "CN"
        if series in PEOPLE_SERIES:
            # China->partner: Chinese people in the partner country; partner->China: the partner's people in China.
            area, partner = (partner, "CN") if r["flow"] == "China->partner" else ("CN", partner)
        source = ATAVATAN if "atavatan-turkmenistan.com" in r["source_url"] else SOURCES[r["source_url"]]
        notes = []
        if series in NOTES:
            notes.append(NOTES[series])
        if series == "investment_cumulative" and not start:
            notes.append("The page does not give its first year.")
        if series == "tourists" and r["period"].startswith("unclear"):
            notes.append("The page does not say whether this is a full year or January–October.")
        if series == "trade_discrepancy":
            remarks = []
        if remarks:
            notes.append("The source adds: " + "; ".join(remarks) + ".")
        relay = re.search(r"\(via (TASS|China News Service)\)", r["reporter"])
        if relay:
            notes.append(f"Relayed by {relay.group(1)}.")
        if source in REPOSTS:
            notes.append(REPOST)
        who = f"{area}-{partner}" if series in PEOPLE_SERIES or series == "visa_free_regime" else (partner or area)
        base = f"ref-{indicator}-{who.lower()}-{r['year']}"
        ids[base] = ids.get(base, 0) + 1
        rows.append({
            "id": base if ids[base] == 1 else f"{base}-{ids[base]}",
            "indicator_id": indicator,
            "area_id": area,
            "partner_id": partner,
            "flow": flow,
            "product_group": "",
            "period": period,
            "period_start": start,
            "period_end": end,
            "qualifier": qualifier,
            "value": r["value"],
            "unit_id": unit,
            "reporter_id": REPORTERS[r["reporter"]],
            "sources": source,
            "note": " ".join(notes),
        })

with open(OUT, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print(f"{OUT}: {len(rows)} rows")
