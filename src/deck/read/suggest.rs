//! "Did you mean…?": the known field or value name closest to one a deck misspelled.

/// The known name closest to `name`, if it is close enough to be a typo: at most one edit
/// for short names, two for longer ones.
pub(super) fn did_you_mean<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let limit = if name.chars().count() <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|k| (levenshtein(&name.to_lowercase(), k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for j in 1..=b.len() {
            let above = row[j];
            row[j] = (row[j] + 1)
                .min(row[j - 1] + 1)
                .min(diagonal + usize::from(ca != b[j - 1]));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::read::{CONCEPT_FIELDS, DECK_FIELDS};

    #[test]
    fn suggestions_are_close_or_absent() {
        assert_eq!(did_you_mean("languge", DECK_FIELDS), Some("language"));
        assert_eq!(did_you_mean("Title", DECK_FIELDS), Some("title"));
        assert_eq!(did_you_mean("dimensoin", CONCEPT_FIELDS), Some("dimension"));
        assert_eq!(did_you_mean("colour", DECK_FIELDS), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
