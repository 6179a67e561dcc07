"""The benchmark's second workload: an export and a program shaped like real ones (see generate.py).

Opportunity export (19 columns, a Salesforce formatted report): unique 18-character ids, amounts written
"$128,100.00" with ~3% blank, the standard sales-process stages plus two custom ones, a Sales Region
column whose values no built-in table knows ("AMER - Central", "DACH"), 40,000 accounts (each with its
own industry, region, country and head count), industries and products outside the built-in tables,
descriptions on 45% of rows (60-400 characters: commas, quotes, line breaks) and next steps.
Roster: 20,000 contacts at 12,000 of those accounts, 1-4 products and 2-4 activities each, statuses
outside the built-in list ("Active - Verified", "Champion", "Do Not Contact"), a product spelled
differently than in the export ("Analytics Cloud" for "Analytics"). Calendar: 300 needs.
"""
import csv, datetime as dt, os

INDUSTRIES = ["Healthcare", "Retail", "Manufacturing", "Financial Services", "Technology", "Education", "Energy",
              "Insurance", "Telecommunications", "Media", "Transportation", "Government", "Hospitality",
              "Pharmaceuticals", "Construction", "Real Estate", "Agritech", "Biotech", "Public Sector - Local",
              "Logistics & Supply Chain", "Nonprofit", "Legal Services"]
REGIONS = [("AMER - East", "United States"), ("AMER - Central", "United States"), ("AMER - West", "United States"),
           ("Canada", "Canada"), ("LATAM", "Brazil"), ("EMEA North", "United Kingdom"), ("EMEA South", "Spain"),
           ("DACH", "Germany"), ("Benelux", "Netherlands"), ("Nordics", "Sweden"), ("ANZ", "Australia"),
           ("APJ - Japan", "Japan"), ("India", "India")]
STATES = {"United States": ["Illinois", "Ohio", "Texas", "California", "New York", "Florida", "Washington", "Georgia"],
          "Canada": ["Ontario", "Quebec", "British Columbia"], "Germany": ["Bavaria", "Berlin", "Hesse"],
          "Australia": ["New South Wales", "Victoria"], "India": ["Maharashtra", "Karnataka"]}
PRODUCTS = ["Cloud Platform", "Analytics", "Data Integration", "Security", "Identity", "Observability",
            "Edge Compute", "AI Assistant", "Billing", "Commerce Cloud", "Field Service", "Data Catalog"]
# Stage, probability (%): Salesforce's default sales process plus two custom stages.
STAGES = [("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 50),
          ("Id. Decision Makers", 60), ("Perception Analysis", 70), ("Proposal/Price Quote", 75),
          ("Negotiation/Review", 90), ("Technical Validation", 40), ("Verbal Commit", 95),
          ("Closed Won", 100), ("Closed Lost", 0), ("Closed Lost", 0)]
TYPES = ["New Business", "Existing Business", "Renewal", "Upsell"]
SOURCES = ["Web", "Partner Referral", "Trade Show", "Outbound", "Advertisement", "Customer Referral"]
ACTIVITIES = ["Reference call", "Case study", "Site visit", "Peer review", "Press release", "Analyst interview",
              "Speaking", "Advisory board"]
STATUSES = ["Active"] * 10 + ["Active - Verified"] * 4 + ["Champion"] * 2 + ["Pending Approval", "On Hold",
            "Inactive", "Do Not Contact", "Retired", "Paused (Legal Review)"]
TITLES = ["VP of IT", "Director of Data", "IT Manager", "Engineer", "CIO", "Head of Analytics", "Senior Data Engineer",
          "Chief Technology Officer", "Procurement Lead"]
WORDS = ("customer wants a phased rollout, pricing under review by procurement; legal asked for the DPA and "
         "security questionnaire; champion is the VP of data, economic buyer is the CFO; competitor shortlisted "
         "after the bake-off; integration with the ERP and the data warehouse is the main risk; timeline slipped "
         "once because of budget freeze, now back on track for the quarter").split()


def description(R):
    n = R.randint(10, 60)
    parts, line = [], []
    for _ in range(n):
        line.append(R.choice(WORDS))
        if R.random() < 0.04:
            parts.append(" ".join(line)); line = []
    parts.append(" ".join(line))
    text = "\n".join(parts)
    if R.random() < 0.3:
        text += '\nNext call: "pricing, then security review"'
    return text


def generate(rows, out, R):
    as_of = dt.date(2026, 11, 24)
    accounts = []
    for k in range(40000):
        region, country = R.choice(REGIONS)
        state = R.choice(STATES.get(country, [""]))
        accounts.append((f"{R.choice(['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Wingtip'])} "
                         f"{R.choice(['Health', 'Foods', 'Bank', 'Energy', 'Labs', 'Logistics', 'Media', 'Systems'])} {k}",
                         R.choice(INDUSTRIES), region, country, state, R.choice([R.randint(10, 99), R.randint(100, 999),
                         R.randint(1000, 9999), R.randint(10000, 200000)])))
    descriptions = [description(R) for _ in range(2000)]
    with open(os.path.join(out, "opportunities.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Type", "Lead Source",
                    "Stage", "Close Date", "Amount", "Probability (%)", "Industry", "Sales Region", "Billing State/Province",
                    "Billing Country", "Employees", "Product Family", "Reference Type", "Description", "Next Step"])
        for i in range(rows):
            name, industry, region, country, state, employees = R.choice(accounts)
            stage, prob = R.choice(STAGES)
            product = R.choice(PRODUCTS)
            close = as_of + dt.timedelta(days=R.randint(-150, 300))
            amount = "" if R.random() < 0.03 else f"${R.randint(50, 9000) * 100:,.2f}"
            w.writerow([f"0068c{i:013d}", f"{name} - {product} {R.choice(TYPES)}", name, f"Owner {R.randint(1, 250)}",
                        R.choice(TYPES), R.choice(SOURCES), stage, close.strftime("%m/%d/%Y"), amount, str(prob),
                        "" if R.random() < 0.03 else industry, region, state, country, f"{employees:,}", product,
                        R.choice(ACTIVITIES[:4]) if R.random() < 0.08 else "", R.choice(descriptions) if R.random() < 0.45 else "",
                        R.choice(["", "Send proposal", "Security review", "Exec sponsor call", "Pricing approval"])])
    with open(os.path.join(out, "calendar.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Team", "Need", "Activity", "Due Date", "References Needed", "Industry", "Region", "Product",
                    "Company Size", "Minimum Seniority"])
        for k in range(300):
            w.writerow([R.choice(["PR", "Analyst Relations", "Product Marketing", "Events"]), f"Need {k}", R.choice(ACTIVITIES),
                        (as_of + dt.timedelta(days=R.randint(5, 118))).isoformat(), R.randint(1, 5),
                        R.choice(INDUSTRIES + ["Any"] * 4), R.choice([r for r, _ in REGIONS] + [""] * 4),
                        R.choice(PRODUCTS + [""] * 4), "", R.choice(["", "", "Director", "VP"])])
    roster_products = [p if p != "Analytics" else "Analytics Cloud" for p in PRODUCTS]
    customers = R.sample(accounts, 12000)
    with open(os.path.join(out, "roster.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Reference ID", "Account Name", "Contact Name", "Title", "Reference Status", "Industry", "Region",
                    "Billing Country", "Products", "Employees", "Activities", "Last Verified", "Last Used",
                    "Uses (Last 90 Days)", "Health Score", "CSM"])
        for k in range(20000):
            name, industry, region, country, _, employees = R.choice(customers)
            w.writerow([f"REF-{k:05d}", name, f"Contact {k}", R.choice(TITLES), R.choice(STATUSES),
                        "" if R.random() < 0.02 else industry, region, country,
                        "; ".join(R.sample(roster_products, R.randint(1, 4))), employees,
                        "; ".join(R.sample(ACTIVITIES, R.randint(2, 4))),
                        (as_of - dt.timedelta(days=R.randint(1, 400))).isoformat(),
                        (as_of - dt.timedelta(days=R.randint(1, 300))).isoformat(), R.randint(0, 3),
                        R.randint(40, 100), f"CSM {R.randint(1, 80)}"])
    open(os.path.join(out, "refgap.yml"), "w").write("as_of: 2026-11-24\n")
