#!/usr/bin/env python3
"""Writes the spreadsheet-layout fixtures from SampleData/ (see README.md). Run from the repo root:
python3 Tests/Fixtures/layouts/make.py. Every data row of the sample is kept as it is, so a run on a
fixture must give the sample's demand, pipeline and rows used."""
import csv, datetime, io, os

ROOT = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(ROOT, "..", "..", "..", "SampleData")


def rows(name):
    with open(os.path.join(SAMPLE, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def text(table, delimiter=",", quoting=csv.QUOTE_MINIMAL, eol="\r\n"):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=eol).writerows(table)
    return out.getvalue()


def write(folder, name, content):
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    with open(os.path.join(ROOT, folder, name), "w", newline="", encoding="utf-8") as f:
        f.write(content)


def number(cell):
    try:
        return float(cell)
    except ValueError:
        return 0.0


opportunities = rows("opportunities.csv")
header = opportunities[0]
# The deals, without the sample's own Salesforce footer (a blank line and three one-cell lines).
data = [r for r in opportunities[1:] if len(r) == len(header)]
footer = [r for r in opportunities[1:] if len(r) != len(header) and r]
amount = header.index("Amount")
close = header.index("Close Date")
stage = header.index("Stage")

# 1. A file written for Excel in a semicolon locale: `sep=;` first, semicolons, CRLF.
write("excel-sep", "opportunities.csv", "sep=;\r\n" + text(opportunities, delimiter=";"))

# 2. A Salesforce summary report exported formatted: title block and filters above the header, rows
#    grouped by stage with a Subtotal row after each group, Grand Totals, then the footer.
groups = {}
for r in data:
    groups.setdefault(r[stage], []).append(r)
width = len(header)
table = [["Open Pipeline by Stage"] + [""] * (width - 1), ["Acme Software"] + [""] * (width - 1),
         ["As of 11/24/2026 9:15 AM·Riley Adams"] + [""] * (width - 1), [""] * width,
         ["Filtered By:"] + [""] * (width - 1), ["   Close Date equals NEXT 365 DAYS"] + [""] * (width - 1),
         [""] * width, header]
for name, members in groups.items():
    table += members
    subtotal = [""] * width
    subtotal[0] = "Subtotal"
    subtotal[amount] = "%.2f" % sum(number(r[amount]) for r in members)
    table.append(subtotal)
grand = [""] * width
grand[0] = "Grand Totals (%d records)" % len(data)
grand[amount] = "%.2f" % sum(number(r[amount]) for r in data)
table.append(grand)
content = text(table, quoting=csv.QUOTE_ALL) + "\r\n" + text(footer[1:], quoting=csv.QUOTE_ALL)
write("salesforce-formatted", "opportunities.csv", content)

# 3. The close date as Excel serial day numbers (a date column saved as General).
epoch = datetime.date(1899, 12, 30)
def serial(cell):
    try:
        return str((datetime.datetime.strptime(cell, "%m/%d/%Y").date() - epoch).days)
    except ValueError:
        return cell  # the sample's bad dates (TBD, 31/31/2026, blank) stay as they are


serials = [header] + [r[:close] + [serial(r[close])] + r[close + 1:] for r in data]
write("excel-serial", "opportunities.csv", text(serials, quoting=csv.QUOTE_ALL, eol="\n"))

# 4. The calendar saved by LibreOffice Calc with `;`: two spacer rows, and a Total row the planner added.
calendar = rows("calendar.csv")
w = len(calendar[0])
count = calendar[0].index("References Needed")
total = [""] * w
total[0] = "Total"
total[count] = str(sum(int(r[count] or 1) for r in calendar[1:]))
laid_out = calendar[:6] + [[""] * w] + calendar[6:14] + [[""] * w] + calendar[14:] + [total]
write("libreoffice-calendar", "calendar.csv", text(laid_out, delimiter=";", eol="\n"))

# 5. The roster and accounts with a title line and a spacer row (a sheet someone kept by hand).
for name in ["roster.csv", "accounts.csv"]:
    t = rows(name)
    w = len(t[0])
    titled = [["Reference program: " + name[:-4]] + [""] * (w - 1), [""] * w] + t[:10] + [[""] * w] + t[10:]
    write("titled-sheets", name, text(titled))
