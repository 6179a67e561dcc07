#!/usr/bin/env python3
"""DuckDB peer: the same demand aggregation as refgap's segment stage.
Usage: peer_duckdb.py IN.csv OUT.csv [plain|real]   (real: generate.py --shape real's export)"""
import sys, duckdb
from peer_common import AS_OF, MIDWEST, NORTHEAST, WEST
src, out = sys.argv[1], sys.argv[2]
real = len(sys.argv) > 3 and sys.argv[3] == "real"
q = lambda xs: ", ".join("'" + x + "'" for x in xs)
if real:
    # "$128,100.00" amounts (blank ones left out), "4,433" head counts, the Sales Region column as written.
    amount = """NULLIF(regexp_replace("Amount", '[$,]', '', 'g'), '')::DOUBLE"""
    employees = """replace("Employees", ',', '')::BIGINT"""
    flagged = "false"
    region = """"Sales Region\""""
    wanted = "amount IS NOT NULL AND amount > 0"
else:
    amount, employees, flagged = '"Amount"::DOUBLE', '"Employees"::BIGINT', """"Reference Needed" = 'true'"""
    region = f"""CASE WHEN "Billing State/Province" IN ({q(MIDWEST)}) THEN 'US-Midwest'
                     WHEN "Billing State/Province" IN ({q(NORTHEAST)}) THEN 'US-Northeast'
                     WHEN "Billing State/Province" IN ({q(WEST)}) THEN 'US-West'
                     WHEN "Billing State/Province" <> '' THEN 'US-South' END"""
    wanted = "true"
con = duckdb.connect()
n = con.execute(f"""
COPY (
  WITH o AS (
    SELECT "Stage" AS stage, strptime("Close Date", '%m/%d/%Y')::DATE AS close, {amount} AS amount,
           "Probability (%)"::DOUBLE / 100 AS p, "Industry" AS industry, {region} AS region,
           {employees} AS employees, "Product Family" AS product, {flagged} AS flagged
    FROM read_csv('{src}', header=true, quote='"', escape='"', delim=',', all_varchar=true, new_line='\\r\\n')
  ), w AS (
    SELECT *, date_diff('day', DATE '{AS_OF}', close) AS d,
           CASE WHEN employees >= 10000 THEN 'Strategic' WHEN employees >= 1000 THEN 'Enterprise'
                WHEN employees >= 100 THEN 'Mid-Market' ELSE 'SMB' END AS size,
           CASE WHEN amount >= 250000 THEN 2 ELSE 1 END AS refs
    FROM o WHERE NOT starts_with(stage, 'Closed') AND {wanted}
  )
  SELECT CASE WHEN d <= 60 THEN '0-60' WHEN d <= 90 THEN '61-90' ELSE '91-120' END AS window, industry, region, product, size,
         sum(CASE WHEN flagged THEN refs ELSE 0.7 * refs * p END) AS demand, count(*) AS deals,
         sum(amount) AS pipeline, sum(amount * p) AS weighted
  FROM w WHERE d BETWEEN 0 AND 120 GROUP BY ALL ORDER BY ALL
) TO '{out}' (HEADER)""").fetchall()
print(sum(1 for _ in open(out)) - 1, "groups")
