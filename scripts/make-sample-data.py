#!/usr/bin/env python3
"""Writes SampleData/: a fictional but realistic customer reference program, as of 2026-11-24.

Deterministic (seeded): run `python3 scripts/make-sample-data.py` from the repository root, then
`make sample` to regenerate reports/. The stories it plants are listed in SampleData/README.md.
"""
import csv, datetime as dt, io, os, random

R = random.Random(20261124)
AS_OF = dt.date(2026, 11, 24)
OUT = "SampleData"

MIDWEST = ["Illinois", "Ohio", "Michigan", "Wisconsin", "Minnesota", "Indiana", "Iowa", "Missouri", "Kansas", "Nebraska"]
NORTHEAST = ["New York", "NY", "Massachusetts", "MA", "Pennsylvania", "New Jersey", "Connecticut"]
SOUTH = ["Texas", "TX", "Florida", "Georgia", "North Carolina", "Virginia", "Tennessee"]
WEST = ["California", "CA", "Washington", "Oregon", "Colorado", "Arizona", "Utah"]
ABROAD = [("Canada", "Ontario"), ("Germany", ""), ("United Kingdom", ""), ("France", ""), ("Japan", ""),
          ("Australia", ""), ("Brazil", ""), ("Mexico", ""), ("India", ""), ("Singapore", "")]
INDUSTRY_SPELLINGS = {
    "Healthcare": ["Healthcare", "Health Care", "Hospital & Health Care"],
    "Financial Services": ["Financial Services", "Banking"],
    "Manufacturing": ["Manufacturing"], "Retail": ["Retail"], "Technology": ["Technology", "Computer Software"],
    "Education": ["Education", "Higher Education"], "Government": ["Government"], "Energy": ["Energy", "Oil & Energy"],
    "Insurance": ["Insurance"],
}
PRODUCTS = ["Cloud Platform", "Analytics", "Data Integration", "Security"]
STAGES = [("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 50),
          ("Id. Decision Makers", 60), ("Perception Analysis", 70), ("Proposal/Price Quote", 75), ("Negotiation/Review", 90)]
FIRST = ["Dana", "Priya", "Marcus", "Elena", "Tomás", "Grace", "Kenji", "Aisha", "Liam", "Sofia", "Noah", "Mei", "Omar",
         "Hannah", "Diego", "Chloe", "Ravi", "Nora", "Jonas", "Fatima", "Owen", "Leila", "Samuel", "Ingrid", "Mateo", "Zoë"]
LAST = ["Whitfield", "Raman", "Okafor", "Novak", "García", "Lindqvist", "Tanaka", "Haddad", "O'Brien", "Rossi", "Kim",
        "Chen", "Schmidt", "Dubois", "Moreau", "Patel", "Nguyen", "Andersen", "Silva", "Kowalski", "Murphy", "Ibrahim"]
TITLES = [("Chief Information Officer", 1), ("Chief Digital Officer", 1), ("CTO", 1), ("VP of IT", 3),
          ("Vice President, Data & Analytics", 3), ("SVP Operations", 1), ("Director of Data", 5),
          ("Head of Analytics", 3), ("Director, Clinical Informatics", 2), ("IT Manager", 5), ("Analytics Manager", 4),
          ("Senior Data Engineer", 6), ("Cloud Architect", 4), ("Business Analyst", 3)]
ACTIVITIES = ["Reference call", "Case study", "Press quote", "Speaker", "Analyst interview", "Video", "Peer review",
              "Webinar", "Advisory board", "Site visit"]
CSMS = ["Alex Moreno", "Jamie Park", "Robin Ellis", "Sam Okoye", "Taylor Brandt"]

WORDS_A = ["Northwind", "Lakeshore", "Summit", "Riverbend", "Cedar", "Harbor", "Prairie", "Granite", "Bluewater", "Pinecrest",
           "Silverline", "Oakridge", "Maple", "Ironwood", "Beacon", "Crescent", "Evergreen", "Fairview", "Highland", "Keystone",
           "Meridian", "Redwood", "Sterling", "Westfield", "Brightpath", "Clearwater", "Driftwood", "Foxglove", "Goldleaf", "Hollow"]
WORDS_B = {
    "Healthcare": ["Health", "Regional Medical", "Health System", "Clinics", "Hospital Group", "Care Partners"],
    "Financial Services": ["Bank", "Financial", "Credit Union", "Capital", "Trust"],
    "Manufacturing": ["Manufacturing", "Industries", "Components", "Fabrication"],
    "Retail": ["Outfitters", "Markets", "Stores", "Goods"],
    "Technology": ["Software", "Systems", "Labs", "Networks"],
    "Education": ["University", "College", "School District"],
    "Government": ["County", "City Services", "State Agency"],
    "Energy": ["Energy", "Power & Light", "Utilities"],
    "Insurance": ["Insurance", "Mutual", "Assurance"],
}


def fmt_us(d): return d.strftime("%m/%d/%Y")


def place(industry, force_midwest=False):
    if force_midwest:
        return R.choice(MIDWEST), "United States"
    r = R.random()
    if r < 0.22: return R.choice(MIDWEST), R.choice(["United States", "USA", "US"])
    if r < 0.40: return R.choice(NORTHEAST), "United States"
    if r < 0.58: return R.choice(SOUTH), "United States"
    if r < 0.80: return R.choice(WEST), "United States"
    c, s = R.choice(ABROAD)
    return s, c


def employees(size):
    lo, hi = {"SMB": (20, 99), "Mid-Market": (100, 999), "Enterprise": (1000, 9999), "Strategic": (10000, 60000)}[size]
    return R.randint(lo, hi)


# ---- accounts ---------------------------------------------------------------------------------
accounts = []
names = set()
def new_account(industry, size=None, midwest=False, product=None):
    while True:
        name = f"{R.choice(WORDS_A)} {R.choice(WORDS_B[industry])}"
        if name not in names:
            names.add(name); break
    size = size or R.choices(["SMB", "Mid-Market", "Enterprise", "Strategic"], [2, 4, 3, 1])[0]
    state, country = place(industry, midwest)
    prods = [product] if product else R.sample(PRODUCTS, R.randint(1, 2))
    a = dict(name=name, industry=industry, state=state, country=country, employees=employees(size), size=size,
             products=prods, health=R.choice([R.randint(35, 98), R.randint(60, 98)]), arr=R.randint(20, 900) * 1000,
             nps=R.randint(-20, 80), csm=R.choice(CSMS), escalations=1 if R.random() < 0.1 else 0,
             renewal=AS_OF + dt.timedelta(days=R.randint(20, 400)))
    accounts.append(a)
    return a

for ind in INDUSTRY_SPELLINGS:
    for _ in range(38 if ind in ("Healthcare", "Technology", "Financial Services") else 28):
        new_account(ind)
# The growth-goal segment: mid-market healthcare in the Midwest on Cloud Platform.
goal_accounts = [new_account("Healthcare", "Mid-Market", True, "Cloud Platform") for _ in range(24)]
for a in goal_accounts[:8]:   # healthy customers not on the roster yet: recruiting candidates
    a["health"], a["escalations"] = R.randint(78, 97), 0

# ---- roster -----------------------------------------------------------------------------------
roster = []
def person(): return f"{R.choice(FIRST)} {R.choice(LAST)}"
def title(): return R.choices([t for t, _ in TITLES], [w for _, w in TITLES])[0]
def contact(a, **kw):
    acts = kw.pop("activities", None) or (["Reference call"] + R.sample(ACTIVITIES[1:], R.randint(0, 3)))
    c = dict(account=a, name=person(), title=title(), status="Active", activities=acts,
             verified=AS_OF - dt.timedelta(days=R.randint(5, 170)), last_used=AS_OF - dt.timedelta(days=R.randint(3, 160)),
             uses=R.randint(0, 2), max_uses="", rest="", products=a["products"])
    c.update(kw)
    roster.append(c)
    return c

on_roster = [a for a in accounts if a not in goal_accounts[:8]]
R.shuffle(on_roster)
# Plenty of supply in Technology / US-West / Analytics (a surplus), thin healthcare Midwest cloud supply.
surplus_accounts = [x for x in accounts if x["industry"] == "Technology"][:30]
for a in surplus_accounts:
    a["state"], a["country"], a["products"], a["size"] = R.choice(WEST), "United States", ["Analytics"], "Mid-Market"
    a["employees"] = employees("Mid-Market")
    contact(a)
for a in on_roster[:230] + on_roster[:70]:   # most customers have one reference contact, some two
    if a["industry"] == "Technology" and a["products"] == ["Analytics"]: continue
    if a in goal_accounts: continue
    contact(a)
for a in goal_accounts[8:10]:
    contact(a, title="Director of Data", activities=["Reference call", "Case study"])
# Stories: stale, pending, resting, over-used, renewal caution, inactive.
for c in R.sample(roster, 40): c["verified"] = AS_OF - dt.timedelta(days=R.randint(200, 500))
for c in R.sample(roster, 6): c["verified"] = ""
for a in goal_accounts[10:14]: contact(a, status="Pending", verified="", title="VP of IT")
for c in R.sample(roster, 22): c["status"] = R.choice(["Pending", "Nominated", "Candidate"])
for c in R.sample(roster, 8): c["status"] = R.choice(["On hold", "Resting"])
for c in R.sample(roster, 10): c["status"] = R.choice(["Inactive", "Retired", "Do not use", "Churned", "Left company"])
for c in R.sample(roster, 6): c["rest"] = AS_OF + dt.timedelta(days=R.randint(30, 70))
for c in R.sample(roster, 7): c["uses"], c["max_uses"] = 5, 4
statuses_ok = [c for c in roster if c["status"] == "Active"]
for c in R.sample(statuses_ok, 5): c["account"]["renewal"] = AS_OF + dt.timedelta(days=R.randint(10, 55))
# Idle contacts: willing only to host site visits, in segments nobody is buying in, unused for a year.
for _ in range(5):
    a = new_account("Education", "SMB")
    a["state"], a["country"] = "", R.choice(["Brazil", "Mexico", "Chile"])
    contact(a, activities=["Site visit"], last_used=AS_OF - dt.timedelta(days=R.randint(200, 400)), uses=0)
star_account = goal_accounts[14]
star_account["health"] = 96
contact(star_account, name="Dana Whitfield", title="Chief Digital Officer", activities=ACTIVITIES[:],
        verified=AS_OF - dt.timedelta(days=21), last_used=AS_OF - dt.timedelta(days=6), uses=3, max_uses=6)
for i, c in enumerate(roster, 1): c["id"] = f"REF-{i:04d}"

# ---- opportunities ----------------------------------------------------------------------------
HEADER = ["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "Close Date",
          "Amount Currency", "Amount", "Amount (Converted) Currency", "Amount (Converted)", "Probability (%)", "Industry",
          "Billing State/Province", "Billing Country", "Employees", "Product Family", "Reference Needed", "Reference Type"]
OWNERS = ["Jordan Lee", "Casey Nguyen", "Morgan Hale", "Riley Adams", "Avery Stone", "Quinn Foster", "Parker Reyes"]
rows = []
def opp_id(i): return "0068c00001" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(5)) + f"{i:03d}"[-3:]
def add_opp(a, kind, product=None):
    i = len(rows) + 1
    prod = product or R.choice(a["products"])
    if kind == "closed":
        stage, prob = R.choice([("Closed Won", 100), ("Closed Lost", 0)])
        close = AS_OF - dt.timedelta(days=R.randint(5, 300))
    else:
        stage, prob = R.choice(STAGES)
        close = {"open": AS_OF + dt.timedelta(days=R.randint(0, 120)), "beyond": AS_OF + dt.timedelta(days=R.randint(121, 300)),
                 "overdue": AS_OF - dt.timedelta(days=R.randint(1, 45))}[kind]
    amount = R.choice([R.randint(15, 240), R.randint(15, 240), R.randint(250, 1500)]) * 1000
    cur, conv = "USD", amount
    if R.random() < 0.1:
        cur = R.choice(["EUR", "GBP"]); rate = 1.08 if cur == "EUR" else 1.27
        amount = round(conv / rate, 2)
    ind = a["industry"]
    spelled = R.choice(INDUSTRY_SPELLINGS[ind]) if R.random() > 0.05 else ""
    state, country = (a["state"], a["country"]) if R.random() > 0.03 else ("", "")
    emp = a["employees"]
    emp_text = f"{emp:,}" if R.random() < 0.3 else str(emp)
    flagged = kind != "closed" and R.random() < 0.12
    rtype = R.choice(["", "", "", "", "Reference call", "Site visit", "Case study"]) if flagged else ""
    rows.append([opp_id(i), f"{a['name']} - {prod} {R.choice(['Expansion', 'New Business', 'Renewal Upsell', 'Pilot'])}",
                 a["name"], R.choice(OWNERS), stage, fmt_us(close), cur, f"{amount:.2f}", "USD", f"{conv:.2f}",
                 "" if R.random() < 0.05 else str(prob), spelled, state, country, emp_text, prod,
                 "true" if flagged else "false", rtype])

# The surplus accounts (Technology, US-West, Analytics) buy little new: few deals there.
pool = [a for a in accounts if a not in goal_accounts and a not in surplus_accounts]
for _ in range(1050): add_opp(R.choice(pool), "open")
for _ in range(4): add_opp(R.choice(surplus_accounts), "open")
for _ in range(50): add_opp(R.choice(goal_accounts), "open", "Cloud Platform")
for _ in range(190): add_opp(R.choice(pool), "beyond")
for _ in range(95): add_opp(R.choice(pool), "overdue")
for _ in range(600): add_opp(R.choice(accounts), "closed")
R.shuffle(rows)
# Six rows with bad values, as real exports have them.
for r, (col, bad) in zip(R.sample(rows, 6), [(5, "TBD"), (5, "31/31/2026"), (7, "n/a"), (9, "n/a"), (9, "12,5,00"), (5, "")]):
    r[col] = bad
    if col == 7: r[9] = ""

os.makedirs(OUT, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEADER); w.writerows(rows)
buf.write("\r\n")
for line in [f"Grand Totals ({len(rows)} records)", "Confidential Information - Do Not Distribute",
             "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."]:
    w.writerow([line])
open(f"{OUT}/opportunities.csv", "w", encoding="utf-8", newline="").write(buf.getvalue())

# ---- calendar ---------------------------------------------------------------------------------
def due(days): return (AS_OF + dt.timedelta(days=days)).isoformat()
calendar = [
    ("Analyst Relations", "Forrester Wave Q1 submission", "Analyst interview", due(30), 15, "Any", "Any", "", "", ""),
    ("Analyst Relations", "Gartner Magic Quadrant customer survey", "Analyst interview", due(95), 8, "", "", "Analytics", "", ""),
    ("Events", "Cloud Summit 2027 keynote", "Speaker", due(75), 1, "", "", "Cloud Platform", "", "C-level"),
    ("Events", "HIMSS 2027 customer panel", "Speaker", due(100), 3, "Healthcare", "", "", "", "VP"),
    ("Events", "Midwest Health IT roundtable", "Speaker", due(50), 2, "Healthcare", "US-Midwest", "", "", "Director"),
    ("Events", "Data Summit EMEA", "Speaker", due(110), 2, "", "EMEA", "", "", "VP"),
    ("PR", "Cloud Platform launch press release", "Press quote", due(40), 3, "", "", "Cloud Platform", "", "VP"),
    ("PR", "Healthcare data trends story", "Press quote", due(65), 2, "Healthcare", "", "", "", ""),
    ("Demand Gen", "Healthcare webinar series: December", "Webinar", due(20), 2, "Healthcare", "", "", "", ""),
    ("Demand Gen", "Healthcare webinar series: January", "Webinar", due(55), 2, "Healthcare", "", "", "", ""),
    ("Demand Gen", "Healthcare webinar series: February", "Webinar", due(85), 2, "Healthcare", "", "Cloud Platform", "", ""),
    ("Demand Gen", "Healthcare webinar series: March", "Webinar", due(115), 2, "Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market", ""),
    ("Demand Gen", "Mid-market cloud case study", "Case study", due(45), 2, "Healthcare", "US-Midwest", "Cloud Platform", "Mid-Market", ""),
    ("Demand Gen", "Financial services case study", "Case study", due(70), 1, "Financial Services", "", "", "", ""),
    ("Demand Gen", "Manufacturing ROI case study", "Case study", due(90), 1, "Manufacturing", "", "Data Integration", "", ""),
    ("Social", "Customer video series", "Video", due(60), 3, "", "", "", "", ""),
    ("Digital", "G2 review drive", "Peer review", due(35), 10, "", "", "", "", ""),
    ("Digital", "TrustRadius reviews for Security", "Peer review", due(80), 5, "", "", "Security", "", ""),
    ("Sales", "Strategic accounts site visits", "Site visit", due(45), 2, "", "", "", "Strategic", ""),
    ("Sales", "Public sector reference calls", "Reference call", due(25), 3, "Government", "", "", "", ""),
    ("Product Marketing", "Customer advisory board Q1", "Advisory board", due(105), 6, "", "", "", "", "Director"),
    ("Investor Relations", "Investor day customer story", "Speaker", due(118), 1, "", "", "", "", "C-level"),
    ("PR", "APAC expansion announcement", "Press quote", due(150), 2, "", "APAC", "", "", ""),
    ("Events", "Partner conference 2027", "Speaker", due(170), 2, "", "", "", "", ""),
    ("Analyst Relations", "IDC MarketScape interview", "Analyst interview", due(-5), 2, "", "", "", "", ""),
]
with open(f"{OUT}/calendar.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Team", "Need", "Activity", "Due Date", "References Needed", "Industry", "Region", "Product", "Company Size", "Minimum Seniority"])
    w.writerows(calendar)

# ---- roster file ------------------------------------------------------------------------------
with open(f"{OUT}/roster.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Reference ID", "Account Name", "Contact Name", "Title", "Reference Status", "Industry", "Billing State/Province",
                "Billing Country", "Products", "Employees", "Activities", "Last Verified", "Last Used", "Uses (Last 90 Days)",
                "Max Uses per Quarter", "Rest Until", "Health Score", "CSM", "Renewal Date"])
    for c in roster:
        a = c["account"]
        sep = "; " if R.random() < 0.8 else " | "
        d = lambda x: x.isoformat() if isinstance(x, dt.date) else x
        w.writerow([c["id"], a["name"], c["name"], c["title"], c["status"], R.choice(INDUSTRY_SPELLINGS[a["industry"]]),
                    a["state"], a["country"], sep.join(c["products"]), a["employees"], sep.join(c["activities"]),
                    d(c["verified"]), d(c["last_used"]), c["uses"], c["max_uses"], d(c["rest"]), a["health"], a["csm"],
                    d(a["renewal"])])

# ---- accounts file ----------------------------------------------------------------------------
with open(f"{OUT}/accounts.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Company Name", "Industry", "Billing State/Province", "Billing Country", "Employees", "Products",
                "Overall Score", "ARR", "NPS", "CSM", "Open Escalations", "Renewal Date"])
    for a in accounts:
        h = a["health"]
        score = str(h) if R.random() > 0.08 else ("Green" if h >= 75 else "Yellow" if h >= 50 else "Red")
        w.writerow([a["name"], a["industry"], a["state"], a["country"], f"{a['employees']:,}", "; ".join(a["products"]),
                    score, a["arr"], a["nps"], a["csm"], a["escalations"], a["renewal"].isoformat()])

with open(f"{OUT}/refgap.yml", "w") as f:
    f.write("""# refgap configuration for the sample program. Every key is optional; see README.md.
as_of: 2026-11-24
growth_goals:
  - name: Mid-market healthcare in the Midwest on Cloud Platform
    weight: 2
    criteria:
      industry: Healthcare
      region: US-Midwest
      product: Cloud Platform
      size: Mid-Market
# Scenarios, run beside this config on the same inputs and shown side by side in the gap report.
scenarios:
  - name: Stricter usage cap
    set:
      max_uses_per_quarter: 3
  - name: Lower reference rate
    set:
      reference_rate: 0.5
  - name: Data Integration 3.0 launch
    set:
      calendar_extra: launch-calendar.csv
""")

# The launch the third scenario adds to the calendar (calendar_extra: the calendar's columns).
with open(f"{OUT}/launch-calendar.csv", "w", newline="") as f:
    f.write("""Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
Product Marketing,Data Integration 3.0 launch: press release quotes,Press quote,2027-01-19,3,,,Data Integration,,VP
Product Marketing,Data Integration 3.0 launch: customer video,Video,2027-02-02,2,,,Data Integration,Enterprise,
Events,Data Integration 3.0 launch webinar,Speaker,2027-01-28,2,,US-West,Data Integration,,Director
Analyst Relations,Data Integration 3.0 analyst briefings,Analyst interview,2027-02-15,4,,,Data Integration,,
Demand Gen,Data Integration 3.0 case studies,Case study,2027-03-10,3,Financial Services,,Data Integration,,
""")

open_rows = sum(1 for r in rows if not r[4].startswith("Closed"))
print(f"opportunities: {len(rows)} rows ({open_rows} open), calendar: {len(calendar)} needs, roster: {len(roster)} contacts, accounts: {len(accounts)}")
