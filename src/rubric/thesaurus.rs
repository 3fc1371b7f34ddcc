//! Synonyms and word forms for drafting: a table of close word links, read from text.
//!
//! The table the app and the command line use is `assets/thesaurus.txt`, reduced from
//! WordNet 3.1 by `scripts/thesaurus.mjs` (that script says what is kept and why; the
//! file carries Princeton's licence notice). It is not compiled into the app: the studio
//! fetches it when it first drafts a card, and the service worker keeps it for offline use.
//!
//! Format: `#` lines are comments; every other line, in alphabetical order of its word
//! (bytewise, each word once), is a word, a tab, `v` when the word is
//! mostly a verb (else nothing), a tab, its synonyms closest first, a tab, and its other
//! forms ("isolate": "isolation"); lists are separated by `|`, and either may be empty.
//! Words are lowercase base forms ("translate", not "translates"): a lookup tries the
//! word as written, then without an inflection.

use std::fmt;

/// Words with their close synonyms and other forms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Thesaurus {
    /// In the table's order, which is by word: found by binary search.
    entries: Vec<(String, Entry)>,
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
    pub message: &'static str,
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
        let mut entries: Vec<(String, Entry)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let error = |message| ThesaurusError {
                line: i + 1,
                message,
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [word, kind, synonyms, forms] = fields[..] else {
                return Err(error(
                    "expected 4 fields separated by tabs: word, v or nothing, synonyms, forms",
                ));
            };
            let word = word.trim();
            if word.is_empty() {
                return Err(error("the word is empty"));
            }
            // Sorted as written, so a lookup is a binary search and reading sorts nothing.
            if let Some((previous, _)) = entries.last() {
                if previous.as_str() >= word {
                    return Err(error("the words must be in alphabetical order, each once"));
                }
            }
            let verb = match kind {
                "v" => true,
                "" => false,
                _ => return Err(error("the second field must be v or empty")),
            };
            entries.push((
                word.to_owned(),
                Entry {
                    verb,
                    synonyms: list(synonyms),
                    forms: list(forms),
                },
            ));
        }
        Ok(Thesaurus { entries })
    }

    /// The entry for exactly `word`.
    fn get(&self, word: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|(w, _)| w.as_str().cmp(word))
            .ok()
            .map(|at| &self.entries[at].1)
    }

    /// The entry for `word` as written, or for its base form ("translates" → "translate",
    /// "sorted" → "sort", "copies" → "copy", "stopped" → "stop").
    fn entry(&self, word: &str) -> Option<&Entry> {
        let word = word.to_lowercase();
        const BASES: [(&str, &str); 9] = [
            ("", ""),
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
        ];
        let mut base = String::new();
        for (suffix, replace) in BASES {
            let Some(stem) = word.strip_suffix(suffix).filter(|s| s.len() >= 3) else {
                continue;
            };
            base.clear();
            base.push_str(stem);
            base.push_str(replace);
            if let Some(entry) = self.get(&base) {
                return Some(entry);
            }
            // A doubled last letter before the suffix: "stopped" → "stop".
            let bytes = stem.as_bytes();
            let doubled = !suffix.is_empty()
                && replace.is_empty()
                && bytes.len() > 3
                && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
            if let Some(entry) = doubled.then(|| self.get(&stem[..stem.len() - 1])).flatten() {
                return Some(entry);
            }
        }
        None
    }

    /// The synonyms of `word` (any case or inflection), closest first.
    pub fn synonyms(&self, word: &str) -> &[String] {
        self.entry(word).map_or(&[], |e| &e.synonyms)
    }

    /// The other forms of `word` that mean the same ("store": "storage").
    pub fn forms(&self, word: &str) -> &[String] {
        self.entry(word).map_or(&[], |e| &e.forms)
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

    const TABLE: &str = "# WordNet notice\ncopy\tv\t\tcopying\nquick\t\tfast|speedy\t\nstop\tv\thalt\t\ntranslate\tv\t\ttranslation\n";

    #[test]
    fn reads_synonyms_forms_and_verbs_of_any_inflection() {
        let t = Thesaurus::parse(TABLE).unwrap();
        assert_eq!(t.synonyms("Quick"), ["fast", "speedy"]);
        assert_eq!(t.forms("translates"), ["translation"]);
        assert_eq!(t.synonyms("stopped"), ["halt"]);
        assert_eq!(t.forms("copies"), ["copying"]);
        assert!(t.is_verb("translated") && !t.is_verb("quick"));
        assert!(t.synonyms("slow").is_empty());
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn says_which_line_is_wrong() {
        let cases = [
            (
                "quick fast\n",
                "thesaurus line 1: expected 4 fields separated by tabs: word, v or nothing, synonyms, forms",
            ),
            (
                "# x\nquick\tn\tfast\t\n",
                "thesaurus line 2: the second field must be v or empty",
            ),
            ("\t\tfast\t\n", "thesaurus line 1: the word is empty"),
            (
                "stop\tv\t\t\ncopy\tv\t\t\n",
                "thesaurus line 2: the words must be in alphabetical order, each once",
            ),
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
