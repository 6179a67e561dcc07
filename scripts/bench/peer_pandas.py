#!/usr/bin/env python3
"""pandas peer: the same demand aggregation. Usage: peer_pandas.py IN.csv OUT.csv [plain|real]"""
import sys
import numpy as np, pandas as pd
from peer_common import AS_OF, MIDWEST, NORTHEAST, WEST
src, out = sys.argv[1], sys.argv[2]
real = len(sys.argv) > 3 and sys.argv[3] == "real"
region_column = "Sales Region" if real else "Billing State/Province"
columns = ["Stage", "Close Date", "Amount", "Probability (%)", "Industry", region_column, "Employees", "Product Family"]
df = pd.read_csv(src, dtype=str, keep_default_na=False, usecols=columns + ([] if real else ["Reference Needed"]))
df = df[~df["Stage"].str.startswith("Closed")]
if real:
    # "$128,100.00" amounts (blank ones left out) and "4,433" head counts.
    df = df.assign(Amount=df["Amount"].str.replace(r"[$,]", "", regex=True), Employees=df["Employees"].str.replace(",", ""))
    df = df[df["Amount"] != ""]
close = pd.to_datetime(df["Close Date"], format="%m/%d/%Y")
d = (close - pd.Timestamp(AS_OF)).dt.days
df = df[(d >= 0) & (d <= 120)].assign(d=d)
amount = df["Amount"].astype(float)
df, amount = df[amount > 0], amount[amount > 0]
p = df["Probability (%)"].astype(float) / 100
emp = df["Employees"].astype(int)
if real:
    region = df[region_column]
else:
    state = df[region_column]
    region = np.select([state.isin(MIDWEST), state.isin(NORTHEAST), state.isin(WEST), state != ""], ["US-Midwest", "US-Northeast", "US-West", "US-South"], None)
size = np.select([emp >= 10000, emp >= 1000, emp >= 100], ["Strategic", "Enterprise", "Mid-Market"], "SMB")
refs = np.where(amount >= 250000, 2, 1)
flagged = False if real else df["Reference Needed"] == "true"
demand = np.where(flagged, refs, 0.7 * refs * p)
window = np.select([df["d"] <= 60, df["d"] <= 90], ["0-60", "61-90"], "91-120")
g = pd.DataFrame({"window": window, "industry": df["Industry"], "region": region, "product": df["Product Family"], "size": size,
                  "demand": demand, "deals": 1, "pipeline": amount, "weighted": amount * p})
res = g.groupby(["window", "industry", "region", "product", "size"], dropna=False).sum().reset_index()
res.to_csv(out, index=False)
print(len(res), "groups")
