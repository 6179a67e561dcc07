#!/usr/bin/env python3
"""Seeded generator of a Salesforce-report-style opportunity export for the benchmark.

  generate.py --rows 1000000 --out DIR [--seed 1] [--shape plain|real]

plain: every field quoted, CRLF, US dates, ~19% of rows with a multi-line Description (embedded
newlines, commas, doubled quotes), ~3% blank industry/state, plus a small calendar, a 300-contact
roster and refgap.yml.
real: what real exports and programs look like (real_shape.py): currency-formatted and blank amounts,
long descriptions, tens of thousands of accounts, regions and statuses outside the built-in tables, a
20,000-contact roster and thousands of buckets.
"""
import argparse, csv, datetime as dt, os, random, sys

p = argparse.ArgumentParser()
p.add_argument("--rows", type=int, required=True)
p.add_argument("--out", required=True)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--shape", choices=["plain", "real"], default="plain")
a = p.parse_args()
R = random.Random(a.seed)
os.makedirs(a.out, exist_ok=True)
if a.shape == "real":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import real_shape
    real_shape.generate(a.rows, a.out, R)
    sys.exit(0)
STATES = ["Illinois", "Ohio", "Michigan", "Texas", "California", "New York", "Florida", "Washington", "Georgia", "Colorado"]
INDS = ["Healthcare", "Retail", "Manufacturing", "Financial Services", "Technology", "Education", "Energy", "Insurance"]
PRODS = ["Cloud Platform", "Analytics", "Data Integration", "Security"]
STAGES = [("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20), ("Proposal/Price Quote", 75),
          ("Negotiation/Review", 90), ("Closed Won", 100), ("Closed Lost", 0)]
base = dt.date(2026, 10, 1)
with open(os.path.join(a.out, "opportunities.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "Close Date",
                "Amount Currency", "Amount", "Probability (%)", "Industry", "Billing State/Province", "Billing Country",
                "Employees", "Product Family", "Reference Needed", "Description"])
    for i in range(a.rows):
        st, prob = R.choice(STAGES)
        d = base + dt.timedelta(days=R.randint(0, 272))
        desc = 'Call notes, with a comma\nnext step: "send proposal"\nowner to follow up' if R.random() < 0.19 else ""
        ind = "" if R.random() < 0.03 else R.choice(INDS)
        state = "" if R.random() < 0.03 else R.choice(STATES)
        w.writerow([f"006{i:015d}", f"Deal {i}", f"Account {R.randint(1, 20000)}", f"Owner {R.randint(1, 60)}", st,
                    d.strftime("%m/%d/%Y"), "USD", f"{R.randint(5, 900) * 1000}.00", str(prob), ind, state,
                    "United States", str(R.randint(10, 50000)), R.choice(PRODS), "true" if R.random() < 0.1 else "false", desc])
with open(os.path.join(a.out, "calendar.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Team", "Need", "Activity", "Due Date", "References Needed", "Industry", "Region", "Product", "Company Size", "Minimum Seniority"])
    for k in range(20):
        w.writerow(["PR", f"Need {k}", R.choice(["Case study", "Press quote", "Speaker", "Webinar"]),
                    (dt.date(2026, 11, 24) + dt.timedelta(days=R.randint(5, 118))).isoformat(), R.randint(1, 5),
                    R.choice(INDS + ["Any"]), "", "", "", ""])
with open(os.path.join(a.out, "roster.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Reference ID", "Account Name", "Contact Name", "Title", "Reference Status", "Industry", "Billing State/Province",
                "Billing Country", "Products", "Employees", "Activities", "Last Verified", "Last Used", "Uses (Last 90 Days)"])
    for k in range(300):
        w.writerow([f"R{k}", f"Account {k}", f"Contact {k}", R.choice(["VP of IT", "Director of Data", "IT Manager", "Engineer"]),
                    R.choice(["Active"] * 5 + ["Pending"]), R.choice(INDS), R.choice(STATES), "United States",
                    "; ".join(R.sample(PRODS, 2)), R.randint(10, 50000), "Reference call; Case study",
                    "2026-09-01", "2026-10-01", R.randint(0, 2)])
open(os.path.join(a.out, "refgap.yml"), "w").write("as_of: 2026-11-24\n")
