#!/usr/bin/env python3
"""Derive the embedded tables data/*.csv from ../shared/data-raw.

Standard library only. Every count stays in thousands, as WPP publishes it; each output
file starts with '#' lines naming its source, unit and time convention, which the Rust
loader skips. The compact form the wasm build embeds (embedded.bin) is not written here:
build.rs encodes it from these CSVs at build time (src/data/encode.rs, layout in
src/data/format.rs).

    python3 data/convert.py            # rewrite data/*.csv from ../shared/data-raw
    python3 data/convert.py --check    # exit 1 if data/ differs from a fresh conversion
    python3 data/convert.py --raw DIR  # read another copy of data-raw
"""
import argparse
import csv
import hashlib
import io
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RAW = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data-raw"))

# The eight focus countries: UN M49 code, ISO3, English and Russian names.
COUNTRIES = [
    (643, "RUS", "Russia", "Россия"),
    (268, "GEO", "Georgia", "Грузия"),
    (51, "ARM", "Armenia", "Армения"),
    (398, "KAZ", "Kazakhstan", "Казахстан"),
    (417, "KGZ", "Kyrgyzstan", "Киргизия"),
    (762, "TJK", "Tajikistan", "Таджикистан"),
    (860, "UZB", "Uzbekistan", "Узбекистан"),
    (804, "UKR", "Ukraine", "Украина"),
]
M49 = [c[0] for c in COUNTRIES]
AGE5 = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
        "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94",
        "95-99", "100+"]
MX_AGES = [0, 1] + list(range(5, 101, 5))
PASFR_AGES = ["10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54"]
# Age patterns of mortality and fertility are embedded only from where projections need them
# (the widget's budget is ~300 KB gzipped); historical levels stay in indicators.csv.
FIRST_MX_PERIOD = 2010
BASE_YEAR = 2025
FIRST_PASFR_YEAR = 2015
WPP_CITE = ("United Nations, DESA, Population Division (2024). World Population Prospects 2024. "
            "Licence CC BY 3.0 IGO.")


def num(text, digits=6):
    """Format a number compactly: at most `digits` decimals, no trailing zeros, '' for blank."""
    if text is None or text == "":
        return ""
    v = round(float(text), digits)
    if v == 0:
        return "0"
    s = f"{v:.{digits}f}"
    if "." in s:  # only strip zeros after a decimal point (24984568960 must stay)
        s = s.rstrip("0").rstrip(".")
    return s


def read(raw, rel):
    with open(os.path.join(raw, rel), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def table(header_lines, columns, rows):
    out = io.StringIO()
    for line in header_lines:
        out.write(f"# {line}\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def countries(raw):
    return table(["Focus countries: UN M49 code, ISO 3166 alpha-3, names in English and Russian."],
                 ["m49", "iso3", "name_en", "name_ru"], COUNTRIES)


def pop_total(raw):
    proj = {(int(r["country_code"]), int(r["year"])): r for r in read(raw, "extracts/wpp2024_focus_pop_total_proj.csv")}
    ind = {(int(r["country_code"]), int(r["year"])): r for r in read(raw, "extracts/wpp2024_focus_annual_indicators.csv")}
    rows = []
    for c in M49:
        # Estimates: walk back from the end-2024 total with WPP's annual population change.
        end = {2024: float(proj[(c, 2024)]["pop"])}
        for y in range(2024, 1950, -1):
            end[y - 1] = end[y] - float(ind[(c, y)]["popchange"])
        for y in range(1950, 2024):
            rows.append([c, y, num(end[y], 3)] + [""] * 7)
        for y in range(2024, 2101):
            r = proj[(c, y)]
            rows.append([c, y, ""] + [num(r[k], 3) for k in
                                       ("pop", "pop_low", "pop_high", "pop_80l", "pop_80u", "pop_95l", "pop_95u")])
    return table([
        "Total population, both sexes, thousands, at 31 December of `year` (year-end).",
        "estimate 1950-2023: derived as end-2024 medium total minus WPP annual population change, year by year",
        "  (reproduces WPP mid-year totals by age to 0.005 thousand); medium/low/high/lower|upper80|95: 2024-2100.",
        "Source: WPP 2024 popproj1dt.rda and PopChange.txt via extracts/. " + WPP_CITE,
    ], ["m49", "year", "estimate", "medium", "low", "high", "lower80", "upper80", "lower95", "upper95"], rows)


def pop_age5(raw):
    groups = defaultdict(dict)
    for r in read(raw, "extracts/wpp2024_focus_pop_age5_midyear.csv"):
        c, y = int(r["country_code"]), int(r["year"])
        if r["variant"] == "estimate":
            for sex, col in (("M", "popM"), ("F", "popF")):
                groups[(c, y, "estimate", sex)][r["age"]] = r[col]
        else:
            for var, suf in (("medium", ""), ("low", "_low"), ("high", "_high")):
                for sex in ("M", "F"):
                    groups[(c, y, var, sex)][r["age"]] = r[f"pop{sex}{suf}"]
    order = {"estimate": 0, "medium": 1, "low": 2, "high": 3}
    rows = []
    for (c, y, var, sex) in sorted(groups, key=lambda k: (M49.index(k[0]), k[1], order[k[2]], k[3])):
        g = groups[(c, y, var, sex)]
        rows.append([c, y, var, sex] + [num(g[a], 3) for a in AGE5])
    return table([
        "Population by sex and 5-year age group, thousands, at 1 July of `year` (mid-year).",
        "estimate: 1950-2020; medium/low/high (+/-0.5 child variants): 2025-2100.",
        "Source: WPP 2024 popAge5dt.rda / popprojAge5dt.rda (wppExplorer branch) via extracts/. " + WPP_CITE,
    ], ["m49", "year", "variant", "sex"] + AGE5, rows)


def pop_age5_base(raw):
    """The rows the widget needs at run time: the 2025 base of every variant."""
    text = pop_age5(raw)
    keep = [l for l in text.splitlines(keepends=True)
            if l.startswith("#") or l.startswith("m49,") or l.split(",")[1] == str(BASE_YEAR)]
    return ("# Subset of pop_age5.csv: mid-2025 rows only (the projection base), embedded in the wasm build;\n"
            "# the later WPP age structures in pop_age5.csv are validation data for native tests.\n" + "".join(keep))


def mx5(raw):
    groups = defaultdict(dict)
    for r in read(raw, "extracts/wpp2024_focus_mx_abridged_5yrperiods.csv"):
        c, p = int(r["country_code"]), r["period"]
        for sex in ("M", "F"):
            groups[(c, p, sex)][int(r["age"].rstrip("+"))] = r[f"mx{sex}"]
    rows = []
    for (c, p, sex) in sorted(groups, key=lambda k: (M49.index(k[0]), k[1], k[2])):
        if int(p[:4]) < FIRST_MX_PERIOD:
            continue
        g = groups[(c, p, sex)]
        rows.append([c, int(p[:4]), sex] + [num(g[a], 8) for a in MX_AGES])
    return table([
        "Central death rates mx by sex, abridged ages 0,1,5,...,95,100+ (per person-year),",
        "for the 5-year period 1 July `period_start` to 30 June `period_start`+5.",
        "Periods from 2010-2015 only. Up to 2015-2020 estimates; 2020-2025 mixes estimate and medium projection; later medium.",
        "Source: WPP 2024 mx5dt.rda (mxM5/mxF5.txt) via extracts/. " + WPP_CITE,
    ], ["m49", "period_start", "sex"] + [str(a) for a in MX_AGES], rows)


def pasfr5(raw):
    groups = defaultdict(dict)
    for r in read(raw, "extracts/wpp2024_focus_pasfr_age5_annual.csv"):
        groups[(int(r["country_code"]), int(r["year"]))][r["age"]] = r["pasfr"]
    rows = []
    for (c, y) in sorted(groups, key=lambda k: (M49.index(k[0]), k[1])):
        if y < FIRST_PASFR_YEAR:
            continue
        g = groups[(c, y)]
        rows.append([c, y] + [num(g.get(a, "0"), 5) for a in PASFR_AGES])
    return table([
        "Percent distribution of age-specific fertility (sums to 100) by mother's 5-year age group,",
        "calendar year `year`, 2015-2100 only (2024 on: medium).",
        "Source: WPP 2024 percentASFR5.txt via extracts/. " + WPP_CITE,
    ], ["m49", "year"] + PASFR_AGES, rows)


IND_COLS = ["tfr", "tfr_low", "tfr_high", "tfr_80l", "tfr_80u", "tfr_95l", "tfr_95u", "srb",
            "e0M", "e0F", "e0B", "e0M_80l", "e0M_80u", "e0M_95l", "e0M_95u",
            "e0F_80l", "e0F_80u", "e0F_95l", "e0F_95u",
            "births", "deaths", "netmig", "netmig_80l", "netmig_80u", "netmig_95l", "netmig_95u",
            "popchange"]


def indicators(raw):
    rows = []
    src = read(raw, "extracts/wpp2024_focus_annual_indicators.csv")
    src.sort(key=lambda r: (M49.index(int(r["country_code"])), int(r["year"])))
    for r in src:
        period = "estimate" if r["period"] == "estimate" else "medium"
        rows.append([r["country_code"], r["year"], period] + [num(r[k], 6) for k in IND_COLS])
    return table([
        "Annual indicators for calendar year `year`: TFR (children per woman) with Low/High (+/-0.5 child",
        "variants) and 80/95 % bounds; sex ratio at birth (males per female); life expectancy at birth e0",
        "(years) by sex with bounds; births, deaths, net migration and population change in thousands.",
        "period: estimate (1950-2023) or medium (2024-2100, median of the probabilistic projection).",
        "Source: WPP 2024 tfr/e0/misc/mig/sexRatio files via extracts/. " + WPP_CITE,
    ], ["m49", "year", "period"] + IND_COLS, rows)


def bands(raw):
    """Published quantiles of the three components the probabilistic band draws (see
    src/scenario/bands.rs), and of year-end total population (net migration's rates divide by them)."""
    ind = {(int(r["country_code"]), int(r["year"])): r for r in read(raw, "extracts/wpp2024_focus_annual_indicators.csv")}
    proj = {(int(r["country_code"]), int(r["year"])): r for r in read(raw, "extracts/wpp2024_focus_pop_total_proj.csv")}
    rows = []
    for c in M49:
        for y in range(2024, 2101):
            r = ind[(c, y)]
            row = [c, y]
            for stem, digits in (("tfr", 4), ("e0B", 3), ("netmig", 3)):
                row += [num(r[k], digits) for k in
                        (f"{stem}_95l", f"{stem}_80l", stem, f"{stem}_80u", f"{stem}_95u")]
            row += [num(proj[(c, y)][k], 3) for k in ("pop_95l", "pop_80l", "pop", "pop_80u", "pop_95u")]
            rows.append(row)
    return table([
        "Published quantiles (2.5, 10, 50, 90, 97.5 %) of the components the probabilistic band draws, calendar",
        "year `year`: TFR (children per woman), e0 both sexes (years), net migration (thousands); and of total",
        "population at 31 December of `year`, thousands (pop_*: the denominators of the net-migration rates).",
        "Source: WPP 2024 tfrproj1dt, e0proj1dt, migproj1dt, popproj1dt via extracts/. " + WPP_CITE,
    ], ["m49", "year", "tfr_95l", "tfr_80l", "tfr", "tfr_80u", "tfr_95u",
        "e0_95l", "e0_80l", "e0", "e0_80u", "e0_95u",
        "mig_95l", "mig_80l", "mig", "mig_80u", "mig_95u",
        "pop_95l", "pop_80l", "pop", "pop_80u", "pop_95u"], rows)


def netmig_age1(raw):
    groups = defaultdict(dict)
    for r in read(raw, "extracts/wpp2024_focus_netmig_age1_2023_2100.csv"):
        c, y, a = int(r["country_code"]), int(r["year"]), int(r["age"])
        groups[(c, y, "M")][a] = r["migM"]
        groups[(c, y, "F")][a] = r["migF"]
    rows = []
    for (c, y, sex) in sorted(groups, key=lambda k: (M49.index(k[0]), k[1], k[2])):
        g = groups[(c, y, sex)]
        persons = [round(float(g[a]) * 1000) for a in range(101)]
        rows.append([c, y, sex, persons[0]] + [persons[a] - persons[a - 1] for a in range(1, 101)])
    return table([
        "Net migrants by sex and single age 0..100 (100 = 100+) during calendar year `year`, in PERSONS,",
        "difference-coded to save space: column 0 is the count at age 0, column a (a >= 1) is the count",
        "at age a minus the count at age a-1 (a running sum restores the counts; src/data does this).",
        "2023 estimate; 2024-2100 medium. Source: WPP 2024 migprojAge1dt.rda via extracts/. " + WPP_CITE,
    ], ["m49", "year", "sex"] + [str(a) for a in range(101)], rows)


def remittances(raw):
    rows = []
    for r in read(raw, "extracts/wb_wdi_focus_remittances_2010_2023.csv"):
        rows.append([r["geo"], r["year"], num(r["remittances_received_usd"], 0), num(r["gdp_current_usd"], 0),
                     num(r["remin_pct_gdp_computed"], 3)])
    return table([
        "Personal remittances received (BX.TRF.PWKR.CD.DT) and GDP (NY.GDP.MKTP.CD), current US$, calendar year.",
        "pct_gdp_computed = 100 * remittances / GDP from these two current-dollar series (not the WB series",
        "BX.TRF.PWKR.DT.GD.ZS). Source: World Bank, World Development Indicators, via IOM gdidata wdi.rda",
        "(commit c9e4cc6). Licence CC BY 4.0 (World Bank).",
    ], ["iso3", "year", "remittances_usd", "gdp_usd", "pct_gdp_computed"], rows)


def migrant_stock(raw):
    rows = []
    for r in read(raw, "extracts/undesa_migrant_stock_focus_bilateral.csv"):
        rows.append([r["geo"], r["t"], r["from"], r["sex"], num(r["n"], 0)])
    return table([
        "International migrant stock at 1 July of `year`: persons living in `dest` born in (or citizens of) `origin`.",
        "Persons (not thousands). Source: UN DESA, International Migrant Stock 2024, via IOM gdidata undesa_stocks.rda",
        "(commit c9e4cc6). Citation: United Nations, DESA, Population Division (2024). International Migrant Stock 2024.",
    ], ["dest", "year", "origin", "sex", "persons"], rows)


# --- Compatriots Program: each reported figure classified by its measure, with its underlying
# source and the outlet that reported it in words (en, ru). The words are matched to the raw
# columns below; a row whose wording matches none stops the conversion.
COMPAT_MEASURES = [  # (words in measure_as_reported, measure), first match wins
    ("registered", "registered"),
    ("family members", "participants_and_family"),
    ("participants and resettled", "participants_resettled"),
    ("moved", "moved"),
]
COMPAT_SOURCES = {  # underlying_source -> (en, ru)
    "FMS press service": ("FMS", "ФМС"),
    "MVD press centre": ("MVD", "МВД"),
    "MVD": ("MVD", "МВД"),
    "MVD data": ("MVD", "МВД"),
    "Russian MFA commentary (Government Commission on Compatriots)": ("MFA", "МИД"),
    "Moscow House of Compatriots website": ("Moscow House of Compatriots", "Московский дом соотечественника"),
}
COMPAT_OUTLETS = [  # (words in reported_by, en, ru), first match wins
    ("relaying RIA Novosti", "RIA Novosti, relayed by chelorg.com", "РИА Новости в изложении chelorg.com"),
    ("forum repost", "RT, reposted on the glav.su forum", "RT в репосте на форуме glav.su"),
    ("Interfax", "Interfax", "Интерфакс"),
    ("news-front", "News Front (German edition)", "News Front (немецкая версия)"),
    ("russkiymir", "Russkiy Mir Foundation", "фонд «Русский мир»"),
    ("Vedomosti", "Vedomosti", "«Ведомости»"),
]


def first_match(text, pairs, what):
    for words, *out in pairs:
        if words.lower() in text.lower():
            return out
    sys.exit(f"convert.py: no {what} matches '{text}'; add its wording to convert.py")


def compatriots(raw):
    rows = []
    for r in read(raw, "transcribed/compatriots_program_annual.csv"):
        (measure,) = first_match(r["measure_as_reported"], COMPAT_MEASURES, "Compatriots measure")
        if r["underlying_source"] not in COMPAT_SOURCES:
            sys.exit(f"convert.py: unknown Compatriots source '{r['underlying_source']}'")
        src_en, src_ru = COMPAT_SOURCES[r["underlying_source"]]
        out_en, out_ru = first_match(r["reported_by"], COMPAT_OUTLETS, "Compatriots outlet")
        date = re.search(r"\((\d{4}-\d{2}-\d{2})\)", r["reported_by"])
        rows.append([r["year"], r["value_persons"], r["qualifier"], r["measure_as_reported"],
                     r["reported_by"], r["underlying_source"], r["url"], measure,
                     src_en, src_ru, out_en, out_ru, date.group(1) if date else ""])
    return table([
        "Compatriots Program arrivals as reported (measures differ by year); copied from",
        "data-raw/transcribed/compatriots_program_annual.csv, with derived columns: measure (registered,",
        "participants_and_family, participants_resettled, moved: from the wording of measure_as_reported),",
        "the underlying source and the outlet in words (en, ru), and the date of the report.",
    ], ["year", "value_persons", "qualifier", "measure_as_reported", "reported_by", "underlying_source",
        "url", "measure", "source_en", "source_ru", "outlet_en", "outlet_ru", "reported_on"], rows)


# --- Relokanty in host countries: each bound of the brief's range with the publisher its
# endnote names for it and whether the endnote bears it out. The publishers are read from the
# endnote text (each must occur in cited_source); the checks are computed: a bound whose
# number is not in the endnote is `not_in_cited_source` (with the endnote's other figures for
# that host as cited_min..cited_max), an endnote on "temporary migrants and expats" is
# `broader_measure`.
REL_HOSTS = [  # (iso3, brief id, publisher of the low bound, of the high bound)
    ("GEO", "RK019", "Transparency International", ""),
    ("ARM", "RK049", "Italian Institute for International Political Studies", "ArmenPress"),
    ("KAZ", "RK063", "The Moscow Times; Press KZ", "The Moscow Times; Press KZ"),
    ("KGZ", "RK079", "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty"),
]


def spaced(v):
    """A count as the brief prints it: groups of three digits split by a space."""
    return f"{int(v):,}".replace(",", " ")


def world_population(raw):
    """The world's total population, WPP 2024 medium, year-end: the bound of what any country
    could receive in a year (the replacement-migration solver reports a need above it)."""
    path = os.path.join(raw, "wpp2024/data-raw/popprojMed.txt")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header, world = rows[0], next(r for r in rows[1:] if r[0] == "900")
    years = [(int(y), v) for y, v in zip(header[2:], world[2:])]
    return table([
        "World population, both sexes, thousands, at 31 December of `year` (year-end), WPP 2024 medium.",
        "Source: WPP 2024 data-raw/popprojMed.txt, row 900 (World). " + WPP_CITE,
    ], ["year", "world"], [[y, num(v, 3)] for y, v in years])


def relokanty_hosts(raw):
    briefs = {r["id"]: r for r in read(raw, "transcribed/briefs_figures.csv")}
    rows = []
    for iso, bid, pub_low, pub_high in REL_HOSTS:
        b = briefs[bid]
        endnote = b["cited_source"]
        others = [v for r in briefs.values() if r["country"] == iso and r["indicator"].endswith("endnote_figure")
                  for v in (r["value"], r["value_low"], r["value_high"]) if v]
        for bound, pub in (("low", pub_low), ("high", pub_high)):
            value = b[f"value_{bound}"]
            for name in filter(None, pub.split("; ")):
                if name not in endnote:
                    sys.exit(f"convert.py: '{name}' is not in the endnote of {bid}")
            check, lo, hi = "ok", "", ""
            if any("temporary migrants and expats" in part and f"({spaced(value)})" in part
                   for part in endnote.split("; ")):
                check = "broader_measure"
            elif "(figures here" in endnote and spaced(value) not in endnote:
                above = [float(v) for v in others if float(v) > float(b["value_low"])]
                check, lo, hi = "not_in_cited_source", num(min(above)), num(max(above))
            if check == "ok" and not pub:
                sys.exit(f"convert.py: no publisher for the {bound} bound of {bid}")
            rows.append([iso, bid, bound, value, pub, check, lo, hi, b["as_stated"]])
    return table([
        "Relokanty staying in host countries: each bound of the brief's range (relokanty_2024) with the publisher",
        "its endnote names for it (empty: none of the cited sources gives it) and a check against the endnote:",
        "ok; not_in_cited_source (cited_min..cited_max: the endnote's other figures above the low bound);",
        "broader_measure (the cited article counts all temporary migrants and expats). Persons.",
        "Derived from data-raw/transcribed/briefs_figures.csv (rows and endnote text).",
    ], ["iso3", "brief_id", "bound", "value", "publisher", "check", "cited_min", "cited_max", "as_stated"], rows)


def verbatim(rel, note):
    def build(raw):
        with open(os.path.join(raw, rel), encoding="utf-8") as f:
            body = f.read()
        if not body.endswith("\n"):
            body += "\n"
        return f"# {note}\n" + body
    return build


def with_project_rows(build, rel):
    """`build`'s CSV text followed by the data rows of a project-owned transcribed CSV under
    data/ (same columns; its header line is dropped)."""
    def both(raw):
        with open(os.path.join(HERE, rel), encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
        body = "".join(l if l.endswith("\n") else l + "\n" for l in lines[1:] if l.strip())
        return build(raw) + body
    return both


OUTPUTS = {
    "countries.csv": countries,
    "pop_total.csv": pop_total,
    "pop_age5.csv": pop_age5,
    "pop_age5_base.csv": pop_age5_base,
    "mx5.csv": mx5,
    "pasfr5.csv": pasfr5,
    "indicators.csv": indicators,
    "netmig_age1.csv": netmig_age1,
    "remittances.csv": remittances,
    "migrant_stock.csv": migrant_stock,
    "compatriots.csv": compatriots,
    "compatriots_facts.csv": verbatim("transcribed/compatriots_program_other_facts.csv",
                                      "Other Compatriots Program facts as reported; copied from data-raw/transcribed."),
    "rosstat_forecast.csv": with_project_rows(
        verbatim("transcribed/rosstat_forecast_oct2023.csv",
                 "Rosstat demographic forecast (Oct 2023) as reported; excludes the four regions annexed in 2022, "
                 "includes Crimea and Sevastopol; copied from data-raw/transcribed, then the rows of "
                 "data/transcribed/crimea_sevastopol.csv (variant 'census': Crimea and Sevastopol at Rosstat's "
                 "2021 census, with URL and publisher)."),
        "transcribed/crimea_sevastopol.csv"),
    "briefs_figures.csv": verbatim("transcribed/briefs_figures.csv",
                                   "Figures and events printed in two Prague Process policy briefs (2024, 2025); copied from data-raw/transcribed."),
    "relokanty_hosts.csv": relokanty_hosts,
    "world_population.csv": world_population,
    "bands.csv": bands,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", default=DEFAULT_RAW, help="path to data-raw (default: ../shared/data-raw)")
    ap.add_argument("--check", action="store_true", help="compare with data/ instead of writing")
    args = ap.parse_args()
    if not os.path.isdir(args.raw):
        sys.exit(f"convert.py: no data-raw folder at {args.raw}; pass --raw DIR")
    bad = 0
    texts = {name: build(args.raw) for name, build in OUTPUTS.items()}
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    for name, data in files.items():
        path = os.path.join(HERE, name)
        digest = hashlib.sha256(data).hexdigest()[:16]
        if args.check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            print(f"{'ok  ' if same else 'DIFF'} {name} sha256:{digest}")
            bad += not same
        else:
            with open(path, "wb") as f:
                f.write(data)
            print(f"wrote {name} ({len(data)} bytes, sha256:{digest})")
    if bad:
        sys.exit(f"convert.py --check: {bad} file(s) differ from a fresh conversion; rerun python3 data/convert.py")


if __name__ == "__main__":
    main()
