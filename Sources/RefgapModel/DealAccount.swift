/// A sales bucket's deals' one account, as a hash of its name compared without case, spacing,
/// punctuation or legal form (`Text.accountKey`): a customer whose own deals are all of a segment's
/// demand cannot be that segment's reference (a planning trial's only deal in a segment was Summit
/// Ridge College's own, and Summit Ridge College was the first candidate to ask).
package enum DealAccount {
    /// No deal yet.
    package static let none: UInt64 = 0
    /// Deals of two or more accounts (or a calendar need's bucket).
    package static let several: UInt64 = 1

    /// 64-bit FNV-1a of the account key's bytes, kept clear of `none` and `several`; a blank name is
    /// an account of its own kind, never one a candidate has.
    package static func hash(_ account: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Text.accountKey(account).utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return h < 2 ? h + 2 : h
    }

    /// The one account of two sets of deals.
    package static func join(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == none { return b }
        if b == none || a == b { return a }
        return several
    }
}
