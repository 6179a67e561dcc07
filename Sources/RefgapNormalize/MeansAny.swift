import RefgapModel

extension Normalizer {
    /// What a calendar writes for "no requirement" beyond `isAny`: `N/A`, `None`, `Global`, `Worldwide`,
    /// `All industries`, `Any region` (a need asking for one of these named no value; a trial's calendar
    /// asked the roster for an industry called "All Industries" and recruited for it).
    package static func meansAny(_ raw: String) -> Bool {
        // `N/A` with its slash: `NA` and `N.A.` are North America.
        if raw.filter({ !$0.isWhitespace }).lowercased() == "n/a" { return true }
        let f = Text.fold(raw)
        if anyWords.contains(f) { return true }
        return ["any", "all"].contains { f.hasPrefix($0) && dimensionWords.contains(String(f.dropFirst($0.count))) }
    }
    static let anyWords: Set<String> = [
        "notapplicable", "none", "nopreference", "norequirement", "global", "worldwide", "anywhere",
        "everywhere",
    ]
    static let dimensionWords: Set<String> = [
        "industry", "industries", "vertical", "verticals", "sector", "sectors", "region", "regions", "geo", "geos",
        "geography", "geographies", "country", "countries", "market", "markets", "product", "products", "size",
        "sizes", "segment", "segments", "companysize", "companysizes",
    ]
}
