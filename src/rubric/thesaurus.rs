//! Synonyms and word forms for drafting: a table of close word links, read from text.
//!
//! The table the app and the command line use is `assets/thesaurus.txt`, reduced from
//! WordNet 3.1 by `scripts/thesaurus.mjs` (that script says what is kept and why; the
//! file carries Princeton's licence notice). It is not compiled into the app: the studio
//! fetches it when it first drafts a card, and the service worker keeps it for offline use.
//!
//! Format: `#` lines are comments; every other line is a word, a tab, `v` when the word is
//! mostly a verb (else nothing), a tab, its synonyms closest first, a tab, and its other
//! forms ("isolate": "isolation"); lists are separated by `|`, and either may be empty.
//! Words are lowercase base forms ("translate", not "translates"): a lookup tries the
//! word as written, then without an inflection.

use std::collections::HashMap;
use std::fmt;

/// Words with their close synonyms and other forms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Thesaurus {
    entries: HashMap<String, Entry>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Entry {
    verb: bool,
    synonyms: Vec<String>,
    forms: Vec<String>,
}

/// A line of a thesaurus table that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThesaurusError {
    /// The line, counting from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ThesaurusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "thesaurus line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ThesaurusError {}

fn list(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Thesaurus {
    /// Read a table (see the module docs for the format).
    pub fn parse(text: &str) -> Result<Thesaurus, ThesaurusError> {
        let mut entries = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let error = |message: &str| ThesaurusError {
                line: i + 1,
                message: message.to_owned(),
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [word, kind, synonyms, forms] = fields[..] else {
                return Err(error(&format!(
                    "expected 4 fields separated by tabs (word, v or nothing, synonyms, forms), found {}",
                    fields.len()
                )));
            };
            if word.trim().is_empty() {
                return Err(error("the word is empty"));
            }
            let verb = match kind {
                "v" => true,
                "" => false,
                other => {
                    return Err(error(&format!(
                        "the second field is {other:?}; it must be v or empty"
                    )));
                }
            };
            entries.insert(
                word.trim().to_owned(),
                Entry {
                    verb,
                    synonyms: list(synonyms),
                    forms: list(forms),
                },
            );
        }
        Ok(Thesaurus { entries })
    }

    /// The entry for `word` as written, or for its base form ("translates" → "translate",
    /// "sorted" → "sort", "copies" → "copy").
    fn entry(&self, word: &str) -> Option<&Entry> {
        let word = word.to_lowercase();
        if let Some(entry) = self.entries.get(&word) {
            return Some(entry);
        }
        let mut bases: Vec<String> = Vec::new();
        for (suffix, replace) in [
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
        ] {
            if let Some(stem) = word.strip_suffix(suffix).filter(|s| s.len() >= 3) {
                bases.push(format!("{stem}{replace}"));
                // "stopped" → "stop"
                let mut chars = stem.chars().rev();
                if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                    if a == b && replace.is_empty() {
                        bases.push(stem[..stem.len() - a.len_utf8()].to_owned());
                    }
                }
            }
        }
        bases.iter().find_map(|b| self.entries.get(b))
    }

    /// The synonyms of `word` (any case or inflection), closest first.
    pub fn synonyms<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.entry(word)
            .into_iter()
            .flat_map(|e| &e.synonyms)
            .map(String::as_str)
    }

    /// The other forms of `word` that mean the same ("isolate": "isolation").
    pub fn forms<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.entry(word)
            .into_iter()
            .flat_map(|e| &e.forms)
            .map(String::as_str)
    }

    /// Whether `word` is mostly used as a verb.
    pub fn is_verb(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|e| e.verb)
    }

    /// How many words the table knows.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table is empty (drafting then adds no synonyms).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# WordNet notice\nquick\t\tfast|speedy\t\ntranslate\tv\t\ttranslation\nstop\tv\thalt\t\ncopy\tv\t\tcopying\n";

    #[test]
    fn reads_synonyms_forms_and_verbs_of_any_inflection() {
        let t = Thesaurus::parse(TABLE).unwrap();
        assert_eq!(t.synonyms("Quick").collect::<Vec<_>>(), ["fast", "speedy"]);
        assert_eq!(t.forms("translates").collect::<Vec<_>>(), ["translation"]);
        assert_eq!(t.synonyms("stopped").collect::<Vec<_>>(), ["halt"]);
        assert_eq!(t.forms("copies").collect::<Vec<_>>(), ["copying"]);
        assert!(t.is_verb("translated") && !t.is_verb("quick"));
        assert_eq!(t.synonyms("slow").count(), 0);
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn says_which_line_is_wrong() {
        let cases = [
            (
                "quick fast\n",
                "thesaurus line 1: expected 4 fields separated by tabs (word, v or nothing, synonyms, forms), found 1",
            ),
            (
                "# x\nquick\tn\tfast\t\n",
                "thesaurus line 2: the second field is \"n\"; it must be v or empty",
            ),
            ("\t\tfast\t\n", "thesaurus line 1: the word is empty"),
        ];
        for (text, message) in cases {
            assert_eq!(Thesaurus::parse(text).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn the_shipped_table_reads() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/thesaurus.txt"))
                .unwrap();
        let t = Thesaurus::parse(&text).unwrap();
        assert!(t.len() > 3000, "{} words", t.len());
        assert!(
            text.contains("Princeton University"),
            "the licence notice is kept"
        );
    }
}
