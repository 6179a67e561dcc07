package enum RegionTable { package static let usStates: [String: String] = ["illinois": "US-Midwest", "il": "US-Midwest"]; package static let caProvinces: [String: String] = [:]; package static let countries: [String: String] = ["germany": "EMEA"]; package static let unitedStatesKeys: Set<String> = ["us", "usa", "unitedstates"]; package static let regionNames: [String: String] = ["emea": "EMEA"] }
package enum IndustryTable { package static let synonyms: [String: String] = ["healthcare": "Healthcare"]; package static let canonical: [String] = [] }
package enum SizeTable { package static let bands: [String: String] = ["midmarket": "Mid-Market"]; package static let canonical: [String] = [] }
package enum SeniorityTable { package static let levels: [String: String] = ["vp": "VP"] }
package enum ActivityTable { package static let activities: [String: String] = ["referencecall": "Reference call"]; package static let canonical: [String] = [] }
