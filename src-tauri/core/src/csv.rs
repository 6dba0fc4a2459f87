//! The one way a field is written to a CSV file the app saves (an export of hooks, the change
//! journal): RFC 4180 quoting, and nothing a spreadsheet would run.
//!
//! What must hold: a field holding a comma, a quote or a line break (or a space at either end,
//! which a reader might trim) is quoted with its quotes doubled; a text that starts as a formula
//! would (`=`, `+`, `-`, `@`, a tab or a carriage return: a queue or flow name is anyone's text)
//! is kept as text behind a `'`, while a number such as `-4` stays a number.

/// One field, as the file keeps it.
pub fn field(text: &str) -> String {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One line of fields, ended with CRLF as RFC 4180 asks.
pub fn push_row<S: AsRef<str>>(out: &mut String, fields: impl IntoIterator<Item = S>) {
    let mut first = true;
    for f in fields {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&field(f.as_ref()));
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_kept_as_text() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUM(1)"), "'@SUM(1)");
        assert_eq!(field("-4"), "-4", "a number stays one");
    }

    #[test]
    fn a_row_ends_with_crlf() {
        let mut out = String::new();
        push_row(&mut out, ["a", "b, c"]);
        assert_eq!(out, "a,\"b, c\"\r\n");
    }
}
