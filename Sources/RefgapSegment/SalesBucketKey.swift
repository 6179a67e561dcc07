extension SalesAccumulator {
    /// A bucket's window, activity and values, hashed once when made (by the standard hasher, so equal
    /// keys still hash alike): hashed for every lookup, and again each time the index grew, they were
    /// 2% of a real shape 100k run (tens of thousands of keys per part, and again in the merge).
    package struct Key: Hashable, Sendable {
        package let window: Int
        package let activity: String
        package let dims: [String?]
        /// The standard hasher's value of the three, made once (`BucketIndex` probes by it).
        let hashed: Int

        package init(window: Int, activity: String, dims: [String?]) {
            self.window = window
            self.activity = activity
            self.dims = dims
            var hasher = Hasher()
            hasher.combine(window)
            hasher.combine(activity)
            hasher.combine(dims)
            hashed = hasher.finalize()
        }

        package func hash(into hasher: inout Hasher) { hasher.combine(hashed) }

        package static func == (a: Key, b: Key) -> Bool {
            a.hashed == b.hashed && a.window == b.window && a.activity == b.activity && a.dims == b.dims
        }
    }
}
