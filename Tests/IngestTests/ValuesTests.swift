import Testing
import RefgapIngest
import RefgapModel

@Suite("Value forms")
struct ValuesTests {
    func day(_ s: String, _ order: Config.DateOrder = .monthFirst) -> String? {
        Values.date(s)?.resolve(order).map { "\($0)" }
    }

    @Test func dateForms() {
        #expect(day("2026-11-22") == "2026-11-22")
        #expect(day("2026-11-22T10:00:00Z") == "2026-11-22")
        #expect(day("2026-11-22 10:00") == "2026-11-22")
        #expect(day("11/22/2026") == "2026-11-22")
        #expect(day("11/22/26") == "2026-11-22")
        #expect(day("22/11/2026", .dayFirst) == "2026-11-22")
        #expect(day("22.11.2026", .dayFirst) == "2026-11-22")
        #expect(day("11/22/2026 10:00 AM") == "2026-11-22")
        #expect(day("Nov 22, 2026") == "2026-11-22")
        #expect(day("22-Nov-2026") == "2026-11-22")
        // Excel's default date display (d-mmm-yy).
        #expect(day("24-Dec-26") == "2026-12-24")
        #expect(day("3-Jan-27") == "2027-01-03")
        // Two-digit years as Excel reads them.
        #expect(day("25-Sep-95") == "1995-09-25")
        #expect(day("09/25/95") == "1995-09-25")
        #expect(day("12/31/29") == "2029-12-31")
        #expect(day("TBD") == nil)
        #expect(day("31/31/2026") == nil)
        #expect(day("2026-02-30") == nil)
    }

    @Test func aMonthWithoutADay() {
        for text in ["Sept 2026", "September 2026", "2026-09", "09/2026", "sep. 2026"] {
            #expect(Values.monthOfYear(text)?.description == "2026-09-01", "\(text)")
        }
        #expect(Values.monthOfYear("Q3 2026") == nil)
        #expect(Values.monthOfYear("13/2026") == nil)
    }

    @Test func limitsAsRostersWordThem() {
        #expect(Values.usesPerQuarter("2")! == (2, true))
        #expect(Values.usesPerQuarter("2 per quarter")! == (2, true))
        #expect(Values.usesPerQuarter("2/qtr")! == (2, true))
        #expect(Values.usesPerQuarter("8 per year")! == (2, false))
        #expect(Values.usesPerQuarter("5 a year") == nil)
        #expect(Values.usesPerQuarter("1 per month")! == (3, false))
        #expect(Values.usesPerQuarter("unlimited") == nil)
        #expect(Values.usesPerQuarter("2.5") == nil)
        #expect(Values.usesPerQuarter("2 per week") == nil)
        // A new-user trial's roster: `2x per quarter`, `two per quarter`, `twice a quarter`, `once a month`.
        #expect(Values.usesPerQuarter("2x per quarter")! == (2, true))
        #expect(Values.usesPerQuarter("2x/qtr")! == (2, true))
        #expect(Values.usesPerQuarter("two per quarter")! == (2, true))
        #expect(Values.usesPerQuarter("Twice a quarter")! == (2, true))
        #expect(Values.usesPerQuarter("once a month")! == (3, false))
        #expect(Values.usesPerQuarter("twice a year") == nil)
        #expect(Values.usesPerQuarter("xx per quarter") == nil)
        #expect(Values.usesPerQuarter("x per quarter") == nil)
        // A number word alone is the number, as `2` is; `zero` alone is left to the count reader.
        #expect(Values.usesPerQuarter("two")! == (2, true))
        #expect(Values.usesPerQuarter("once") == nil)
        #expect(Values.limitProblem("twice a year")?.hasPrefix("is not a whole number per quarter") == true)
        #expect(Values.limitProblem("once a week")?.hasPrefix("is not per quarter, month or year") == true)
        #expect(Values.limitProblem("lots") == nil)
    }

    @Test func onlyValuesThatReadOneWayVote() {
        #expect(Values.date("11/22/2026")?.vote == .monthFirst)
        #expect(Values.date("22/11/2026")?.vote == .dayFirst)
        #expect(Values.date("03/04/2026")?.vote == nil)
        #expect(Values.date("2026-03-04")?.vote == nil)
        #expect(Values.date("03/04/2026")?.resolve(.dayFirst).map { "\($0)" } == "2026-04-03")
    }

    @Test func amountForms() {
        func v(_ s: String) -> Double? { Values.amount(s)?.value }
        #expect(v("125000") == 125_000)
        #expect(v("125000.50") == 125_000.5)
        #expect(v("$1,250,000.00") == 1_250_000)
        #expect(v("USD 1,250,000") == 1_250_000)
        #expect(Values.amount("USD 1,250,000")?.currency == "USD")
        #expect(v("1.250.000,00 €") == 1_250_000)
        #expect(Values.amount("1.250.000,00 €")?.currency == "EUR")
        #expect(v("(1,000.00)") == -1_000)
        #expect(v("-500") == -500)
        #expect(v("12,5") == 12.5)
        #expect(v("1 250 000,50") == 1_250_000.5)
        #expect(v("n/a") == nil)
        #expect(v("12,5,00") == nil)
        // Other dollars, words and lakh grouping, as Dynamics writes other currencies' amounts.
        for (text, value, code) in [
            ("CA$300,000.00", 300_000.0, "CAD"), ("A$300,000.00", 300_000, "AUD"), ("R$ 300.000,00", 300_000, "BRL"),
            ("US$ 1,250", 1_250, "USD"), ("300 000,00 zł", 300_000, "PLN"), ("₩100,000,000", 100_000_000, "KRW"),
            ("₹12,50,000.00", 1_250_000, "INR"), ("Rs 1,25,00,000", 12_500_000, "INR"),
        ] {
            #expect(Values.amount(text)?.value == value, "\(text)")
            #expect(Values.amount(text)?.currency == code, "\(text)")
        }
        // Not lakhs: a group of two at the end, or groups of two alone, or lakh grouping in an amount
        // that does not say rupees (a typo in a US or European export, which would have voted for the
        // column's decimal mark); `kr` says no one currency.
        #expect(v("₹12,50,00") == nil)
        #expect(v("₹1,25,000,00") == nil)
        #expect(v("1,25,000") == nil)
        #expect(v("$1,25,000") == nil)
        #expect(v("€1,25,000") == nil)
        #expect(Values.amount("INR 1,25,000")?.value == 125_000)
        #expect(Values.amount("12,34,567") == nil)
        #expect(v("1.000.000,00 kr") == nil)
        #expect(Values.amount("€ 100 EUR")?.currency == "EUR")
        #expect(v("") == nil)
    }

    /// Counts have no decimals: a German export's `1.200` employees are twelve hundred (they gave no size).
    @Test func countsWithADotBeforeThreeDigitsAreThousands() {
        #expect(Values.integer("1.200") == 1_200)
        #expect(Values.integer("31.542") == 31_542)
        #expect(Values.integer("1,200") == 1_200)
        #expect(Values.integer("1.200.000") == 1_200_000)
        #expect(Values.integer("3.0") == 3)
        #expect(Values.integer("2.000") == 2_000)
        #expect(Values.integer("10.000") == 10_000)
        #expect(Values.integer("0.500") == nil)
        #expect(Values.integer("2.5") == nil)
        #expect(Values.integer("1.2000") == nil)
        #expect(Values.integer("-1.200") == nil)
    }

    @Test func flagsHealthAndLists() {
        #expect(Values.flag("Yes") == true && Values.flag("TRUE") == true && Values.flag("1") == true)
        #expect(Values.flag("no") == false && Values.flag("") == false)
        #expect(Values.flag("maybe") == nil)
        #expect(Values.health("Green") == 90 && Values.health("yellow") == 60 && Values.health("RED") == 30)
        #expect(Values.health("72") == 72)
        #expect(Values.health("140") == nil)
        #expect(Values.list("Case study; Webinar|Video") == ["Case study", "Webinar", "Video"])
        #expect(Values.list("Reference call") == ["Reference call"])
        #expect(Values.list("") == [])
    }
}

@Suite("Config")
struct ConfigTests {
    /// A choice written with the other joiner, or spaces, is the option it spells (a trial's `set-aside`).
    @Test func choicesTakeTheirWordsJoinedAnyWay() throws {
        #expect(try ConfigLoader.parse("roster_duplicates: set-aside\n", path: "r.yml").rosterDuplicates == .setAside)
        #expect(try ConfigLoader.parse("roster_duplicates: Set Aside\n", path: "r.yml").rosterDuplicates == .setAside)
        #expect(try ConfigLoader.parse("date_order: day_first\n", path: "r.yml").dateOrder == .dayFirst)
        #expect(try ConfigLoader.parse("date_order: day-first\n", path: "r.yml").dateOrder == .dayFirst)
        #expect(throws: InputError.self) { _ = try ConfigLoader.parse("roster_duplicates: aside\n", path: "r.yml") }
        // A repeated key's advice shows that key, not `synonyms:`.
        #expect {
            _ = try ConfigLoader.parse("currency_rates: {EUR: 1}\ncurrency_rates: {GBP: 1.2}\n", path: "r.yml")
        } throws: { error in
            "\(error)".contains("e.g. `currency_rates: {EUR: 1.08, GBP: 1.27}`") && !"\(error)".contains("synonyms")
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let c = try ConfigLoader.parse(
            """
            as_of: 2026-11-24
            windows: [30, 60, 90]
            reference_rate: 0.6
            team_unit_values: {PR: 40000}
            currency_rates: {eur: 1.08}
            date_order: day-first
            growth_goals:
              - name: Goal
                weight: 2
                criteria: {industry: Healthcare}
            columns:
              opportunities: {close_date: Expected Close}
            """, path: "refgap.yml")
        #expect(c.asOf == Day(iso: "2026-11-24"))
        #expect(c.windows == [30, 60, 90])
        #expect(c.horizon == 90)
        #expect(c.referenceRate == 0.6)
        #expect(c.teamUnitValues == ["PR": 40_000])
        #expect(c.currencyRates == ["EUR": 1.08])
        #expect(c.dateOrder == .dayFirst)
        #expect(c.growthGoals == [.init(name: "Goal", weight: 2, criteria: ["industry": "Healthcare"])])
        #expect(c.columns["opportunities"]?["close_date"] == "Expected Close")
    }

    @Test func unknownKeyNamesItsLineAndTheClosestKey() {
        #expect {
            _ = try ConfigLoader.parse("as_of: 2026-11-24\nreference_rat: 0.6\n", path: "refgap.yml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix(
                "refgap.yml:2: error: unknown key \"reference_rat\". Did you mean \"reference_rate\"?")
        }
    }

    @Test func badValuesAndBadYAMLAreErrors() {
        #expect(throws: InputError.self) { _ = try ConfigLoader.parse("reference_rate: lots\n", path: "r.yml") }
        #expect(throws: InputError.self) { _ = try ConfigLoader.parse("windows: [90, 60]\n", path: "r.yml") }
        #expect { _ = try ConfigLoader.parse("as_of: [\n", path: "r.yml") } throws: {
            String(describing: $0).contains("not valid YAML")
        }
    }

    @Test func setOverridesOneValue() throws {
        var c = Config()
        try ConfigLoader.override("reference_rate=0.5", in: &c)
        try ConfigLoader.override("windows=[30,60]", in: &c)
        #expect(c.referenceRate == 0.5 && c.windows == [30, 60])
        #expect(throws: InputError.self) { try ConfigLoader.override("nonsense=1", in: &c) }
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownVectors() {
        func hex(_ s: String) -> String {
            let h = SHA256()
            h.update(Array(s.utf8))
            return SHA256.hex(h.finalize())
        }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let h = SHA256()
        for _ in 0..<1000 { h.update(Array(String(repeating: "a", count: 1000).utf8)) }
        #expect(SHA256.hex(h.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
