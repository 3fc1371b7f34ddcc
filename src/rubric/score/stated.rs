//! Whether a mention is stated: in a sentence that reads as prose rather than a list of
//! rubric words, and not denied ("there is no risk", "it is not true that ...").

use super::mentions::{Mentions, TokenAt};
use crate::rubric::text::Token;

/// Concepts one sentence must mention before it can read as a list of keywords: two are a
/// short answer ("enqueue and dequeue"), which earns what it states.
pub const LIST_MENTIONS: usize = 3;
/// How many words before a mention a negator still denies it.
pub const NEGATION_REACH: usize = 3;

/// For each sentence, whether it reads as prose rather than a list of rubric words.
///
/// A sentence that mentions [`LIST_MENTIONS`] or more concepts is a list unless the words
/// that say what the concepts do are there: a grammar word of its own (not a rubric match,
/// not "and", "or", "a", "the"), distinct words of its own at least a third as many as its
/// mentions ("we have sign ups, we have deals, we have a limit" has two), and, between one concept's mention and the next concept's, words of its own at
/// least as often as a bare chain: "and" or "or" with nothing else in one clause, a comma
/// after a clause that is nothing but mentions, or the same words as an earlier gap ("we
/// have sign ups, we have deals, we have a limit"). Mentions side by side in one clause
/// ("lowers our storage bill") are a phrase, and clauses that say something ("in a trial
/// with ten engineers, routine tasks took 25% less time") are prose, either way.
/// "It uniquely identifies each row in a table" is prose; "We have sign ups and deals and a
/// limit and failures and hiring" is a list, however it is dressed. A shorter answer
/// ("enqueue and dequeue", "private, public") is never a list: it earns what it states,
/// which is little when it states little.
pub(super) fn prose_sentences(
    tokens: &[Token],
    token_at: &TokenAt,
    mentions: &Mentions,
) -> Vec<bool> {
    let sentences = tokens.last().map_or(0, |t| t.sentence + 1);
    // Each token's part in a mention: the concept whose mention starts there (the first,
    // when several do), `INSIDE` a mention that started before, or `NONE`.
    let mut mark = vec![NONE; tokens.len()];
    for k in 0..mentions.len() {
        for (span, _) in mentions.of(k) {
            let range = token_at.range(span);
            for m in &mut mark[range.clone()] {
                if *m == NONE {
                    *m = INSIDE;
                }
            }
            if let Some(first) = mark.get_mut(range.start) {
                if *first >= INSIDE {
                    *first = k as u32;
                }
            }
        }
    }
    let kind = |i: usize| {
        let role = tokens[i].role;
        if mark[i] != NONE {
            Kind::Mention
        } else if tokens[i].numeric || role.article {
            Kind::Other
        } else if role.chain {
            Kind::Chain
        } else {
            Kind::Own
        }
    };
    // Whether each clause has a word of its own: a clause that is only mentions is bare.
    let clauses = tokens.last().map_or(0, |t| t.clause + 1);
    let mut clause_own = vec![false; clauses];
    for (i, t) in tokens.iter().enumerate() {
        clause_own[t.clause] |= kind(i) == Kind::Own;
    }
    let mut prose = vec![true; sentences];
    // One sentence at a time (tokens come in sentence order), in one reused state.
    let mut s = Sentence::default();
    // Distinct own words per sentence, counted by marking each word with its sentence (no
    // sort: a pasted document can be one long sentence).
    let mut marked = vec![0usize; tokens.iter().map(|t| t.id as usize + 1).max().unwrap_or(0)];
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && tokens[i - 1].sentence != t.sentence {
            prose[tokens[i - 1].sentence] = s.reads_as_prose();
            s.clear();
        }
        if i > 0 && tokens[i - 1].clause != t.clause {
            // An own word before a break says something of the clause before it.
            s.own.clear();
        }
        if mark[i] < INSIDE {
            let concept = mark[i];
            if let Some((previous, clause)) = s.last {
                if previous != concept {
                    // Gap words in their order: a repeated frame repeats them in order.
                    if !s.own.is_empty() && !s.repeats_a_gap() {
                        s.filled += 1;
                        s.gap_words.extend_from_slice(&s.own);
                        s.gap_ends.push(s.gap_words.len());
                        s.own.clear();
                    } else if !s.own.is_empty() {
                        s.chains += 1;
                    } else if clause == t.clause {
                        s.chains += usize::from(s.chained);
                    } else if !clause_own[clause] {
                        // "Sign ups, deals, limits": bare clauses one after another.
                        s.chains += 1;
                    }
                }
            }
            if !s.concepts.contains(&concept) {
                s.concepts.push(concept);
            }
            s.mentions += 1;
            s.last = Some((concept, t.clause));
            s.own.clear();
            s.chained = false;
        } else {
            match kind(i) {
                Kind::Own => {
                    s.own.push(t.id);
                    s.grammar |= t.role.function;
                    let id = t.id as usize;
                    if marked[id] != t.sentence + 1 {
                        marked[id] = t.sentence + 1;
                        s.own_words += 1;
                    }
                }
                Kind::Chain => s.chained = true,
                Kind::Mention | Kind::Other => {}
            }
        }
    }
    if let Some(last) = tokens.last() {
        prose[last.sentence] = s.reads_as_prose();
    }
    prose
}

/// A token not inside any mention.
const NONE: u32 = u32::MAX;
/// A token inside a mention that started before it.
const INSIDE: u32 = u32::MAX - 1;

/// What a token is to the list guard.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Mention,
    Own,
    Chain,
    Other,
}

/// What the list guard has read of one sentence so far.
#[derive(Default)]
struct Sentence {
    /// The concepts mentioned, in the order first met.
    concepts: Vec<u32>,
    /// How many mentions start in it.
    mentions: usize,
    /// The concept and clause of the last mention.
    last: Option<(u32, usize)>,
    chains: usize,
    filled: usize,
    grammar: bool,
    /// Its distinct own words.
    own_words: usize,
    /// Since the last mention: the own words (in the clause now), a chaining word.
    own: Vec<u32>,
    chained: bool,
    /// The own words of each gap filled so far, one after another (gap `g` ends at
    /// `gap_ends[g]`): a gap that repeats an earlier one ("we have sign ups, we have
    /// deals") is a chain dressed up.
    gap_words: Vec<u32>,
    gap_ends: Vec<usize>,
}

impl Sentence {
    /// Whether the own words since the last mention are those of an earlier gap.
    fn repeats_a_gap(&self) -> bool {
        let mut from = 0;
        self.gap_ends.iter().any(|&end| {
            let gap = &self.gap_words[from..end];
            from = end;
            gap == self.own.as_slice()
        })
    }

    fn reads_as_prose(&self) -> bool {
        self.concepts.len() < LIST_MENTIONS
            || (self.grammar && 3 * self.own_words >= self.mentions && self.filled >= self.chains)
    }

    /// Ready for the next sentence, keeping the buffers.
    fn clear(&mut self) {
        self.concepts.clear();
        self.own.clear();
        self.gap_words.clear();
        self.gap_ends.clear();
        (self.mentions, self.chains, self.filled, self.own_words) = (0, 0, 0, 0);
        (self.last, self.grammar, self.chained) = (None, false, false);
    }
}

/// Which negator denies each token of an answer, if one does: in the token's clause, with
/// no clause word ("and", "but", "because") between, a clause negator ("no", "nobody",
/// "never") anywhere before it with no new subject ("we", "you") between, or another
/// negator ("not", "won't") within [`NEGATION_REACH`] words before it; or a denial of truth
/// ("it is not true that") up to [`DENIAL_SCOPE`] words before it in its sentence with no
/// "but" between. Worked out in one pass over the answer, so every mention asks in constant
/// time.
pub(crate) struct Denials {
    /// The denying negator of each token (`NONE` for none).
    strict: Vec<u32>,
    /// The nearest word of absence ("without") within reach of each token, which states a
    /// point made by a denial ("a node without children") but denies nothing else.
    absent: Vec<u32>,
}

impl Denials {
    pub(crate) fn new(tokens: &[Token]) -> Denials {
        // Most answers deny nothing: then nothing is allocated, and every token asks an
        // empty list.
        if !tokens.iter().any(|t| t.role.negator || t.role.absence) {
            return Denials {
                strict: Vec::new(),
                absent: Vec::new(),
            };
        }
        let mut strict = vec![NONE; tokens.len()];
        let mut absent = vec![NONE; tokens.len()];
        // What is in force before the token at hand.
        let (mut truth, mut clause_wide, mut near, mut without) = (NONE, NONE, NONE, NONE);
        for (i, t) in tokens.iter().enumerate() {
            let fresh_sentence = i == 0 || tokens[i - 1].sentence != t.sentence;
            if fresh_sentence {
                truth = NONE;
            }
            if fresh_sentence || tokens[i - 1].clause != t.clause {
                (clause_wide, near, without) = (NONE, NONE, NONE);
            }
            let within = |n: u32, reach: usize| n != NONE && i - n as usize <= reach;
            strict[i] = if within(near, NEGATION_REACH) {
                near
            } else if clause_wide != NONE {
                clause_wide
            } else if within(truth, DENIAL_SCOPE) {
                truth
            } else {
                NONE
            };
            if within(without, NEGATION_REACH) {
                absent[i] = without;
            }
            // This token's effect on the tokens after it.
            let role = t.role;
            if role.clause_word {
                (clause_wide, near, without) = (NONE, NONE, NONE);
                if t.word == "but" {
                    truth = NONE;
                }
            } else if role.subject {
                // A new subject starts a new clause: "we never took the discounts you get
                // for committing" does not deny the committing.
                clause_wide = NONE;
            }
            if role.negator {
                near = i as u32;
                if role.clause_negator {
                    clause_wide = i as u32;
                }
                if denies_truth(tokens, i) {
                    truth = i as u32;
                }
            }
            if role.absence {
                without = i as u32;
            }
        }
        Denials { strict, absent }
    }

    /// The negator that denies token `at`; with `absence`, a word of absence counts too.
    pub(crate) fn of(&self, at: usize, absence: bool) -> Option<usize> {
        let found = match self.strict.get(at) {
            Some(&n) if n != NONE => n,
            _ if absence => *self.absent.get(at)?,
            _ => NONE,
        };
        (found != NONE).then_some(found as usize)
    }
}

/// The furthest back, in words, a denial of truth reaches: a reader does not carry "it is
/// not true that" over a longer stretch.
const DENIAL_SCOPE: usize = 30;

/// Whether the negator at `i` denies the truth of what follows ("it is not true that",
/// "it is not the case that"): such a denial reaches the end of its sentence, through "or
/// that ...", and stops only at "but".
fn denies_truth(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| &*t.word);
    matches!(word(i + 1), Some("true" | "correct"))
        || (word(i + 1) == Some("the") && word(i + 2) == Some("case"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::text::tokenize;

    /// The word a denial of `word` in `text` starts at, if it is denied.
    fn denier(text: &str, word: &str) -> Option<String> {
        let tokens = tokenize(text);
        let at = tokens
            .iter()
            .position(|t| t.word.starts_with(word))
            .unwrap_or_else(|| panic!("{word} in {text:?}"));
        Denials::new(&tokens)
            .of(at, false)
            .map(|n| tokens[n].word.to_string())
    }

    #[test]
    fn a_denial_reaches_as_far_as_a_reader_carries_it() {
        // (answer, word asked about, the negator that denies it)
        let cases = [
            ("There is no risk of sign-ups failing.", "fail", Some("no")),
            (
                "Nobody would ever see sign-ups fail.",
                "fail",
                Some("nobody"),
            ),
            (
                "It is not true that sign-ups fail at the limit.",
                "limit",
                Some("not"),
            ),
            (
                "It is not the case that sign-ups fail.",
                "fail",
                Some("not"),
            ),
            ("This will not fail.", "fail", Some("not")),
            ("This will not, in any realistic case, fail.", "fail", None),
            ("There is no risk, and sign-ups fail.", "fail", None),
            (
                "It is not true that it is slow, but sign-ups fail.",
                "fail",
                None,
            ),
            (
                "We never took the discounts you get for committing.",
                "commit",
                None,
            ),
            ("Sign-ups fail at the limit.", "fail", None),
        ];
        for (text, word, expected) in cases {
            assert_eq!(
                denier(text, word).as_deref(),
                expected,
                "{word} in {text:?}"
            );
        }
    }

    #[test]
    fn without_states_a_point_made_by_a_denial_but_denies_nothing() {
        let tokens = tokenize("A node without children is a leaf.");
        let at = tokens.iter().position(|t| &*t.word == "children").unwrap();
        let denials = Denials::new(&tokens);
        assert_eq!(denials.of(at, false), None);
        assert_eq!(
            denials.of(at, true).map(|n| &*tokens[n].word),
            Some("without")
        );
    }

    /// Whether each sentence of `text` reads as prose, with one concept per word of `concepts`.
    fn prose(text: &str, concepts: &[&str]) -> Vec<bool> {
        let tokens = tokenize(text);
        let token_at = TokenAt::new(&tokens, text.len());
        let mut mentions = Mentions::with_capacity(concepts.len(), tokens.len());
        for c in concepts {
            let spans = tokens.iter().filter(|t| t.word.starts_with(c));
            mentions.spans.extend(spans.map(|t| t.span));
            mentions.end_group();
            mentions.end_group();
        }
        prose_sentences(&tokens, &token_at, &mentions)
    }

    #[test]
    fn keyword_lists_are_not_prose_however_they_are_dressed() {
        let concepts = ["sign", "deal", "limit", "fail", "hir"];
        let cases = [
            (
                "We have sign ups and deals and a limit and failures and hiring.",
                false,
            ),
            (
                "Sign ups, deals, limits, failures and hiring all matter here.",
                false,
            ),
            (
                "We have sign ups, we have deals, we have a limit, we have failures.",
                false,
            ),
            ("Enqueue and dequeue.", true), // two or fewer concepts: a short answer
            (
                "When sign ups hit the limit they fail, which stalls the deals that pay for hiring.",
                true,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(prose(text, &concepts), [expected], "{text:?}");
        }
        assert_eq!(
            prose("Sign ups fail. Deals, limits, failures, hiring.", &concepts),
            [true, false],
            "each sentence on its own"
        );
    }
}
