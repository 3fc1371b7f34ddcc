//! The text of a notes file, cell by cell: the separator a header names, rows with quoted
//! fields, and Anki's HTML fields as plain text.

/// The separator an Anki `#separator:` line names (`tab`, `comma`…, or the character).
pub(super) fn separator(value: &str) -> Option<char> {
    match value.trim().to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some('\t'),
        "comma" => Some(','),
        "semicolon" => Some(';'),
        "pipe" => Some('|'),
        "space" => Some(' '),
        "colon" => Some(':'),
        _ => {
            let mut chars = value.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c != '"' => Some(c),
                _ => None,
            }
        }
    }
}

/// A separator in words, for messages ("a tab").
pub(super) fn separator_name(sep: char) -> String {
    match sep {
        '\t' => "a tab".into(),
        ',' => "a comma".into(),
        ';' => "a semicolon".into(),
        '|' => "a pipe (|)".into(),
        ' ' => "a space".into(),
        other => format!("“{other}”"),
    }
}

/// The rows of `body`, each with the 1-based line it starts on (counting from `first_line`).
/// Fields may be quoted with `"`, and a quoted field may hold separators, line breaks and
/// doubled quotes. `Err` holds the line of a quote that is never closed.
pub(super) fn split_rows(
    body: &str,
    sep: char,
    first_line: usize,
) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let mut rows = Vec::new();
    let mut line = first_line;
    let mut chars = body.chars().peekable();
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut at_field_start = true;
        loop {
            match chars.next() {
                None => break,
                Some('"') if at_field_start => {
                    let opened = line;
                    loop {
                        match chars.next() {
                            None => return Err(opened),
                            Some('"') if chars.peek() == Some(&'"') => {
                                chars.next();
                                field.push('"');
                            }
                            Some('"') => break,
                            Some(c) => {
                                if c == '\n' {
                                    line += 1;
                                }
                                field.push(c);
                            }
                        }
                    }
                    at_field_start = false;
                }
                Some(c) if c == sep => {
                    fields.push(std::mem::take(&mut field));
                    at_field_start = true;
                }
                Some('\n') => {
                    line += 1;
                    break;
                }
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some(c) => {
                    field.push(c);
                    at_field_start = false;
                }
            }
        }
        fields.push(field);
        rows.push((start, fields));
    }
    Ok(rows)
}

/// Anki's HTML field as plain text: line breaks for `<br>`, `<div>` and `<p>`, other tags
/// dropped, the common entities decoded.
pub(super) fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        if ["br", "div", "p"]
            .iter()
            .any(|t| name == *t || name.starts_with(&format!("{t} ")) || name == format!("{t}/"))
            && !out.ends_with('\n')
            && !out.is_empty()
        {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anki_html_reads_as_plain_text() {
        assert_eq!(plain("a<br>b"), "a\nb");
        assert_eq!(plain("<div>a</div><div>b</div>"), "a\nb\n");
        assert_eq!(plain("<b>bold</b> &amp; &lt;tag&gt;"), "bold & <tag>");
        assert_eq!(plain("cut at 3 < 4"), "cut at 3 < 4");
    }

    #[test]
    fn quoted_fields_hold_separators_line_breaks_and_quotes() {
        let rows = split_rows("a,\"b, c\"\n\"two\nlines\",\"say \"\"hi\"\"\"\n", ',', 3).unwrap();
        assert_eq!(
            rows,
            vec![
                (3, vec!["a".to_owned(), "b, c".to_owned()]),
                (4, vec!["two\nlines".to_owned(), "say \"hi\"".to_owned()]),
            ]
        );
        assert_eq!(split_rows("a,\"never closed\nb", ',', 1), Err(1));
    }

    #[test]
    fn separators_by_name_and_in_words() {
        assert_eq!(separator("Tab"), Some('\t'));
        assert_eq!(separator("semicolon"), Some(';'));
        assert_eq!(separator_name('\t'), "a tab");
        assert_eq!(separator_name('#'), "“#”");
    }
}
