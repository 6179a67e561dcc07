/// A path's last component and its parent, as `NSString`'s `lastPathComponent` and
/// `deletingLastPathComponent` give them. Those crash (an illegal instruction in
/// `String._startOfLastPathComponent`, swift-corelibs-foundation 6.3.1) on a one-character path:
/// `refgap run Program --out o` stopped with signal 4 before it read a file.
package enum PathText {
    /// `p` without its trailing slashes (`/` stays itself).
    private static func trimmed(_ p: String) -> Substring {
        var s = Substring(p)
        while s.count > 1 && s.hasSuffix("/") { s = s.dropLast() }
        return s
    }

    /// `a/b/` → `b`, `a` → `a`, `/` → `/`.
    package static func lastComponent(_ p: String) -> String {
        let s = trimmed(p)
        guard s != "/", let slash = s.lastIndex(of: "/") else { return String(s) }
        return String(s[s.index(after: slash)...])
    }

    /// `a/b/` → `a`, `a` → the empty string, `/a` → `/`, `/` → `/`.
    package static func parent(_ p: String) -> String {
        let s = trimmed(p)
        if s == "/" { return "/" }
        guard let slash = s.lastIndex(of: "/") else { return "" }
        var head = s[..<slash]
        while head.count > 1 && head.hasSuffix("/") { head = head.dropLast() }
        return head.isEmpty ? "/" : String(head)
    }
}
