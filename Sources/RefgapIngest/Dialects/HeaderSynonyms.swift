/// Built-in header spellings per logical field, as the vendors' exports write them. Matching folds
/// both sides (lowercase, letters and digits only), so `Close Date`, `CloseDate` and `close_date` are
/// one spelling. The config's `columns:` maps anything else. A folded spelling belongs to one field
/// per input (a test checks it).
package enum HeaderSynonyms {
    package static let opportunities: [String: [String]] = [
        // Salesforce reports: Opportunity ID; Data Loader: Id; HubSpot: Record ID; Dynamics: (Do Not Modify) Opportunity;
        // Pipedrive: Deal - ID; Zoho: Record Id.
        "id": ["Opportunity ID", "Opportunity Id", "Opportunity: ID", "Id", "Record ID", "Deal ID", "Deal - ID",
               "(Do Not Modify) Opportunity", "Opportunity Number", "hs_object_id"],
        "name": ["Opportunity Name", "Opportunity: Name", "Name", "Deal Name", "Deal - Title", "Topic", "Title", "dealname"],
        "owner": ["Opportunity Owner", "Owner", "Owner.Name", "Owner Name", "Deal owner", "Deal Owner", "Deal - Owner",
                  "Account Owner", "hubspot_owner_id", "Sales Rep"],
        "account": ["Account Name", "Account", "Account.Name", "Account: Account Name", "Associated Company",
                    "Associated Company (Primary)", "Company", "Company Name", "Potential Customer", "Customer",
                    "Deal - Organization", "Organization", "Organization - Name", "Organization Name"],
        "stage": ["Stage", "StageName", "Stage Name", "Deal Stage", "Deal - Stage", "Sales Stage", "Pipeline Phase",
                  "Opportunity Stage", "dealstage"],
        "close_date": ["Close Date", "CloseDate", "Closing Date", "Expected Close Date", "Est. Close Date",
                       "Estimated Close Date", "Deal - Expected close date", "Expected close date", "closedate"],
        // Maven Analytics' CRM sales opportunities data set (sales_pipeline.csv): close_value. Not
        // `Expected Revenue`: Salesforce and Zoho write the amount times the probability there.
        "amount": ["Amount", "Opportunity Amount", "Deal Amount", "Est. Revenue", "Estimated Revenue", "Deal - Value",
                   "Value", "Deal Value", "Total Amount", "Amount (Deal)", "close_value"],
        "amount_currency": ["Amount Currency", "Currency", "CurrencyIsoCode", "Opportunity Currency", "Deal - Currency",
                            "Deal currency code", "Currency Code", "deal_currency_code"],
        "amount_converted": ["Amount (Converted)", "Amount (converted)", "Converted Amount", "Amount in company currency",
                             "Amount in home currency", "Est. Revenue (Base)", "Deal - Value in default currency",
                             "amount_in_home_currency"],
        "amount_converted_currency": ["Amount (Converted) Currency", "Amount (converted) Currency"],
        "probability": ["Probability (%)", "Probability", "Probability %", "Deal probability", "Deal Probability",
                        "Deal - Probability", "Win Probability", "hs_deal_stage_probability"],
        // HubSpot's property labels "Is Deal Closed?" and "Is Closed Won" (true on won deals only); Salesforce
        // reports' "Closed" and "Won" checkboxes, Data Loader's IsClosed and IsWon.
        "is_closed": ["IsClosed", "Is Closed", "Closed", "Is Deal Closed?", "hs_is_closed"],
        "is_won": ["IsWon", "Is Won", "Won", "Is Closed Won", "hs_is_closed_won"],
        // Salesforce's forecast category: Closed (won) and Omitted (lost) say a deal is closed.
        "forecast_category": ["Forecast Category", "ForecastCategory", "ForecastCategoryName", "Forecast Category Name"],
        // When the same deal comes twice with different values, the later modification wins.
        "last_modified": ["Last Modified Date", "LastModifiedDate", "Last Modified", "Modified On", "(Do Not Modify) Modified On",
                          "Modified Time", "Deal - Update time", "Update time", "Last Modified Date/Time", "hs_lastmodifieddate"],
        "status": ["Status", "Deal - Status", "Opportunity Status", "Deal Status"],
        "industry": ["Industry", "Account.Industry", "Account Industry", "Account: Industry", "Company Industry",
                     "Organization - Industry", "Vertical", "Sector"],
        "region": ["Region", "Sales Region", "Territory", "Geo", "Geography", "Theater", "Theatre", "Sales Territory"],
        "country": ["Billing Country", "Account.BillingCountry", "Country", "Country/Region", "Company Country",
                    "Account: Billing Country", "Organization - Country", "Country/Region (Company)"],
        "state": ["Billing State/Province", "Billing State", "Account.BillingState", "State/Province", "State/Region",
                  "Province", "Account: Billing State/Province", "Organization - State", "State/Region (Company)"],
        "product": ["Product Family", "Product", "Product Name", "Products", "Product Line", "Primary Product", "Solution",
                    "Product Interest"],
        "size": ["Company Size", "Segment", "Size", "Account Segment", "Size Band", "Customer Segment", "Employee Range"],
        "employees": ["Employees", "Account.NumberOfEmployees", "NumberOfEmployees", "Number of Employees",
                      "No. of Employees", "Number of employees (Company)", "Organization - Number of employees",
                      "Employee Count"],
        "reference_needed": ["Reference Needed", "Reference Required", "Needs Reference", "Reference Request",
                             "Customer Reference Needed", "Reference_Needed__c", "Reference Needed?"],
        "activity": ["Reference Type", "Reference Activity", "Reference_Type__c", "Reference Needed Type"],
    ]

    package static let calendar: [String: [String]] = [
        "team": ["Team", "Requesting Team", "Stakeholder", "Department", "Requested By Team", "Function", "Owner Team"],
        "need": ["Need", "Need Name", "Name", "Request", "Request Name", "Event", "Program", "Campaign", "Initiative",
                 "Description", "Title"],
        "activity": ["Activity", "Reference Type", "Type", "Reference Activity", "Ask", "Format"],
        "due_date": ["Due Date", "Due", "Date", "Needed By", "Deadline", "Due On", "Event Date", "Date Needed"],
        "count": ["References Needed", "Count", "Number Needed", "# Needed", "Quantity", "How Many", "References",
                  "Number of References"],
        "industry": ["Industry", "Vertical", "Sector"],
        "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
        "product": ["Product", "Products", "Product Family", "Solution"],
        "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment"],
        "min_seniority": ["Minimum Seniority", "Min Seniority", "Min. Seniority", "Seniority", "Minimum Level",
                          "Seniority Required", "Level"],
    ]

    package static let roster: [String: [String]] = [
        "id": ["Reference ID", "Reference Id", "Ref ID", "Contact ID", "Record ID", "Id", "Reference Number"],
        "account": ["Account Name", "Account", "Company", "Company Name", "Customer", "Organization", "Account.Name"],
        "contact": ["Contact Name", "Contact", "Name", "Full Name", "Reference Name", "Advocate", "Advocate Name"],
        "title": ["Title", "Job Title", "Contact Title", "Role", "Position"],
        "seniority": ["Seniority", "Level", "Seniority Level", "Job Level", "Management Level"],
        "status": ["Reference Status", "Status", "Referenceable", "Reference Program Status", "Program Status",
                   "Advocate Status", "Availability"],
        "industry": ["Industry", "Account Industry", "Vertical", "Sector"],
        "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
        "country": ["Billing Country", "Country", "Mailing Country", "Account Country", "Country/Region"],
        "state": ["Billing State/Province", "State/Province", "State", "Mailing State/Province", "Province", "State/Region"],
        "product": ["Products", "Product", "Products Used", "Product Family", "Products Owned", "Solutions"],
        "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment"],
        "employees": ["Employees", "Number of Employees", "Employee Count", "No. of Employees"],
        "activities": ["Activities", "Reference Activities", "Willing To", "Willing to Do", "Reference Types",
                       "Activity Types", "Available For", "Approved Activities"],
        "last_verified": ["Last Verified", "Last Verified Date", "Last Validated", "Verified On", "Last Confirmed",
                          "Date Verified", "Last Reviewed"],
        "last_used": ["Last Used", "Last Used Date", "Last Reference Date", "Last Activity Date", "Last Request Date"],
        "uses_last_90_days": ["Uses (Last 90 Days)", "Uses Last 90 Days", "Uses in Last 90 Days", "Requests (Last 90 Days)",
                              "Recent Uses", "Uses This Quarter"],
        "max_uses_per_quarter": ["Max Uses per Quarter", "Max Uses/Quarter", "Max Uses Per Quarter", "Quarterly Limit",
                                 "Max Requests per Quarter", "Usage Limit"],
        "rest_until": ["Rest Until", "Resting Until", "Do Not Contact Until", "On Hold Until", "Unavailable Until",
                       "Rest Period End"],
        "health": ["Health Score", "Health", "Account Health", "Customer Health", "Overall Score"],
        "csm": ["CSM", "Customer Success Manager", "Account Manager", "Owner", "Reference Owner", "Account Owner"],
        "renewal_date": ["Renewal Date", "Contract Renewal Date", "Next Renewal", "Renewal"],
        "email": ["Email", "Email Address", "Contact Email", "E-mail"],
    ]

    package static let accounts: [String: [String]] = [
        // Gainsight: Company Name / Overall Score / ARR / CSM / Renewal Date; Totango: Account Name / Health /
        // Contract Value / Success Manager; ChurnZero: Account Name / ChurnScore / Total Contract Amount.
        "account": ["Company Name", "Account Name", "Company", "Account", "Customer", "Customer Name", "Name"],
        "industry": ["Industry", "Vertical", "Sector"],
        "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
        "country": ["Billing Country", "Country", "HQ Country", "Country/Region"],
        "state": ["Billing State/Province", "State/Province", "State", "HQ State", "Province", "State/Region"],
        "product": ["Products", "Product", "Products Owned", "Product Family", "Licensed Products", "Solutions"],
        "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment", "Tier"],
        "employees": ["Employees", "Number of Employees", "Employee Count", "No. of Employees"],
        "health": ["Overall Score", "Health Score", "Health", "Customer Health", "ChurnScore", "Churn Score",
                   "Totango Health", "Health Status", "Scorecard"],
        "arr": ["ARR", "Annual Recurring Revenue", "Contract Value", "Total Contract Amount", "Total Contract Value",
                "ACV", "MRR x 12", "Revenue"],
        "nps": ["NPS", "Net Promoter Score", "NPS Score", "Last NPS"],
        "csm": ["CSM", "Customer Success Manager", "Success Manager", "CSM Name", "Account Owner", "Owner"],
        "open_escalations": ["Open Escalations", "Escalations", "Open CTAs", "Escalated", "Open Risks", "Open Escalation"],
        "renewal_date": ["Renewal Date", "Contract Renewal Date", "Next Renewal Date", "Contract End Date", "Renewal"],
    ]

    /// Dialects recognised by signature headers (all present, folded); used to name the dialect in reports.
    package static let opportunityDialects: [(name: String, signature: [String])] = [
        ("Dynamics 365 opportunity export", ["(Do Not Modify) Opportunity", "Topic"]),
        ("Pipedrive deals export", ["Deal - Title"]),
        ("HubSpot deals export", ["Deal Name", "Deal Stage"]),
        ("Zoho CRM deals export", ["Deal Name", "Closing Date"]),
        ("Salesforce Data Loader export", ["StageName", "CloseDate"]),
        ("Salesforce report export", ["Opportunity Name", "Stage", "Close Date"]),
    ]
}
