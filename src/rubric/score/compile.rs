//! Compiling a card into a [`Rubric`]: its terms parsed once, with synonyms added, the
//! jargon that applies chosen, and every term word indexed, so scoring needs only lookups.

use crate::deck::{Card, Dimension};
use crate::rubric::lexicon::{JARGON, SYNONYMS};
use crate::rubric::matcher::{Answer, Index, Term};
use crate::rubric::quantity::{Quantity, quantities};
use crate::rubric::text::{Token, Vocab};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use super::length_guide;

/// A card compiled for scoring: its terms parsed once, for every keystroke after.
///
/// It also remembers every word it has read, with what that word matches, so scoring
/// the next version of an answer analyses only the words that are new.
#[derive(Debug)]
pub struct Rubric {
    /// Each concept's dimension and weight, in card order.
    pub(super) shape: Vec<(Dimension, u32)>,
    /// Who the card's answer is for, as the messages name them ("the CFO", "the board").
    pub(super) addressee: Arc<str>,
    /// Every distinct term of the card's concepts and jargon, each searched once per answer
    /// however many concepts list it (a word two concepts share, a synonym group's members).
    pub(super) terms: Vec<Term>,
    /// Each concept's terms, as places in `terms`: its positive terms first, then its
    /// negative ones ("no children"), which are read the opposite way.
    pub(super) concepts: Vec<Vec<u32>>,
    /// How many of each concept's terms are positive.
    pub(super) positive: Vec<usize>,
    /// Concept terms that are amounts ("$4,000", "two weeks"): any equal amount matches.
    pub(super) amounts: Vec<Vec<Quantity>>,
    /// Each concept's label and hint, shared by every report.
    pub(super) texts: Vec<(Arc<str>, Arc<str>)>,
    /// Jargon names, plain swaps and their terms, as places in `terms`.
    pub(super) jargon: Vec<(Arc<str>, Option<Arc<str>>, u32)>,
    pub(super) index: Index,
    /// For each word registered in `index`, the terms that use it.
    pub(super) users: Vec<Vec<u32>>,
    pub(super) guide_words: usize,
    /// The words read so far (see [`Vocab`]), forgotten past [`VOCAB_LIMIT`].
    pub(super) vocab: Mutex<Vocab>,
}

/// A card's concepts as parsed terms, each with its synonyms added: the first half of
/// compiling a [`Rubric`]. An app can build it in a task of its own and finish with
/// [`Rubric::from_concepts`] in the next, to keep each task short on a slow phone.
#[derive(Debug)]
pub struct ConceptTerms(Vec<Vec<Term>>);

impl ConceptTerms {
    /// Parse each of `card`'s concepts' terms and add their synonym groups' members.
    pub fn new(card: &Card) -> ConceptTerms {
        ConceptTerms(
            card.concepts
                .iter()
                .map(|c| with_synonyms(&c.terms))
                .collect(),
        )
    }
}

/// A parsed lexicon term with its name and plain swap.
type LexiconEntry = (Term, &'static str, &'static str);

fn lexicon() -> &'static [LexiconEntry] {
    static LEXICON: OnceLock<Vec<LexiconEntry>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        JARGON
            .iter()
            .filter_map(|&(term, swap)| Term::parse(term).map(|t| (t, term, swap)))
            .collect()
    })
}

impl Rubric {
    /// Builds what every rubric shares: the jargon lexicon's terms and the synonym groups'
    /// stems, built once. The first [`Rubric::new`] builds them if nothing has; an app can
    /// call this first, in a task of its own, to keep each task short on a slow phone.
    pub fn prepare() {
        lexicon();
        group_keys();
    }

    /// Compile `card`: parse its terms, add synonyms, pick the jargon that applies, and
    /// index every term word so scoring needs only lookups.
    pub fn new(card: &Card) -> Rubric {
        Rubric::from_concepts(card, ConceptTerms::new(card))
    }

    /// Compile `card` from its [`ConceptTerms`], the first half of [`Rubric::new`] done earlier:
    /// the amounts its terms state, the jargon that applies, and the index. `concepts` must be
    /// this card's.
    pub fn from_concepts(card: &Card, concepts: ConceptTerms) -> Rubric {
        let ConceptTerms(concepts) = concepts;
        let amounts: Vec<Vec<Quantity>> = card
            .concepts
            .iter()
            .map(|c| c.terms.iter().filter_map(|t| whole_quantity(t)).collect())
            .collect();
        // A word the card rewards is never also penalised: drop jargon that a concept term
        // contains, whether the card or the lexicon lists it. One line per term keeps terms
        // apart (nothing matches across a line break).
        let concept_lines: Vec<&str> = card
            .concepts
            .iter()
            .flat_map(|c| &c.terms)
            .map(|t| t.trim_end_matches('*'))
            .collect();
        let concept_text = Answer::new(&concept_lines.join("\n"));
        let rewarded = |term: &Term| !term.find(&concept_text).is_empty();
        // The lexicon entry for a card's own jargon term, matched as terms match: the one
        // covering most of the name ("API gateway" before "API").
        let lexicon_entry = |name: &str| {
            let text = Answer::new(name.trim_end_matches('*'));
            lexicon()
                .iter()
                .map(|entry| {
                    (
                        entry
                            .0
                            .find(&text)
                            .iter()
                            .map(|s| s.end - s.start)
                            .sum::<usize>(),
                        entry,
                    )
                })
                .filter(|(covered, _)| *covered > 0)
                .max_by_key(|(covered, _)| *covered)
                .map(|(_, entry)| entry)
        };
        let own: Vec<(String, Option<&LexiconEntry>)> = card
            .jargon
            .iter()
            .map(|name| (name.clone(), lexicon_entry(name)))
            .collect();
        let mut jargon: Vec<(Arc<str>, Option<Arc<str>>, Term)> = own
            .iter()
            .filter_map(|(name, entry)| {
                let swap = entry
                    .map(|(_, _, swap)| *swap)
                    .filter(|s| !s.is_empty())
                    .map(Arc::from);
                Term::parse(name).map(|t| (Arc::from(name.as_str()), swap, t))
            })
            .filter(|(_, _, term)| !rewarded(term))
            .collect();
        // The lexicon's terms that the model answer uses are the card's own words for its
        // reader ("cache" on a card about caches): never penalised.
        let model_answer = Answer::new(&card.model_answer);
        for (term, name, swap) in lexicon() {
            let listed = own.iter().any(|(own, entry)| {
                own.eq_ignore_ascii_case(name) || entry.is_some_and(|(_, n, _)| n == name)
            });
            if !listed && !rewarded(term) && term.find(&model_answer).is_empty() {
                jargon.push((
                    Arc::from(*name),
                    (!swap.is_empty()).then(|| Arc::from(*swap)),
                    term.clone(),
                ));
            }
        }
        let mut terms: Vec<Term> = Vec::new();
        let mut places: HashMap<String, u32> = HashMap::new();
        let mut place = |term: Term| {
            *places.entry(term.key()).or_insert_with(|| {
                terms.push(term);
                (terms.len() - 1) as u32
            })
        };
        let mut concepts: Vec<Vec<u32>> = concepts
            .into_iter()
            .map(|terms| terms.into_iter().map(&mut place).collect())
            .collect();
        let jargon: Vec<(Arc<str>, Option<Arc<str>>, u32)> = jargon
            .into_iter()
            .map(|(name, swap, term)| (name, swap, place(term)))
            .collect();
        for concept in &mut concepts {
            crate::sort::sort_by_key(concept, |&t| terms[t as usize].is_negative());
        }
        let positive = concepts
            .iter()
            .map(|c| {
                c.iter()
                    .filter(|&&t| !terms[t as usize].is_negative())
                    .count()
            })
            .collect();
        let mut index = Index::default();
        for term in &mut terms {
            index.register(term);
        }
        // Which terms use each registered word.
        let mut users: Vec<Vec<u32>> = vec![Vec::new(); index.len()];
        for (number, term) in terms.iter().enumerate() {
            for id in term.word_ids() {
                users[id].push(number as u32);
            }
        }
        let guide_words = length_guide(card);
        let texts = card
            .concepts
            .iter()
            .map(|c| (Arc::from(c.label.as_str()), Arc::from(c.hint.as_str())))
            .collect();
        Rubric {
            shape: card
                .concepts
                .iter()
                .map(|c| (c.dimension, c.weight))
                .collect(),
            addressee: Arc::from(card.addressee()),
            terms,
            concepts,
            positive,
            texts,
            amounts,
            jargon,
            index,
            users,
            guide_words,
            vocab: Mutex::default(),
        }
    }
}

/// A concept's terms, plus every member of a synonym group one of them is a whole member
/// of (the same words, by stem: "fines" is a member of the group with "fine").
fn with_synonyms(terms: &[String]) -> Vec<Term> {
    let keys = group_keys();
    let mut all: Vec<String> = terms.to_vec();
    for (group, group_keys) in SYNONYMS.iter().zip(keys) {
        if terms
            .iter()
            .any(|t| group_keys.contains(&stem_key(t.trim_end_matches('*'))))
        {
            let new: Vec<String> = group
                .iter()
                .map(|m| (*m).to_owned())
                .filter(|m| !all.contains(m))
                .collect();
            all.extend(new);
        }
    }
    all.iter().filter_map(|t| Term::parse(t)).collect()
}

/// Each synonym group's members as stem keys, built once.
fn group_keys() -> &'static [Vec<String>] {
    static GROUP_KEYS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    GROUP_KEYS.get_or_init(|| {
        SYNONYMS
            .iter()
            .map(|g| g.iter().map(|m| stem_key(m)).collect())
            .collect()
    })
}

/// The stems of a text's words, space-separated: equal for "sign-ups" and "sign up".
pub(crate) fn stem_key(text: &str) -> String {
    crate::rubric::text::tokenize(text)
        .iter()
        .map(Token::stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The amount a term states, when the whole term is one quantity with a value.
fn whole_quantity(term: &str) -> Option<Quantity> {
    let answer = Answer::new(term);
    match quantities(term, &answer.tokens)[..] {
        [q] if q.value.is_some() && q.span.start == 0 && q.span.end == term.trim_end().len() => {
            Some(q)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::score::tests::card;

    fn jargon_names(rubric: &Rubric) -> Vec<&str> {
        rubric.jargon.iter().map(|(name, _, _)| &**name).collect()
    }

    #[test]
    fn the_cards_jargon_comes_first_with_the_lexicons_swap() {
        let rubric = Rubric::new(&card());
        let names = jargon_names(&rubric);
        assert_eq!(names[..2], ["refactor", "API gateway"]);
        assert_eq!(
            rubric.jargon[1].1.as_deref(),
            Some("front door for every request"),
            "the swap of the lexicon entry covering most of the name"
        );
        assert!(
            !names.contains(&"refactor*"),
            "a lexicon entry the card lists is not added again"
        );
        assert!(
            names.contains(&"latency"),
            "the rest of the lexicon applies"
        );
    }

    #[test]
    fn a_word_the_card_rewards_or_its_model_answer_uses_is_never_jargon() {
        let mut rewarding = card();
        rewarding.concepts[0].terms.push("latency".into());
        rewarding.jargon.push("latency".into());
        assert!(!jargon_names(&Rubric::new(&rewarding)).contains(&"latency"));
        let mut own_words = card();
        own_words.model_answer.push_str(" The latency stays low.");
        assert!(!jargon_names(&Rubric::new(&own_words)).contains(&"latency"));
    }

    #[test]
    fn terms_shared_by_concepts_are_searched_once() {
        let mut shared = card();
        shared.concepts[1].terms.push("fail*".into());
        let rubric = Rubric::new(&shared);
        let fail = |k: usize| {
            rubric.concepts[k]
                .iter()
                .find(|&&t| rubric.concepts[0].contains(&t))
                .copied()
        };
        assert!(fail(1).is_some(), "both concepts point at one term");
    }

    #[test]
    fn amounts_and_synonyms_widen_a_concepts_terms() {
        assert_eq!(
            whole_quantity("six weeks").and_then(|q| q.value),
            Some(6.0 * 7.0)
        );
        assert_eq!(whole_quantity("$4,000").and_then(|q| q.value), Some(4000.0));
        assert!(
            whole_quantity("six weeks of work").is_none(),
            "not the whole term"
        );
        let widened = with_synonyms(&["breach".to_owned()]);
        assert!(widened.len() > 1, "a synonym group's members join");
        assert_eq!(stem_key("sign-ups"), stem_key("sign up"));
    }
}
