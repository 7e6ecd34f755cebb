//! Escaping text for XML and HTML.

/// `text` escaped for XML 1.0 character data: `& < > " '` become entities, a carriage return
/// becomes `&#13;` (a parser would otherwise turn it into a newline), and the characters XML
/// 1.0 forbids (C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF) are
/// dropped, so any string gives well-formed output that reads back as itself minus those.
///
/// ```
/// use claimcheck::report::xml::escape;
/// assert_eq!(escape("a < b & \"c\"\u{1}"), "a &lt; b &amp; &quot;c&quot;");
/// ```
pub fn escape(text: &str) -> String {
    escape_with(text, false)
}

/// As [`escape`], for an attribute value: tab and newline are written as character
/// references too, since a parser turns literal ones into spaces.
pub fn escape_attr(text: &str) -> String {
    escape_with(text, true)
}

fn escape_with(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' | '\n' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
