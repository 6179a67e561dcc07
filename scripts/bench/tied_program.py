# Random programs with hostile spellings (case and Unicode variants, quotes, formula characters, ties),
# made by a helper session's differential test of refgap's builds (2026-12-02). Kept for one of them:
#   python3 scripts/bench/tied_program.py OUT_DIR 1026   ->  OUT_DIR/fz1026
# 17,177 deals that all tie (amount 100000, probability 50, 500 employees, four close dates), five
# dimensions (an extra "tier"), three growth goals, a roster of 4 rows (2 rejected) and no calendar needs:
# 5,843 buckets, 3,030 targets. There the recruiting plan cannot skip candidates and slows with every
# recruit: `refgap run OUT_DIR/fz1026 --set plan_max_recruits=N` takes ~1 s at N=10, ~6 s at 100,
# ~58 s at 200 and over 300 s at the default 500 (release build, 2 cores). Any other seed makes another
# program. Standard library only.
import csv, os, shutil, random, sys, io
O=sys.argv[1] if len(sys.argv) > 1 else '/tmp/refgap-tied'
IND=['Healthcare','healthcare','HEALTHCARE','Health Care','ÉNERGIE','énergie','Énergie','STRASSE','Straße','İstanbul Tech','istanbul tech','Ωmega','ωMEGA','a,b','q"x','=SUM(A1)','+1','-neg','@at','new\nline','\ttab','日本','','Any','Retail','retail','Fintech','FINTECH','fin-tech','Ärzte','ärzte']
PROD=['Analytics','analytics','ANALYTICS','Cloud Platform','cloud platform','Data Integration','Security','Sécurité','SÉCURITÉ','','Edge, Compute','"Quoted"','-Minus','Ünïcode','ünïcode']
STATES=[('California','United States'),('Ohio','United States'),('','India'),('','Germany'),('','germany'),('','Brasil'),('New York','US'),('','Narnia'),('','NARNIA'),('','Ñandú'),('','ñandú'),('','')]
SEN=['C-level','VP','Director','Manager','Practitioner','','vp','DIRECTOR','c-level','Any']
TITLES=['CEO','VP of IT','Vice President, Data','Director of Data','Head of IT','IT Manager','Engineer','Chief Data Officer','','SVP Sales']
STATUS=['Active','active','ACTIVE','Available','Approved','Referenceable','Pending','Nominated','Candidate','Onboarding','On hold','Paused','Resting','Inactive','Retired','Do not use','Churned','Left company','Pending Approval','Active - Limited','Do Not Contact','On Hold - Renewal','Activé','ACTIVE!!','','Gold Star','active-ish','Approved by legal']
EXAMPLES=['EXAMPLE - delete this row','example-delete this row!!',' EXAMPLE - DELETE THIS ROW','Éxample - delete this row','EXAMPLE – delete this row','Example delete this row','example_delete_this_row','EXAMPLE - delete this row.','xEXAMPLE - delete this row','EXAMPLE - delete this rows','EXAMPLE-DELETE-THIS-ROW','"EXAMPLE - delete this row"','ＥＸＡＭＰＬＥ - delete this row','example - delete this row ','EXAMPLE  -  delete  this  row']
ACTS=['Reference call','reference call','Case study','Speaker','Webinar','Press quote','Video','Analyst interview','']
TEAMS=['Sales','PR','Events','Analyst Relations','a,b team','=cmd','@team','-x','+y','Ünïcode Team','"q"','new\nteam']
TIERS=['Gold','GOLD','gold','Göld','GÖLD','Silver','','Any']
def pick(r,l): return r.choice(l)
def gen(seed):
    r=random.Random(seed)
    name=f'fz{seed}'; d=f'{O}/{name}'
    if os.path.exists(d): shutil.rmtree(d)
    os.makedirs(d)
    extra = r.random()<0.35
    tied = r.random()<0.5
    nind=r.randint(2,len(IND)); inds=r.sample(IND,nind)
    nprod=r.randint(2,len(PROD)); prods=r.sample(PROD,nprod)
    ndeal=r.choice([5,50,300,1500,3000,15000]); big=ndeal==15000
    oh=['Opportunity ID','Account Name','Stage','Close Date','Amount','Probability (%)','Industry','Billing State/Province','Billing Country','Employees','Product Family']+(['Tier'] if extra else [])+['Description']
    rows=[oh]
    dates=['12/15/2026','01/10/2027','02/20/2027','03/20/2027'] if tied else None
    for i in range(ndeal):
        st,co=pick(r,STATES)
        idl=r.choice([0,15,18,22,23,24,36])
        did=('%d-'%i+'abcdefghijklmnopqrstuvwxyzABCDEFGHIJK')[:idl] if idl else ''
        if r.random()<0.1: did=pick(r,['é'*11,'a'+'é'*11,'日本'*4,'😀'*6,'q"'+str(i),'x\ny'+str(i)])
        if tied:
            amt='100000'; p='50'; cd=pick(r,dates); emp='500'
        else:
            amt=str(r.choice([1,999,50000,250000,249999.99,1e7,123456.789])); p=str(r.choice([0,10,33,50,99,100,'']))
            cd='%02d/%02d/2027'%(r.randint(1,3),r.randint(1,28)) if r.random()<0.8 else '12/%02d/2026'%r.randint(1,31)
            emp=str(r.choice([5,150,1500,15000,'']))
        row=[did,'Acct %d'%r.randint(0,60),pick(r,['Prospecting','Negotiation/Review','Closed Won','Qualification']),cd,amt,p,pick(r,inds),st,co,emp,pick(r,prods)]
        if extra: row.append(pick(r,TIERS))
        row.append(('desc %d '%i)*(40 if big else 1))
        rows.append(row)
        if r.random()<0.08: rows.insert(r.randrange(1,len(rows)),list(row))
        if r.random()<0.05: row2=list(row); row2[10]=pick(r,prods); rows.append(row2)
    w=lambda f,rs: csv.writer(open(f'{d}/{f}','w',newline='',encoding='utf-8'),lineterminator='\n').writerows(rs)
    w('opportunities.csv',rows)
    ch=['Team','Need','Activity','Due Date','References Needed','Industry','Region','Product','Company Size','Minimum Seniority']+(['Tier'] if extra else [])
    cal=[ch]
    for i in range(r.choice([0,3,20,60])):
        due = pick(r,['2026-12-24','2027-01-15']) if tied else '2027-%02d-%02d'%(r.randint(1,3),r.randint(1,28))
        row=[pick(r,TEAMS),pick(r,['Need A','Need, B','=Need','Néed "q"','need\nmulti','Need %d'%i]),pick(r,ACTS),due,str(pick(r,[1,1,2,3,5])),pick(r,inds),pick(r,['','Any','US-West','EMEA','APAC','us-west','Narnia']),pick(r,prods),pick(r,['','Any','SMB','Mid-Market','Enterprise','mid-market']),pick(r,SEN)]
        if extra: row.append(pick(r,TIERS))
        cal.append(row)
    w('calendar.csv',cal)
    rh=['Reference ID','Account Name','Contact Name','Title','Reference Status','Industry','Billing State/Province','Billing Country','Products','Employees','Activities','Last Verified','Last Used','Uses (Last 90 Days)','Max Uses per Quarter']+(['Tier'] if extra else [])
    ros=[rh]
    if r.random()<0.6:
        ex=[pick(r,EXAMPLES) for _ in range(r.randint(1,3))]
        for e in ex: ros.append(['REF-EX',e,'Jane Doe','VP of IT','Active','Healthcare','Ohio','United States','Analytics','500','Reference call','2026-11-01','','0','4']+(['Gold'] if extra else []))
    for i in range(r.choice([1,10,40,150])):
        st,co=pick(r,STATES)
        row=['REF-%d'%i,pick(r,['Acct %d'%r.randint(0,80)]+([pick(r,EXAMPLES)] if r.random()<0.05 else [])),'C %d'%i,pick(r,TITLES),pick(r,STATUS),pick(r,inds),st,co,'; '.join(r.sample(prods,r.randint(0,min(3,len(prods))))),str(pick(r,[5,150,1500,15000,''])),'; '.join(r.sample(ACTS[:-1],r.randint(0,3))),pick(r,['2026-11-01','2026-10-01','2025-01-01','']),'',str(r.randint(0,3)),str(pick(r,['',1,4,8]))]
        if extra: row.append(pick(r,TIERS))
        ros.append(row)
    w('roster.csv',ros)
    y=[]
    if extra:
        y.append('dimensions: [industry, region, product, size, tier]')
        y.append('columns:\n  opportunities: {tier: "Tier"}\n  roster: {tier: "Tier"}\n  calendar: {tier: "Tier"}')
    elif r.random()<0.2:
        y.append('dimensions: '+pick(r,['[industry, product]','[region]','[product, size, industry]']))
    if r.random()<0.5:
        gg=['growth_goals:']
        for k in range(r.randint(1,3)):
            crit={}
            for dim,vals in [('industry',inds),('product',prods),('size',['SMB','Mid-Market','Enterprise'])]:
                if r.random()<0.5:
                    v=pick(r,vals).replace('\n',' ').replace('"','').replace('\t','')
                    if v: crit[dim]=v
            if not crit: crit={'industry':'Healthcare'}
            gg.append('  - name: "Goal %d"\n    weight: %s\n    criteria: {%s}'%(k,pick(r,[2,2,3,0.5,1]),', '.join('%s: "%s"'%(a,b) for a,b in crit.items())))
        y.append('\n'.join(gg))
    if r.random()<0.4:
        y.append('synonyms:\n  industry: {"Ärzte": Healthcare, "fin-tech": Fintech, "énergie": "Energy"}\n  product: {"Sécurité": Security, analytics: "Analytics Cloud"}')
    if r.random()<0.5:
        y.append('statuses: {"Gold Star": active, "active-ish": pending, "Activé": active, "ACTIVE!!": hold, "Approved by legal": inactive}')
    if r.random()<0.6:
        y.append('plan_max_recruits: %d'%pick(r,[0,1,2,3,7,50,100000]))
    open(f'{d}/refgap.yml','w').write('\n'.join(y)+'\n')
    return name
for s in [int(a) for a in sys.argv[2:]] or [1026]: print(O + '/' + gen(s))
