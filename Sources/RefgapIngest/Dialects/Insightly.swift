extension Dialect {
    /// Insightly's opportunities, exported with the API's field names or the UI's labels (its
    /// `Opportunity` model: `OPPORTUNITY_STATE` OPEN/WON/LOST/ABANDONED/SUSPENDED, `BID_AMOUNT` per
    /// `BID_TYPE` (Fixed, Per Hour, Per Day, Per Month, Per Year) over `BID_DURATION` periods, and
    /// `OPPORTUNITY_VALUE`, the whole deal's value). A trial's export read a yearly bid as the deal's
    /// value: pipeline 851,668 where it was 1,890,007. The opportunity value is the amount; the bid is
    /// read only where it is missing, with a warning (`UnreadFieldHints`).
    package static let insightly = Dialect(
        signatures: [
            ("Insightly opportunities export", ["OPPORTUNITY_STATE", "FORECAST_CLOSE_DATE"]),
            ("Insightly opportunities export", ["Opportunity State", "Forecast Close Date"]),
        ],
        opportunities: [
            "id": ["OPPORTUNITY_ID"],
            "name": ["OPPORTUNITY_NAME"],
            "account": ["ORGANISATION_NAME"],
            "status": ["OPPORTUNITY_STATE", "Opportunity State"],
            "stage": ["Pipeline Stage"],
            "close_date": ["FORECAST_CLOSE_DATE", "Forecast Close Date"],
            "amount": ["OPPORTUNITY_VALUE", "Opportunity Value"],
            "amount_currency": ["BID_CURRENCY", "Bid Currency"],
            "last_modified": ["DATE_UPDATED_UTC"],
        ]
    )
}
