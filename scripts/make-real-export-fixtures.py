#!/usr/bin/env python3
"""Derive real-export fixtures from SampleData (seeded, deterministic, stdlib only).

Each fixture changes ONE thing about SampleData/opportunities.csv (or calendar.csv) the way a real
tool writes it, so its expected totals are the clean sample's. Writes
Tests/Fixtures/real-exports/<name>/{opportunities.csv,calendar.csv,roster.csv,accounts.csv,refgap.yml,README.md}.
Sources for the labels and layouts: docs/stages.md and each fixture's README.md.

Usage: python3 scripts/make-real-export-fixtures.py
"""
import csv
import datetime
import io
import os
import random
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "SampleData")
OUT = os.path.join(ROOT, "Tests", "Fixtures", "real-exports")
SEED = 13
CRLF = "\r\n"

# German Salesforce default stages (an org created in German: docs/stages.md). Only
# Angebot/Preisangebot is "common usage": that org had no German label for Proposal/Price Quote.
GERMAN_STAGES = {
    "Prospecting": "Erwartung",
    "Qualification": "Potenzialanalyse",
    "Needs Analysis": "Bedarfsanalyse Analyse",
    "Value Proposition": "Wertangebot",
    "Id. Decision Makers": "Id. Entscheidungsträger",
    "Perception Analysis": "Wahrnehmungsanalyse",
    "Proposal/Price Quote": "Angebot/Preisangebot",
    "Negotiation/Review": "Verhandlung/Überprüfung",
    "Closed Won": "Geschlossene und gewonnene",
    "Closed Lost": "Geschlossene und verlorene",
}
PRODUCTS = ["Cloud Platform", "Analytics", "Security", "Data Integration"]


def read_sample():
    """Header, data rows (lists) and the report footer lines, exactly as the sample writes them."""
    with open(os.path.join(SAMPLE, "opportunities.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    data = [r for r in rows[1:] if len(r) == len(header)]
    return header, data


def footer(count):
    """Salesforce's report footer: a blank line, the record count, confidentiality and copyright lines."""
    return [[], [f"Grand Totals ({count} records)"], ["Confidential Information - Do Not Distribute"],
            ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."]]


def write_csv(path, rows, quoting=csv.QUOTE_ALL, delimiter=",", prefix=""):
    buf = io.StringIO()
    buf.write(prefix)
    w = csv.writer(buf, quoting=quoting, delimiter=delimiter, lineterminator=CRLF)
    for r in rows:
        if r:
            w.writerow(r)
        else:
            buf.write(CRLF)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(buf.getvalue())


def salesforce_report(header, data):
    """The rows of a Salesforce report export (header, data, footer)."""
    return [header] + data + footer(len(data))


def is_clean(row, col):
    """A row the clean sample reads without a reject: valid US date, numeric amounts and probability."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", row[col["Close Date"]])
    if not m:
        return False
    try:
        datetime.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        float(row[col["Amount"]])
        float(row[col["Amount (Converted)"]])
    except ValueError:
        return False
    p = row[col["Probability (%)"]]
    return p == "" or p.isdigit()


def us_date(s):
    m, d, y = (int(x) for x in s.split("/"))
    return datetime.date(y, m, d)


def new_fixture(name, readme):
    path = os.path.join(OUT, name)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    for f in ("calendar.csv", "roster.csv", "accounts.csv", "refgap.yml"):
        shutil.copyfile(os.path.join(SAMPLE, f), os.path.join(path, f))
    with open(os.path.join(path, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.strip() + "\n")
    return path


COMMON = ("The other inputs (calendar, roster, accounts, refgap.yml) are SampleData's. Made by "
          "`scripts/make-real-export-fixtures.py` (seeded).")


def german_stages(header, data, col):
    rows = [list(r) for r in data]
    for r in rows:
        r[col["Stage"]] = GERMAN_STAGES.get(r[col["Stage"]], r[col["Stage"]])
    path = new_fixture("german-stages", f"""
# german-stages

SampleData's Salesforce report with every stage label in German, as an org created with German as
its language stores them (default stages of a German org: `Erwartung`, `Potenzialanalyse`,
`Bedarfsanalyse Analyse`, `Wertangebot`, `Id. Entscheidungsträger`, `Wahrnehmungsanalyse`,
`Angebot/Preisangebot`, `Verhandlung/Überprüfung`, `Geschlossene und gewonnene`,
`Geschlossene und verlorene`; sources and the one unverified label, `Angebot/Preisangebot`, in
docs/stages.md). Everything else (English headers, US dates, probabilities) is unchanged: a real
German export would also localise those, which other fixtures cover one at a time.

**Expected:** the same deals, demand, pipeline and weighted pipeline as SampleData; closed deals
(`Geschlossene und …`) set aside as won/lost, none listed as overdue; rows with a blank probability take
the German stage's default probability (the same as the English stage's). The stage table lists each
German label with its class and "built-in stage table" as the reason. SampleData's closed deals all
closed before its as-of date, so the wrong reading shows as 0 closed and 694 overdue deals (instead of
599 closed and 95 overdue), and the blank-probability rows take the 0.5 default (demand 686.7).

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def custom_stages(header, data, col, rng):
    rows = [list(r) for r in data]
    changed = {"won": 0, "lost": 0, "open": 0}
    for r in rows:
        stage, p = r[col["Stage"]], r[col["Probability (%)"]]
        if stage == "Closed Won":
            r[col["Stage"]] = "Won - Signed"
            changed["won"] += 1
        elif stage == "Closed Lost":
            r[col["Stage"]] = rng.choice(["Lost to Competitor", "Disqualified"])
            changed["lost"] += 1
        elif p != "" and stage == "Negotiation/Review":
            r[col["Stage"]] = "Verbal commit"
            changed["open"] += 1
        elif p != "" and stage == "Proposal/Price Quote":
            r[col["Stage"]] = "Legal review"
            changed["open"] += 1
    path = new_fixture("custom-stages", f"""
# custom-stages

SampleData's Salesforce report from an org whose admin replaced the default stages with custom ones,
as real orgs do: `Closed Won` is `Won - Signed` ({changed['won']} rows), `Closed Lost` is
`Lost to Competitor` or `Disqualified` ({changed['lost']} rows), and open deals in
`Negotiation/Review` / `Proposal/Price Quote` that carry a probability are in `Verbal commit` /
`Legal review` ({changed['open']} rows). The `Probability (%)` column keeps its values, so every open
deal's probability comes from the column, never from a stage default; rows with a blank probability keep
their default stage.

**Expected:** the same deals, demand, pipeline and weighted pipeline as SampleData. `Won - Signed` is
won (the word "won"), `Lost to Competitor` and `Disqualified` lost (stage words), `Verbal commit` and
`Legal review` open with the column's probability; the stage table says which rule classed each. Today
the closed ones are read as open: SampleData's closed deals all closed before its as-of date, so they
show as 694 overdue deals "to update in the CRM" instead of 599 closed and 95 overdue.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def mixed_probability(header, data, col, rng):
    rows = [list(r) for r in data]
    forms = {"percent": 0, "fraction": 0, "percent sign": 0}
    for r in rows:
        p, stage = r[col["Probability (%)"]], r[col["Stage"]]
        if not p.isdigit() or stage.startswith("Closed"):
            continue
        form = rng.choice(["percent", "fraction", "percent sign"])
        forms[form] += 1
        if form == "fraction":
            r[col["Probability (%)"]] = "{:g}".format(int(p) / 100)
        elif form == "percent sign":
            r[col["Probability (%)"]] = p + "%"
    path = new_fixture("mixed-probability", f"""
# mixed-probability

SampleData's report with the probability column holding three spellings of the same value on open
deals, as a column fed by several sources (imports, integrations, hand edits in a spreadsheet) ends up:
`75` ({forms['percent']} rows), `0.75` ({forms['fraction']} rows) and `75%` ({forms['percent sign']} rows).
Closed deals keep `0`/`100`; blank probabilities stay blank.

**Expected:** the same demand and weighted pipeline as SampleData: `75%` is percent by its sign, `0.75`
in a column of percents is read as the fraction 75% and counted in data quality as an ambiguous
fraction (`probability_scale: percent|fraction` overrides). Today `0.75` is read as 0.75%.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def duplicates(header, data, col, rng):
    clean = [i for i, r in enumerate(data) if is_clean(r, col)]
    picks = rng.sample(clean, 50)
    rows = [list(r) for r in data]
    # Insert each copy at a seeded position after its original (as appended re-exports and
    # copy-pasted spreadsheet blocks do), highest index first so earlier positions stay valid.
    inserts = sorted(((rng.randint(i + 1, len(data)), i) for i in picks), reverse=True)
    for at, i in inserts:
        rows.insert(at, list(data[i]))
    path = new_fixture("duplicates", f"""
# duplicates

SampleData's report with 50 exact duplicate rows inserted at seeded positions (each after its
original): what merging two overlapping exports, or pasting a block twice in a spreadsheet, gives.
The footer counts the rows written ({len(rows)} records), as Salesforce's does.

**Expected:** the same deals, demand, pipeline, weighted pipeline and targets as SampleData; the 50
copies set aside as duplicates in the ledger (`{len(rows)}` rows read = SampleData's rows + 50).

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def line_items(header, data, col, rng):
    clean = [i for i, r in enumerate(data) if is_clean(r, col) and r[col["Product Family"]] in PRODUCTS]
    split = set(rng.sample(clean, 150))
    rows, extra = [], 0
    two = three = 0
    for i, r in enumerate(data):
        rows.append(list(r))
        if i not in split:
            continue
        others = [p for p in PRODUCTS if p != r[col["Product Family"]]]
        n = rng.choice([1, 1, 2])
        two += n == 1
        three += n == 2
        for p in rng.sample(others, n):
            item = list(r)
            item[col["Product Family"]] = p
            rows.append(item)
            extra += 1
    out_header = list(header)
    out_header[col["Product Family"]] = "Product Name"
    path = new_fixture("line-items", f"""
# line-items

An *Opportunities with Products* report (Salesforce's report type with one row per opportunity line
item): 150 of SampleData's deals come as {two} with 2 rows and {three} with 3 rows ({extra} extra rows), sharing
Opportunity ID, name, account, stage, close date, probability and the opportunity's Amount, and
differing in the product, chosen from the sample's products. The product column is headed
`Product Name`, as that report type heads it (SampleData's is `Product Family`). Quantity, Sales Price
and Total Price columns that the real report can add are left out so that only the line-item shape
changes.

**Expected (relative to SampleData):** the same number of deals, the same pipeline (each deal's
amount counted once), the same weighted pipeline and the same total demand; the {extra} extra rows
counted in the ledger as line items of a deal. A split deal's demand is divided evenly over its
products (2 products: half each; 3: a third each), so per-product buckets differ from SampleData's
while the sum over products is unchanged.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(out_header, rows))


def conflicting_ids(header, data, col, rng):
    as_of = datetime.date(2026, 11, 24)
    open_clean = [i for i, r in enumerate(data) if is_clean(r, col) and not r[col["Stage"]].startswith("Closed")
                  and us_date(r[col["Close Date"]]) >= as_of]
    picks = sorted(rng.sample(open_clean, 8))
    out_header = header + ["Last Modified Date"]
    modified = [(as_of - datetime.timedelta(days=rng.randint(1, 60))) for _ in data]
    rows = [list(r) + [modified[i].strftime("%m/%d/%Y")] for i, r in enumerate(data)]
    stale_rows, before = [], 0
    for k, i in enumerate(picks):
        r = data[i]
        stale = list(r)
        stale[col["Stage"]] = "Qualification"
        stale[col["Probability (%)"]] = "10"
        stale[col["Close Date"]] = (us_date(r[col["Close Date"]]) + datetime.timedelta(days=45)).strftime("%m/%d/%Y")
        amount = round(float(r[col["Amount (Converted)"]]) * 0.6, 2)
        stale[col["Amount"]] = stale[col["Amount (Converted)"]] = f"{amount:.2f}"
        if r[col["Amount Currency"]] != "USD":
            stale[col["Amount"]] = f"{round(float(r[col['Amount']]) * 0.6, 2):.2f}"
        stale.append((modified[i] - datetime.timedelta(days=rng.randint(7, 90))).strftime("%m/%d/%Y"))
        # Half the stale copies come after the current row, so "the last row wins" would be wrong there.
        stale_rows.append((i + 1 if k % 2 == 0 else i, stale))
        before += k % 2 == 1
    for at, stale in sorted(stale_rows, key=lambda x: x[0], reverse=True):
        rows.insert(at, stale)
    ids = ", ".join(data[i][col["Opportunity ID"]] for i in picks)
    path = new_fixture("conflicting-ids", f"""
# conflicting-ids

SampleData's report with a `Last Modified Date` column (Salesforce's standard field, as a report adds
it) and 8 opportunity ids that appear twice: the current row and an older snapshot of the same deal
(stage `Qualification`, probability 10, close date 45 days later, 60% of the amount, and an earlier
Last Modified Date), as merging an old export with a new one gives. {before} of the old snapshots come
before the current row, {8 - before} after it. Ids: {ids}.

**Expected:** the same deals, demand, pipeline and weighted pipeline as SampleData: for each id the row
with the latest `Last Modified Date` wins (never simply the last row), and the 8 conflicts are listed
with both lines and what differs (stage, close date, amount).

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(out_header, rows))


def negative_amounts(header, data, col, rng):
    template = next(r for r in data if is_clean(r, col) and r[col["Stage"]] == "Negotiation/Review"
                    and r[col["Amount Currency"]] == "USD")
    amounts = ["(2,500,000.00)", "-1000", "0", "0.00", "-250000.00", "(75,000.00)"]
    rows = [list(r) for r in data]
    added = []
    for k, a in enumerate(amounts):
        r = list(template)
        r[col["Opportunity ID"]] = f"0068c00009NEG{k:05d}"
        r[col["Opportunity Name"]] = f"{r[col['Account Name']]} - Credit {k + 1}"
        r[col["Amount"]] = r[col["Amount (Converted)"]] = a
        added.append(r)
    positions = sorted(rng.sample(range(len(rows)), len(added)), reverse=True)
    for at, r in zip(positions, added):
        rows.insert(at, r)
    path = new_fixture("negative-amounts", f"""
# negative-amounts

SampleData's report plus 6 extra open deals (new ids, copies of one open USD deal in
Negotiation/Review with probability 90, so they fall in the horizon and would add demand if read)
whose amounts are credits, reversals or placeholders: `(2,500,000.00)` and `(75,000.00)` (accounting
negatives, as Excel's accounting format writes them), `-1000`, `-250000.00`, `0` and `0.00` (in both
`Amount` and `Amount (Converted)`).

**Expected:** the same deals, demand, pipeline and weighted pipeline as SampleData; the 6 rows set
aside with their reason (zero amount: 2, negative amount: 4), never summed into a segment.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def formatted_report(header, data, col):
    width = len(header)
    pad = lambda cells: cells + [""] * (width - len(cells))
    rows = [pad(["Opportunity Pipeline by Account"]), pad([]), pad(["Filtered By:"]),
            pad(["    Show: All opportunities"]), pad(["    Close Date: equals Custom (1/1/2026 to 12/31/2027)"]),
            pad([])]
    rows.append(header)
    groups = {}
    for r in data:
        groups.setdefault(r[col["Account Name"]], []).append(r)
    sums = lambda rs, c: sum(float(r[c]) for r in rs if re.fullmatch(r"-?\d+(\.\d+)?", r[c]))
    for account in sorted(groups):
        rs = groups[account]
        rows.extend(list(r) for r in rs)
        sub = pad(["Subtotal"])
        sub[col["Amount (Converted)"]] = f"{sums(rs, col['Amount (Converted)']):.2f}"
        rows.append(sub)
    total = pad([f"Grand Totals ({len(data)} records)"])
    total[col["Amount (Converted)"]] = f"{sums(data, col['Amount (Converted)']):.2f}"
    rows += [total, pad([]), pad(["Confidential Information - Do Not Distribute"]),
             pad(["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."])]
    path = new_fixture("formatted-report", f"""
# formatted-report

A Salesforce report grouped by account, exported as a *Formatted Report* (.xlsx) and saved as CSV
by Excel: a title line (`Opportunity Pipeline by Account`), a blank line, the `Filtered By:` block
(two indented filter lines), a blank line, then the header; detail rows grouped by Account Name
(alphabetical) with a `Subtotal` row after each of the {len(groups)} accounts (the group's converted
amount), then `Grand Totals ({len(data)} records)`, a blank line, `Confidential Information - Do Not
Distribute` and the copyright line. Excel pads every row to the sheet's width with empty cells and
quotes only cells that need it. Detail rows are SampleData's, unchanged.

**Expected:** reads with no hand editing: the 6 lines above the header skipped (and said so), the
{len(groups)} subtotal rows, the total row and the blank/footer lines set aside (not rejected), then the
same deals, demand, pipeline and rejects (SampleData's 6) as SampleData. Today: exit 2, "no column for
account".

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), rows, quoting=csv.QUOTE_MINIMAL)


def excel_sep(header, data, col):
    rows = [list(r) for r in data]
    for r in rows:
        for c in ("Amount", "Amount (Converted)"):
            if re.fullmatch(r"-?\d+\.\d+", r[col[c]]):
                r[col[c]] = r[col[c]].replace(".", ",")
    path = new_fixture("excel-sep", f"""
# excel-sep

SampleData's report opened and saved by Excel in a comma-decimal locale (German, French, Dutch, ...)
as "CSV (semicolon delimited)" with the `sep=;` hint line Excel reads and writes as the first line:
`;` between cells, amounts with a decimal comma (`1386000,00`), cells quoted only where needed, every
row (the report footer too) padded to the sheet's width with empty cells.
Employee counts (`31,542`) and dates (`02/04/2027`) keep the text they had.

**Expected:** reads with no hand editing: the `sep=;` line sets the delimiter, amounts read with
the decimal comma, and the same deals, demand, pipeline and rejects as SampleData. Today: exit 2,
"Headers found: sep=".

{COMMON}
""")
    # Excel pads every row of the used range (the footer lines too) to the sheet's width.
    padded = [r + [""] * (len(header) - len(r)) for r in salesforce_report(header, rows)]
    write_csv(os.path.join(path, "opportunities.csv"), padded,
              quoting=csv.QUOTE_MINIMAL, delimiter=";", prefix="sep=;" + CRLF)


def excel_serial_dates(header, data, col):
    rows = [list(r) for r in data]
    epoch = datetime.date(1899, 12, 30)
    n = 0
    for r in rows:
        if is_clean(r, col):
            r[col["Close Date"]] = str((us_date(r[col["Close Date"]]) - epoch).days)
            n += 1
    path = new_fixture("excel-serial-dates", f"""
# excel-serial-dates

SampleData's report with the close date written as Excel serial day numbers (days since
1899-12-30, so 11/24/2026 is `46350`), as a spreadsheet writes a date column whose cells lost their
date format ("General") before saving as CSV. {n} dates are serials; the sample's bad dates (`TBD`,
`31/31/2026`, blank) stay as they were.

**Expected:** the same deals, demand, pipeline and rejects as SampleData, with a note that the close
date column was read as Excel serial numbers. Today: every row rejected, "not a date".

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(header, rows))


def amount_header(name, header, data, col, currency_header, amount_header_name, origin):
    """The amount as one USD column (SampleData's converted amount) under another header."""
    drop = {col["Amount Currency"], col["Amount"], col["Amount (Converted) Currency"], col["Amount (Converted)"]}
    at = col["Amount Currency"]

    def reshape(r, cur, amt):
        kept = [v for i, v in enumerate(r) if i not in drop]
        return kept[:at] + [cur, amt] + kept[at:]

    out_header = reshape(header, currency_header, amount_header_name)
    rows = [reshape(r, "USD", r[col["Amount (Converted)"]]) for r in data]
    path = new_fixture(name, f"""
# {name}

SampleData's report with its amount as one USD column headed `{amount_header_name}` next to a
currency-code column headed `{currency_header}` (all `USD`), in place of Salesforce's four amount columns:
{origin} The values are SampleData's converted (USD) amounts, so totals are unchanged.

**Expected:** the same deals, demand and pipeline as SampleData once the amount is found: either by
name (a built-in synonym) or by the column suggestion, which must propose `{amount_header_name}` (a numeric
column), never `{currency_header}` (currency codes). Today the suggestion is the account or currency
column, and following it rejects every row.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(out_header, rows))


def unmapped_product(header, data, col):
    out_header = list(header)
    out_header[col["Product Family"]] = "Deal - Product"
    path = new_fixture("unmapped-product", f"""
# unmapped-product

SampleData's report with the product column headed `Deal - Product`, the way Pipedrive prefixes the
columns of a deals export (`Deal - Title`, `Deal - Value`, ...; products are a deal field there). No
built-in synonym maps it.

**Expected:** refgap says the header `Deal - Product` names a dimension it did not map and prints the
line that maps it (`columns: {{product: "Deal - Product"}}`); with that line the result equals
SampleData's. Without it the deals, pipeline and total demand equal SampleData's, but every deal's
product is blank (any) and the report says so. Today: unmapped without a word.

{COMMON}
""")
    write_csv(os.path.join(path, "opportunities.csv"), salesforce_report(out_header, data))


def calendar_libreoffice(rng):
    with open(os.path.join(SAMPLE, "calendar.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    blank = [""] * len(header)
    positions = sorted(rng.sample(range(1, len(body)), 2), reverse=True)
    for at in positions:
        body.insert(at, list(blank))
    path = new_fixture("calendar-libreoffice", f"""
# calendar-libreoffice

SampleData's calendar saved by LibreOffice Calc with two spacer rows someone left between blocks of
needs: rows of empty cells (`,,,,,,,,,`), which Calc writes for every empty row inside the used range.
Inserted before data rows {', '.join(str(p + 1) for p in sorted(positions))} (1-based, header excluded).
The opportunities export is SampleData's.

**Expected:** the same needs, demand and report as SampleData; the two empty rows set aside as empty,
not rejected, exit 0. Today: exit 3 and "fix them".

{COMMON}
""")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows([header] + body)
    with open(os.path.join(path, "calendar.csv"), "w", newline="", encoding="utf-8") as f:
        f.write(buf.getvalue())
    shutil.copyfile(os.path.join(SAMPLE, "opportunities.csv"), os.path.join(path, "opportunities.csv"))


def main():
    header, data = read_sample()
    col = {h: i for i, h in enumerate(header)}
    os.makedirs(OUT, exist_ok=True)
    rng = lambda name: random.Random(f"{SEED}-{name}")
    german_stages(header, data, col)
    custom_stages(header, data, col, rng("custom-stages"))
    mixed_probability(header, data, col, rng("mixed-probability"))
    duplicates(header, data, col, rng("duplicates"))
    line_items(header, data, col, rng("line-items"))
    conflicting_ids(header, data, col, rng("conflicting-ids"))
    negative_amounts(header, data, col, rng("negative-amounts"))
    formatted_report(header, data, col)
    excel_sep(header, data, col)
    excel_serial_dates(header, data, col)
    amount_header("close-value-header", header, data, col, "Amount Currency", "close_value",
                  "`close_value` is the amount column of the widely used *CRM Sales Opportunities* sample "
                  "dataset (Maven Analytics, `sales_pipeline.csv`: `opportunity_id, sales_agent, product, "
                  "account, deal_stage, engage_date, close_date, close_value`).")
    amount_header("deal-value-usd", header, data, col, "Currency", "Deal Value (USD)",
                  "a report whose amount column names its currency, as spreadsheet-built pipeline trackers "
                  "and BI exports head it.")
    unmapped_product(header, data, col)
    calendar_libreoffice(rng("calendar-libreoffice"))


if __name__ == "__main__":
    main()
