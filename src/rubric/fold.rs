//! Unicode NFKC for the text people type into Boardroom, in a few kilobytes.
//!
//! A general normaliser carries tables for every script (about 60 KB of gzipped wasm);
//! answers to English scenario cards use Latin, Greek and Cyrillic letters, punctuation,
//! super- and subscripts, number forms, ligatures and full-width forms. For those blocks
//! ([`COVERED`]) this module gives exactly what NFKC gives, checked character by character
//! and for every letter-plus-accent pair against the `unicode-normalization` crate in the
//! tests; outside them, text passes through unchanged. Combining marks are composed in the
//! order they are typed (NFKC would first reorder several marks on one letter: rare in
//! English text, and harmless here because matching compares whole words).

use super::fold_table::{COMPOSE, MAP};

/// The Unicode ranges this module normalises exactly as NFKC does.
pub const COVERED: &[(char, char)] = &[
    ('\u{0000}', '\u{04FF}'), // Latin, IPA, modifiers, combining marks, Greek, Cyrillic
    ('\u{1E00}', '\u{1FFF}'), // Latin Extended Additional, Greek Extended
    ('\u{2000}', '\u{218F}'), // punctuation, super/subscripts, currency, letterlike, number forms
    ('\u{2460}', '\u{24FF}'), // enclosed alphanumerics
    ('\u{FB00}', '\u{FB06}'), // Latin ligatures
    ('\u{FF00}', '\u{FFEF}'), // half-width and full-width forms
];

/// `text` in NFKC (within [`COVERED`]).
pub(crate) fn nfkc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match MAP.binary_search_by_key(&c, |&(from, _)| from) {
            Ok(i) => MAP[i].1.chars().for_each(|m| push(&mut out, m)),
            Err(_) => push(&mut out, c),
        }
    }
    out
}

/// Append `c`, composing it with the previous character when the pair has a composed form.
fn push(out: &mut String, c: char) {
    if let Some(last) = out.chars().next_back() {
        if let Ok(i) = COMPOSE.binary_search_by_key(&(last, c), |&(a, b, _)| (a, b)) {
            out.truncate(out.len() - last.len_utf8());
            out.push(COMPOSE[i].2);
            return;
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

    fn covered() -> impl Iterator<Item = char> {
        COVERED.iter().flat_map(|&(a, b)| a..=b)
    }

    /// The tables as `unicode-normalization` defines them, rendered as Rust source.
    fn generate() -> String {
        let mut map = Vec::new();
        let mut pairs = Vec::new();
        for c in covered() {
            let folded: String = c.to_string().nfkc().collect();
            if folded != c.to_string() {
                map.push((c, folded));
            }
            let mut parts = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            if let Some((&mark, rest)) = parts.split_last() {
                let base: Vec<char> = rest.iter().copied().collect::<String>().nfc().collect();
                if let [base] = base[..] {
                    if compose(base, mark) == Some(c) {
                        pairs.push((base, mark, c));
                    }
                }
            }
        }
        pairs.sort();
        let mut src = String::from(
            "//! Generated from the `unicode-normalization` crate by `rubric::fold`'s tests;\n\
             //! refresh with `BOARDROOM_BLESS=1 cargo test --lib fold`. Do not edit by hand.\n\n\
             /// Characters whose NFKC differs from themselves, sorted.\n\
             pub(crate) const MAP: &[(char, &str)] = &[\n",
        );
        for (c, to) in &map {
            let _ = writeln!(src, "    ({c:?}, {to:?}),");
        }
        src.push_str(
            "];\n\n/// Canonical compositions: (base, combining mark, composed), sorted.\n\
             pub(crate) const COMPOSE: &[(char, char, char)] = &[\n",
        );
        for (a, b, c) in &pairs {
            let _ = writeln!(src, "    ({a:?}, {b:?}, {c:?}),");
        }
        src.push_str("];\n");
        src
    }

    #[test]
    fn tables_are_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rubric/fold_table.rs");
        let want = generate();
        if std::env::var_os("BOARDROOM_BLESS").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is stale: run BOARDROOM_BLESS=1 cargo test --lib fold"
        );
    }

    #[test]
    fn every_covered_character_folds_as_nfkc() {
        for c in covered() {
            let s = c.to_string();
            assert_eq!(nfkc(&s), s.nfkc().collect::<String>(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_with_one_accent_compose_as_nfkc() {
        // Base letters only: an accented letter plus another mark is the reordering case the
        // module documentation excludes.
        let letters = covered().filter(|c| {
            c.is_alphabetic()
                && canonical_combining_class(*c) == 0
                && c.to_string().nfkd().eq(Some(*c))
        });
        let marks: Vec<char> = ('\u{0300}'..='\u{036F}').collect();
        for letter in letters {
            for &mark in &marks {
                let s: String = [letter, mark].iter().collect();
                assert_eq!(
                    nfkc(&s),
                    s.nfkc().collect::<String>(),
                    "U+{:04X} U+{:04X}",
                    letter as u32,
                    mark as u32
                );
            }
        }
    }

    #[test]
    fn typical_answers_fold() {
        assert_eq!(nfkc("ｃｏｓｔ ﬁnance café ½"), "cost finance café 1⁄2");
        assert_eq!(nfkc("cafe\u{0301}"), "café");
        assert_eq!(nfkc("日本語 stays"), "日本語 stays");
    }
}
