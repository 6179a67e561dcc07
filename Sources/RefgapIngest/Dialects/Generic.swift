extension Dialect {
    /// Headers and stage labels no one CRM owns: common spellings of hand-made and other tools' exports,
    /// the calendar and roster (no vendor format), and stage labels seen in several CRMs.
    package static let generic = Dialect(
        opportunities: [
            "id": ["Deal ID", "Opportunity Number"],
            "name": ["Title"],
            "owner": ["Owner", "Owner Name", "Sales Rep"],
            // `Accounts`: monday.com's sales CRM deals board links each deal to its account there.
            "account": ["Company", "Company Name", "Customer", "Organization", "Organization Name", "Accounts"],
            "stage": ["Stage Name", "Opportunity Stage"],
            "close_date": ["Expected Close Date", "Estimated Close Date"],
            // Maven Analytics' CRM sales opportunities data set (sales_pipeline.csv): close_value. Not
            // `Expected Revenue`: Salesforce and Zoho write the amount times the probability there.
            "amount": [
                "Opportunity Amount", "Deal Amount", "Estimated Revenue", "Deal Value", "Total Amount",
                "Amount (Deal)", "close_value",
            ],
            "amount_currency": ["Amount Currency", "Currency Code"],
            // Freshsales' `Base currency amount` (the deal value converted to the account's base currency).
            "amount_converted": ["Converted Amount", "Amount in home currency", "Base currency amount"],
            // monday.com's sales CRM template's `Close Probability`, Insightly's `Probability Of Winning`,
            // Close's `confidence` (0–100): a trial's deals fell back to 50% with these unread.
            "probability": [
                "Probability %", "Deal Probability", "Win Probability", "Close Probability", "Probability Of Winning",
                "Confidence",
            ],
            "is_closed": ["Is Closed"],
            "is_won": ["Is Won"],
            // When the same deal comes twice with different values, the later modification wins.
            "last_modified": ["Last Modified", "Last Modified Date/Time"],
            "status": ["Opportunity Status", "Deal Status"],
            "industry": ["Account Industry", "Vertical", "Sector"],
            "region": [
                "Region", "Sales Region", "Territory", "Geo", "Geography", "Theater", "Theatre", "Sales Territory",
            ],
            "country": ["Country", "Country/Region"],
            "state": ["State/Province", "State/Region", "Province"],
            "product": [
                "Product", "Product Name", "Products", "Product Line", "Primary Product", "Solution",
                "Product Interest",
            ],
            "size": [
                "Company Size", "Segment", "Size", "Account Segment", "Size Band", "Customer Segment", "Employee Range",
            ],
            "employees": ["Number of Employees", "No. of Employees", "Employee Count"],
            "reference_needed": [
                "Reference Needed", "Reference Required", "Needs Reference", "Reference Request",
                "Customer Reference Needed", "Reference Needed?",
            ],
            "activity": ["Reference Type", "Reference Activity", "Reference Needed Type"],
        ],
        // The probability in the other languages Odoo and other CRMs export in (`Probabilité` and
        // `Probabilidad` were known through Salesforce's and Sugar's labels; a trial's Dutch, Italian and
        // Portuguese Odoo exports fell back to 50%).
        opportunitiesInOtherLanguages: [
            "probability": [
                "Kans", "Probabilità", "Probabilidade", "Probabilité", "Probabilidad", "Wahrscheinlichkeit",
            ],
            // The customer as Odoo's translations label it (`partner_id`: Client, Cliente, Kunde, Klant).
            "account": ["Client", "Cliente", "Kunde", "Klant"],
        ],
        accounts: [
            "account": ["Company", "Account", "Customer", "Customer Name", "Name"],
            "industry": ["Industry", "Vertical", "Sector"],
            "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
            "country": ["Billing Country", "Country", "HQ Country", "Country/Region"],
            "state": ["Billing State/Province", "State/Province", "State", "HQ State", "Province", "State/Region"],
            "product": ["Products", "Product", "Products Owned", "Product Family", "Licensed Products", "Solutions"],
            "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment", "Tier"],
            "employees": ["Employees", "Number of Employees", "Employee Count", "No. of Employees"],
            // Gainsight's Company object labels the overall health score `Current Score`.
            "health": ["Health Score", "Customer Health", "Health Status", "Current Score", "Overall Score", "Health"],
            // Not `Revenue` nor `Annual Revenue`: in an accounts export (Salesforce's Account, the Maven
            // CRM sample's accounts.csv) that is the company's own turnover, not what it pays you; such a
            // column is named as unread instead (`UnreadFieldHints`).
            "arr": ["Annual Recurring Revenue", "Total Contract Value", "ACV", "MRR x 12"],
            "nps": ["NPS", "Net Promoter Score", "NPS Score", "Last NPS"],
            "csm": ["Customer Success Manager", "CSM Name", "Account Owner", "Owner"],
            "open_escalations": ["Open Escalations", "Escalations", "Escalated", "Open Risks", "Open Escalation"],
            // Whether it is a customer now (Gainsight's `Status` and `Managed As`, HubSpot's `Lifecycle
            // Stage`, ChurnZero's `Is Active`, Salesforce's Account `Type`): a trial's churned accounts
            // were its first candidates.
            "customer_status": [
                "Status", "Account Status", "Customer Status", "Managed As", "Lifecycle Stage", "Is Active", "Active",
                "Type", "Account Type", "Customer Type", "Stage",
            ],
            "renewal_date": [
                "Contract Renewal Date", "Next Renewal Date", "Contract End Date", "Renewal",
                "Subscription Renewal Date",
                "Subscription End Date", "Renews On", "Renewal Due Date", "Term End Date", "Contract Expiry",
                "Contract Expiry Date", "Contract Expiration Date", "Contract Renewal", "Contract End",
                "Expiration Date", "Expiry Date",
            ],
        ],
        calendar: [
            "team": [
                "Team", "Requesting Team", "Stakeholder", "Department", "Requested By Team", "Function", "Owner Team",
            ],
            "need": [
                "Need", "Need Name", "Name", "Request", "Request Name", "Event", "Program", "Campaign", "Initiative",
                "Description", "Title", "Event / Need",
                // A task tool's: Smartsheet's and Planner's `Task Name`, Trello's `Card Name`, Jira's `Summary`.
                "Task Name", "Card Name", "Summary",
            ],
            "activity": [
                "Activity", "Reference Type", "Type", "Reference Activity", "Ask", "Format", "Type of Reference",
                "Activity Type", "Request Type", "Reference Activity Type",
            ],
            "due_date": ["Due Date", "Due", "Date", "Needed By", "Deadline", "Due On", "Event Date", "Date Needed"],
            "count": [
                "References Needed", "Count", "Number Needed", "# Needed", "Quantity", "How Many", "References",
                "Number of References", "# of References", "No. of References", "# of Refs", "Number of Refs",
                "Refs Needed", "References Requested", "Qty", "Slots",
            ],
            "industry": ["Industry", "Vertical", "Sector"],
            "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
            "product": ["Product", "Products", "Product Family", "Solution", "Product Line", "Product Area"],
            "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment"],
            "min_seniority": [
                "Minimum Seniority", "Min Seniority", "Min. Seniority", "Seniority", "Minimum Level",
                "Seniority Required", "Level", "Seniority Level", "Min Level", "Min Seniority Level",
                "Minimum Seniority Level", "Title Level", "Minimum Title", "Min Title", "Level Required",
                "Required Seniority",
            ],
            // Planner's `Progress`: Not started, In progress, Completed.
            // Trello's `List Name` (To do, In progress, Done): lists that are not statuses are read as
            // open and listed in the statuses' note.
            "status": ["Status", "Need Status", "Request Status", "Progress", "List Name"],
        ],
        roster: [
            "id": [
                "Reference ID", "Reference Id", "Ref ID", "Contact ID", "Record ID", "Id", "Reference Number",
                "Member Number", "Member ID",
            ],
            "account": [
                "Account Name", "Account", "Company", "Company Name", "Customer", "Organization", "Account.Name",
                "Reference Account", "Account: Account Name",
            ],
            "contact": [
                "Contact Name", "Contact", "Name", "Full Name", "Reference Name", "Advocate", "Advocate Name",
                "Reference Contact", "Member Name", "Contact Full Name",
            ],
            "title": ["Title", "Job Title", "Contact Title", "Role", "Position"],
            "seniority": ["Seniority", "Level", "Seniority Level", "Job Level", "Management Level"],
            // The reference program's own status before a bare `Status`: a contact export carries the CRM
            // record's `Status` (Active) beside it, and a trial's roster read that one, its Inactive and
            // Do not use contacts counted as supply.
            "status": [
                "Reference Status", "Reference Program Status", "Referenceability Status", "Referenceable",
                "Program Status", "Advocate Status",
                "Is Referenceable", "Status", "Availability", "Membership Status", "Member Status",
            ],
            "industry": ["Industry", "Account Industry", "Vertical", "Sector"],
            "region": ["Region", "Geo", "Geography", "Territory", "Theater", "Theatre"],
            "country": ["Billing Country", "Country", "Mailing Country", "Account Country", "Country/Region"],
            "state": [
                "Billing State/Province", "State/Province", "State", "Mailing State/Province", "Province",
                "State/Region",
            ],
            "product": [
                "Products", "Product", "Products Used", "Product Family", "Products Owned", "Solutions",
                "Reference Products", "Product Line", "Products Referenceable",
            ],
            "size": ["Company Size", "Size", "Segment", "Size Band", "Customer Segment"],
            "employees": ["Employees", "Number of Employees", "Employee Count", "No. of Employees"],
            "activities": [
                "Activities", "Reference Activities", "Willing To", "Willing to Do", "Reference Types",
                "Activity Types", "Available For", "Approved Activities", "Challenge Types", "Reference Activity Types",
                "Advocacy Activities",
            ],
            "last_verified": [
                "Last Verified", "Last Verified Date", "Last Validated", "Verified On", "Last Confirmed",
                "Date Verified", "Last Reviewed", "Referenceability Last Updated",
            ],
            "last_used": [
                "Last Used", "Last Used Date", "Last Reference Date", "Last Activity Date", "Last Request Date",
            ],
            "uses_last_90_days": [
                "Uses (Last 90 Days)", "Uses Last 90 Days", "Uses in Last 90 Days", "Requests (Last 90 Days)",
                "Recent Uses", "Uses This Quarter", "Times Used (Last 90 Days)", "Times Used Last 90 Days",
                "Referrals (90 days)", "Referrals (Last 90 Days)", "Asks (Last 90 Days)", "Uses (90 days)",
                "Requests (90 days)", "Reference Requests (Last 90 Days)", "Reference Use Count (Last 90 Days)",
                "Reference Calls (Last 90 Days)", "Calls (Last 90 Days)", "References (Last 90 Days)",
                "References Given (Last 90 Days)",
            ],
            "max_uses_per_quarter": [
                "Max Uses per Quarter", "Max Uses/Quarter", "Max Uses Per Quarter", "Quarterly Limit",
                "Max Requests per Quarter", "Usage Limit", "Max Asks Per Quarter", "Max Referrals per Quarter",
                "Max per Quarter", "Quarterly Cap", "Uses per Quarter", "Requests per Quarter", "Asks per Quarter",
                "Calls per Quarter", "References per Quarter", "Max References per Quarter", "Max Calls per Quarter",
            ],
            "rest_until": [
                "Rest Until", "Resting Until", "Do Not Contact Until", "On Hold Until", "Unavailable Until",
                "Rest Period End", "Available From", "Available After", "Next Available", "Next Available Date",
                "Availability Date",
            ],
            // A flag that takes a contact out of the program whatever its status says (Salesforce's
            // Contact `DoNotCall`, a sheet's `DNC` column): a trial's DNC contacts counted as supply.
            "do_not_contact": [
                "Do Not Contact", "Do Not Call", "DoNotCall", "DNC", "Do Not Use", "Do Not Reference",
                "Do Not Contact Flag", "Exclude From References", "Reference Opt Out", "Opted Out of References",
            ],
            "health": ["Health Score", "Health", "Account Health", "Customer Health", "Overall Score"],
            "csm": ["CSM", "Customer Success Manager", "Account Manager", "Owner", "Reference Owner", "Account Owner"],
            "renewal_date": [
                "Renewal Date", "Contract Renewal Date", "Next Renewal", "Renewal", "Next Renewal Date",
                "Contract End Date", "Subscription Renewal Date", "Subscription End Date", "Account Renewal Date",
                "Contract End", "Contract Expiration", "Contract Expiration Date", "Contract Expiry Date",
                "Renews On", "Renewal Due Date", "Term End Date", "Contract Expiry", "Contract Renewal",
            ],
            "email": ["Email", "Email Address", "Contact Email", "E-mail"],
            "first_name": ["First Name", "Given Name", "Contact First Name", "First name(s)"],
            "last_name": ["Last Name", "Surname", "Family Name", "Contact Last Name"],
        ],
        stages: [
            ("Geschlossen und gewonnen", .won, 1.0, "common usage (de)"),
            ("Fechado ganho", .won, 1.0, "common usage (pt)"),
            ("Fechado perdido", .lost, 0.0, "common usage (pt)"),
            ("Fechada ganha", .won, 1.0, "common usage (pt)"),
            ("Fechada perdida", .lost, 0.0, "common usage (pt)"),
            ("Chiusa vinta", .won, 1.0, "common usage (it)"),
            ("Chiusa persa", .lost, 0.0, "common usage (it)"),
        ]
    )
}
