import CSVReader
import RefgapModel

extension OpportunityTyper {
    /// A summed amount's currency, tallied: a converted amount whose currency nothing names (and the
    /// deal currency its equal amount points to), a currency name read as its code, a symbol against
    /// the currency column, an amount in a currency without a rate.
    func tallyCurrencies(
        _ row: borrowing CSVRow, facts f: Facts, useConverted: Bool, written: String?, symbol: String?, value: Double,
        unconverted: String?, converted: String?, into currencies: inout CurrencyTally
    ) {
        if useConverted, written == nil, symbol == nil {
            currencies.unlabelledConverted += 1
            currencies.unlabelledConvertedSum += value
            if let c = cols.amount, c < row.count,
                let amount = Values.plainDecimal(bytes: row.bytes(c))
                    ?? Values.formattedAmount(bytes: row.bytes(c))?.value
            {
                // Whether the export carries two currencies: then a blank converted amount's own
                // amount (below) may be in another one.
                if amount == value { currencies.bothAmountsEqual += 1 } else { currencies.bothAmountsDiffer += 1 }
                if amount == value, let own = f.currency { currencies.companyVotes[own, default: 0] += 1 }
            }
        }
        if !useConverted, cols.amountConverted != nil, written == nil, symbol == nil {
            // The converted amount blank: the deal's own amount read, in the run's currency, though
            // nothing on the row says which currency it is in (SugarCRM's `amount_usdollar` left blank).
            currencies.blankConverted += 1
            currencies.blankConvertedSum += value
            // Sugar's currency record says more: `-99` is the system currency's, any other id another's.
            if let c = cols.currencyRecord, let record = CurrencyRecord(inRecordColumn: plainText(row, c)) {
                currencies.blankConvertedRecords[record, default: (0, 0)].count += 1
                currencies.blankConvertedRecords[record, default: (0, 0)].sum += value
            }
        }
        if let name = useConverted ? f.convertedCurrencyName : f.currencyName, let code = written {
            currencies.named[name, default: (code, 0)].count += 1
        }
        if let column = written, let symbol, symbol != column {
            // `€125,000.00` in a deal whose currency column says US Dollar: the column is followed.
            let pair = CurrencyTally.Clash(symbol: symbol, column: column)
            if currencies.clashes[pair] == nil {
                currencies.clashes[pair] = (0, plainText(row, useConverted ? cols.amountConverted : cols.amount))
            }
            currencies.clashes[pair]?.count += 1
        }
        if !unreadCurrencies.isEmpty, !useConverted, written == nil {
            // Its own sign (`$128,100.00`) said the currency: not compared with the columns, but counted,
            // so no column is said to change nothing. Else read as the run's currency: what each unread
            // currency-like column says instead, if anything.
            if symbol != nil { currencies.unreadColumnsSkipped += 1 }
            let run = runCurrency
            for k in unreadCurrencies.indices where symbol == nil {
                let cell = unreadCurrencies[k].lookUp(row)
                guard let read = unreadCurrencies[k].derive(cell, { UnreadCurrencyColumns.reading($0, run: run) }),
                    let column = unreadCurrencies[k].column
                else { continue }
                UnreadCurrencyColumns.tally(read, column: column, amount: value, into: &currencies)
            }
        }
        if !useConverted, let record = f.currencyRecord {
            currencies.records[record, default: (0, 0)].count += 1
            currencies.records[record, default: (0, 0)].sum += value
        }
        if let unconverted {
            currencies.unconverted[unconverted, default: (0, 0)].count += 1
            currencies.unconverted[unconverted, default: (0, 0)].sum += value
        }
        if let converted {
            currencies.converted[converted, default: (0, 0)].count += 1
            currencies.converted[converted, default: (0, 0)].sum += value
        }
    }
}
