//! The score of one answer against one card, with the evidence behind it.

use super::lexicon::{JARGON, SYNONYMS};
use super::matcher::{Answer, Index, Term};
use super::quantity::{Quantity, quantities};
use super::text::{Span, Token, Vocab};
use super::{
    CONCEPT_POINTS, JARGON_PENALTY, JARGON_PENALTY_CAP, LIFT, LIFT_KNEE, LIST_MENTIONS,
    NEGATION_REACH, QUANTITY_BONUS, QUANTITY_BONUS_CAP, RAMBLE_PENALTY_CAP, SATURATION,
};
use crate::deck::{Card, Dimension};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The explained result of scoring an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Overall score, 0–100.
    pub total: u8,
    /// One score per dimension the card covers, in [`Dimension::ALL`] order.
    pub dimensions: Vec<DimensionScore>,
    /// Concepts the answer conveys, in card order, with where it conveys them.
    pub matched: Vec<ConceptHit>,
    /// Concepts the answer misses, in card order, with their hints.
    pub missed: Vec<ConceptMiss>,
    /// Jargon the answer uses (the card's, then the built-in lexicon's), with plain swaps.
    pub jargon: Vec<JargonHit>,
    /// The concrete quantities the answer states, in text order.
    pub quantities: Vec<Quantity>,
    /// Up to three ways to raise the score, the most valuable first.
    pub tips: Vec<Tip>,
    /// A friendly word when there is nothing to score yet (empty or off-topic).
    pub message: Option<String>,
    /// Number of words in the answer.
    pub word_count: usize,
}

/// A score for one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// The dimension.
    pub dimension: Dimension,
    /// Its score, 0–100.
    pub score: u8,
}

/// A concept the answer conveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptHit {
    /// The concept's label (shared with the compiled card, so a report copies no text).
    pub label: Arc<str>,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// Every place in the answer where it is conveyed, in text order.
    pub spans: Vec<Span>,
}

/// A concept the answer misses, and why a mention did not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptMiss {
    /// The concept's label (shared with the compiled card, so a report copies no text).
    pub label: Arc<str>,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// The author's nudge toward it.
    pub hint: Arc<str>,
    /// Mentions that were denied ("there is no risk").
    pub denied: Vec<Span>,
    /// Mentions in a list of words rather than a sentence.
    pub listed: Vec<Span>,
    /// Mentions that claim the opposite of a point made by a denial: "it has children"
    /// where the point is that it has none.
    pub opposite: Vec<Span>,
}

/// A jargon term the answer uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JargonHit {
    /// The term as the card or lexicon lists it.
    pub term: Arc<str>,
    /// A plain-language swap, where one is known.
    pub swap: Option<Arc<str>>,
    /// Every place the answer uses it, in text order.
    pub spans: Vec<Span>,
}

/// One way to raise the score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    /// What to do, in a sentence.
    pub text: String,
    /// About how many points it would win.
    pub points: u8,
}

/// A card compiled for scoring: its terms parsed once, for every keystroke after.
///
/// It also remembers every word it has read, with what that word matches, so scoring
/// the next version of an answer analyses only the words that are new.
#[derive(Debug)]
pub struct Rubric {
    /// Each concept's dimension and weight, in card order.
    shape: Vec<(Dimension, u32)>,
    /// Who the card's answer is for, named in the messages.
    audience: Arc<str>,
    /// Every distinct term of the card's concepts and jargon, each searched once per answer
    /// however many concepts list it (a word two concepts share, a synonym group's members).
    terms: Vec<Term>,
    /// Each concept's terms, as places in `terms`.
    concepts: Vec<Vec<u32>>,
    /// Concept terms that are amounts ("$4,000", "two weeks"): any equal amount matches.
    amounts: Vec<Vec<Quantity>>,
    /// Each concept's label and hint, shared by every report.
    texts: Vec<(Arc<str>, Arc<str>)>,
    /// Jargon names, plain swaps and their terms, as places in `terms`.
    jargon: Vec<(Arc<str>, Option<Arc<str>>, u32)>,
    index: Index,
    /// For each word registered in `index`, the terms that use it.
    users: Vec<Vec<u32>>,
    guide_words: usize,
    /// The words read so far (see [`Vocab`]), forgotten past [`VOCAB_LIMIT`].
    vocab: Mutex<Vocab>,
}

/// How many distinct words a rubric remembers before it starts again: far more than a
/// practice session types. A remembered word costs about 200 bytes (its spellings, forms
/// and matches), so this holds the memory to about 10 MB between answers.
const VOCAB_LIMIT: usize = 50_000;

/// The most characters of an answer the app scores and shows back: about 3,000 words, ten
/// times the longest useful answer. Past it (a whole document pasted) the app scores the
/// first part, says so, and keeps the rest in the box untouched; the scorer itself has no
/// limit (the command line grades whatever it is given).
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// The part of `answer` the app scores: all of it, or its first [`MAX_ANSWER_CHARS`]
/// characters.
pub fn scored_part(answer: &str) -> &str {
    match answer.char_indices().nth(MAX_ANSWER_CHARS) {
        Some((end, _)) => &answer[..end],
        None => answer,
    }
}

/// The card's length guide in words: its model answer's length, at least 40. An answer
/// loses points for rambling only past twice the guide.
pub fn length_guide(card: &Card) -> usize {
    card.model_answer.split_whitespace().count().max(40)
}

/// Score `answer` against `card` (compiles the card each call; keep a [`Rubric`] to reuse).
pub fn score(card: &Card, answer: &str) -> Report {
    Rubric::new(card).score(answer)
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
    /// Compile `card`: parse its terms, add synonyms, pick the jargon that applies, and
    /// index every term word so scoring needs only lookups.
    pub fn new(card: &Card) -> Rubric {
        let concepts: Vec<Vec<Term>> = card
            .concepts
            .iter()
            .map(|c| with_synonyms(&c.terms))
            .collect();
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
        let concepts: Vec<Vec<u32>> = concepts
            .into_iter()
            .map(|terms| terms.into_iter().map(&mut place).collect())
            .collect();
        let jargon: Vec<(Arc<str>, Option<Arc<str>>, u32)> = jargon
            .into_iter()
            .map(|(name, swap, term)| (name, swap, place(term)))
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
            audience: Arc::from(card.audience.as_str()),
            terms,
            concepts,
            texts,
            amounts,
            jargon,
            index,
            users,
            guide_words,
            vocab: Mutex::default(),
        }
    }

    /// Score one answer.
    pub fn score(&self, text: &str) -> Report {
        let answer = {
            // Every vocabulary entry is complete when it is added, so a lock poisoned by a
            // panic elsewhere is safe to take.
            let mut vocab = self.vocab.lock().unwrap_or_else(|e| e.into_inner());
            if vocab.len() > VOCAB_LIMIT {
                *vocab = Vocab::default();
            }
            Answer::with_index(text, &self.index, &mut vocab)
        };
        let tokens = &answer.tokens;
        // Where each token starts, for finding the tokens of a span.
        let starts: Vec<usize> = tokens.iter().map(|t| t.span.start).collect();

        // Concepts: every mention, then only those stated in a sentence and not denied.
        let quantities = quantities(text, tokens);
        // Only a term with a word the answer matches can be found: most terms are skipped.
        let mut live = vec![false; self.terms.len()];
        for id in answer.matched_words() {
            for &term in &self.users[id] {
                live[term as usize] = true;
            }
        }
        // Where each live term occurs: `found_at[t]` is its slice of `term_spans`.
        let mut term_spans: Vec<Span> = Vec::new();
        let mut found_at = vec![0..0; self.terms.len()];
        for (t, term) in self.terms.iter().enumerate() {
            if live[t] {
                let from = term_spans.len();
                term.find_into(&answer, &mut term_spans);
                found_at[t] = from..term_spans.len();
            }
        }
        let spans_of = |t: u32| &term_spans[found_at[t as usize].clone()];
        // Each concept's mentions, each with whether its term is stated by a denial ("no
        // children"); put in text order once sorted into what they earned.
        let found: Vec<Vec<(Span, bool)>> = self
            .concepts
            .iter()
            .zip(&self.amounts)
            .map(|(terms, amounts)| {
                // Each mention once, however many terms saw it: positive and negative terms
                // apart, since they are read the opposite way.
                let (mut positive, mut negative) = (Vec::new(), Vec::new());
                for &t in terms {
                    let into = if self.terms[t as usize].is_negative() {
                        &mut negative
                    } else {
                        &mut positive
                    };
                    into.extend_from_slice(spans_of(t));
                }
                positive.extend(
                    quantities
                        .iter()
                        .filter(|q| amounts.iter().any(|a| a.same_amount(q)))
                        .map(|q| q.span),
                );
                let mut spans: Vec<(Span, bool)> = merge_overlapping(positive)
                    .into_iter()
                    .map(|s| (s, false))
                    .collect();
                spans.extend(merge_overlapping(negative).into_iter().map(|s| (s, true)));
                spans
            })
            .collect();
        let prose = prose_sentences(tokens, &starts, &found);
        let denials = Denials::new(tokens);
        let mut matched = Vec::with_capacity(self.shape.len());
        let mut missed = Vec::with_capacity(self.shape.len());
        let mut credited = vec![false; self.shape.len()];
        for (k, (&(dimension, _), spans)) in self.shape.iter().zip(found).enumerate() {
            let mut good = Vec::with_capacity(spans.len());
            let (mut denied, mut listed, mut opposite) = (Vec::new(), Vec::new(), Vec::new());
            for (span, negative) in spans {
                let first = first_token(&starts, span);
                if first >= tokens.len() {
                    continue;
                }
                // "Without" does not deny a point, but it states one made by a denial.
                let negator = denials.of(first, negative);
                if negator.is_some() != negative {
                    if negative {
                        opposite.push(span);
                    } else {
                        denied.push(span);
                    }
                } else if !prose.get(tokens[first].sentence).copied().unwrap_or(false) {
                    listed.push(span);
                } else {
                    // A point made by a denial shows with its denial: "does not have any
                    // children", not "children".
                    good.push(match negator {
                        Some(n) => tokens[n].span.cover(span),
                        None => span,
                    });
                }
            }
            if good.is_empty() {
                missed.push(ConceptMiss {
                    label: self.texts[k].0.clone(),
                    dimension,
                    hint: self.texts[k].1.clone(),
                    denied: merge_overlapping(denied),
                    listed: merge_overlapping(listed),
                    opposite: merge_overlapping(opposite),
                });
            } else {
                credited[k] = true;
                matched.push(ConceptHit {
                    label: self.texts[k].0.clone(),
                    dimension,
                    spans: merge_overlapping(good),
                });
            }
        }

        let dimensions: Vec<DimensionScore> = Dimension::ALL
            .into_iter()
            .filter(|d| self.shape.iter().any(|(of, _)| of == d))
            .map(|dimension| DimensionScore {
                dimension,
                score: self.dimension_score(dimension, &credited),
            })
            .collect();

        // Jargon: the card's list first, then the lexicon; one phrase is penalised once.
        let mut claimed = vec![false; tokens.len()];
        let mut jargon = Vec::new();
        for (name, swap, term) in &self.jargon {
            let spans: Vec<Span> = spans_of(*term)
                .iter()
                .copied()
                .filter(|s| !claimed[token_range(&starts, *s)].contains(&true))
                .collect();
            if !spans.is_empty() {
                for span in &spans {
                    claimed[token_range(&starts, *span)].fill(true);
                }
                jargon.push(JargonHit {
                    term: name.clone(),
                    swap: swap.clone(),
                    spans,
                });
            }
        }

        let parts = Parts::new(self, &dimensions, &quantities, jargon.len(), tokens.len());
        let tips = self.tips(&parts, &missed, &jargon, &quantities, &credited);
        let message = if tokens.is_empty() {
            Some(format!(
                "Write what you would say to the {}, then score it.",
                self.audience
            ))
        } else if matched.is_empty() {
            Some(format!(
                "Nothing here speaks to risk, cost or opportunity yet. Start with what the {} gains or stands to lose.",
                self.audience
            ))
        } else {
            None
        };
        Report {
            total: parts.total(),
            dimensions,
            matched,
            missed,
            jargon,
            quantities,
            tips,
            message,
            word_count: tokens.len(),
        }
    }

    /// A dimension's score from which concepts are credited: weight covered over
    /// [`SATURATION`] of the dimension's weight, capped at 100.
    fn dimension_score(&self, dimension: Dimension, credited: &[bool]) -> u8 {
        let (got, all) = self.weights(dimension, credited);
        weight_score(got, all)
    }

    /// The weight credited in `dimension`, and its whole weight.
    fn weights(&self, dimension: Dimension, credited: &[bool]) -> (u32, u32) {
        let (mut got, mut all) = (0u32, 0u32);
        for (&(of, weight), &hit) in self.shape.iter().zip(credited) {
            if of == dimension {
                all += weight;
                got += if hit { weight } else { 0 };
            }
        }
        (got, all)
    }

    fn tips(
        &self,
        parts: &Parts,
        missed: &[ConceptMiss],
        jargon: &[JargonHit],
        quantities: &[Quantity],
        credited: &[bool],
    ) -> Vec<Tip> {
        let base = parts.total();
        // What each tip would win, worded only for the three kept.
        enum Kind<'a> {
            Concept(&'a ConceptMiss),
            Jargon(&'a JargonHit),
            Number,
        }
        let mut gains: Vec<(u8, Kind)> = Vec::new();
        // The missed concepts are the uncredited ones, in card order: pair them by position
        // (labels may repeat, so they cannot identify a concept).
        let uncredited = (0..credited.len()).filter(|&k| !credited[k]);
        let weights: Vec<(u32, u32)> = parts.dimensions[..parts.covered]
            .iter()
            .map(|d| self.weights(d.dimension, credited))
            .collect();
        for (k, miss) in uncredited.zip(missed) {
            // Crediting concept `k` changes only its own dimension.
            let (dimension, weight) = self.shape[k];
            let mut what_if = *parts;
            for (d, &(got, all)) in what_if.dimensions[..parts.covered].iter_mut().zip(&weights) {
                if d.dimension == dimension {
                    d.score = weight_score(got + weight, all);
                }
            }
            gains.push((what_if.total().saturating_sub(base), Kind::Concept(miss)));
        }
        if let Some(first) = jargon.first() {
            let what_if = Parts {
                jargon_terms: parts.jargon_terms - 1,
                ..*parts
            };
            gains.push((what_if.total().saturating_sub(base), Kind::Jargon(first)));
        }
        if quantities.len() < usize::from(QUANTITY_BONUS_CAP / QUANTITY_BONUS) && parts.mean() > 0.0
        {
            let what_if = Parts {
                quantity_count: parts.quantity_count + 1,
                ..*parts
            };
            gains.push((what_if.total().saturating_sub(base), Kind::Number));
        }
        gains.retain(|(points, _)| *points > 0);
        // Stable: among equal gains, concepts in card order, then jargon, then numbers.
        gains.sort_by_key(|(points, _)| std::cmp::Reverse(*points));
        gains.truncate(3);
        gains
            .into_iter()
            .map(|(points, kind)| {
                let text = match kind {
                    Kind::Concept(miss) => {
                        let why = if !miss.opposite.is_empty() {
                            " You mentioned it, but as something that is there: the point is that it is not."
                        } else if !miss.denied.is_empty() {
                            " You mentioned it, but as something that is not there."
                        } else if !miss.listed.is_empty() {
                            " You named it, but in a list of words rather than a sentence."
                        } else {
                            ""
                        };
                        format!("{} ({}){why}", miss.hint, miss.dimension)
                    }
                    Kind::Jargon(hit) => {
                        let swap = hit
                            .swap
                            .as_deref()
                            .map(|s| format!(": try “{s}”"))
                            .unwrap_or_default();
                        format!("Drop the jargon “{}”{swap}.", hit.term)
                    }
                    Kind::Number => "Put a number on it: how much, how many, by when.".into(),
                };
                Tip { text, points }
            })
            .collect()
    }
}

/// The parts of the total, kept apart so tips can ask "what if".
#[derive(Debug, Clone, Copy)]
struct Parts {
    /// The scores of the card's dimensions, in the first `covered` places.
    dimensions: [DimensionScore; 3],
    covered: usize,
    quantity_count: usize,
    jargon_terms: usize,
    words: usize,
    guide_words: usize,
}

impl Parts {
    fn new(
        rubric: &Rubric,
        dimensions: &[DimensionScore],
        quantities: &[Quantity],
        jargon_terms: usize,
        words: usize,
    ) -> Parts {
        let mut slots = [DimensionScore {
            dimension: Dimension::Risk,
            score: 0,
        }; 3];
        let covered = dimensions.len().min(slots.len());
        slots[..covered].copy_from_slice(&dimensions[..covered]);
        Parts {
            dimensions: slots,
            covered,
            quantity_count: quantities.len(),
            jargon_terms,
            words,
            guide_words: rubric.guide_words,
        }
    }

    fn mean(&self) -> f64 {
        if self.covered == 0 {
            return 0.0;
        }
        self.dimensions[..self.covered]
            .iter()
            .map(|d| f64::from(d.score))
            .sum::<f64>()
            / self.covered as f64
    }

    /// The total: concept coverage worth [`CONCEPT_POINTS`], plus the quantity bonus (only
    /// once something is covered), minus jargon and rambling, clamped to 0–100.
    fn total(&self) -> u8 {
        let coverage = self.mean();
        if coverage == 0.0 {
            return 0;
        }
        let concepts = lift(coverage / 100.0) * f64::from(CONCEPT_POINTS);
        let bonus = (self.quantity_count as f64 * f64::from(QUANTITY_BONUS))
            .min(f64::from(QUANTITY_BONUS_CAP));
        let jargon = (self.jargon_terms as f64 * f64::from(JARGON_PENALTY))
            .min(f64::from(JARGON_PENALTY_CAP));
        let limit = 2 * self.guide_words;
        let ramble = if self.words > limit {
            // One point for every tenth of the guide past twice the guide.
            ((self.words - limit) as f64 * 10.0 / self.guide_words as f64)
                .min(f64::from(RAMBLE_PENALTY_CAP))
        } else {
            0.0
        };
        (concepts + bonus - jargon - ramble)
            .round()
            .clamp(0.0, 100.0) as u8
    }
}

/// Coverage (0 to 1) as a reader weighs it: below [`LIFT_KNEE`] raised by up to [`LIFT`]
/// times itself, fading to nothing at the knee; unchanged from there on.
fn lift(coverage: f64) -> f64 {
    if coverage < LIFT_KNEE {
        coverage + LIFT * coverage * (1.0 - coverage / LIFT_KNEE)
    } else {
        coverage
    }
}

/// Sorted spans with overlapping ones merged: one mention, however many terms saw it.
fn merge_overlapping(mut spans: Vec<Span>) -> Vec<Span> {
    if spans.len() < 2 {
        return spans;
    }
    spans.sort_unstable();
    let mut kept = 1;
    for i in 1..spans.len() {
        if spans[i].start < spans[kept - 1].end {
            spans[kept - 1] = spans[kept - 1].cover(spans[i]);
        } else {
            spans[kept] = spans[i];
            kept += 1;
        }
    }
    spans.truncate(kept);
    spans
}

/// A concept's terms, plus every member of a synonym group one of them is a whole member
/// of (the same words, by stem: "fines" is a member of the group with "fine").
fn with_synonyms(terms: &[String]) -> Vec<Term> {
    static GROUP_KEYS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let keys = GROUP_KEYS.get_or_init(|| {
        SYNONYMS
            .iter()
            .map(|g| g.iter().map(|m| stem_key(m)).collect())
            .collect()
    });
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

/// The stems of a text's words, space-separated: equal for "sign-ups" and "sign up".
pub(super) fn stem_key(text: &str) -> String {
    super::text::tokenize(text)
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
fn prose_sentences(
    tokens: &[Token],
    starts: &[usize],
    mentions: &[Vec<(Span, bool)>],
) -> Vec<bool> {
    const NONE: u32 = u32::MAX;
    let sentences = tokens.last().map_or(0, |t| t.sentence + 1);
    let mut in_mention = vec![false; tokens.len()];
    // The concept whose mention starts at each token (the first, when several do).
    let mut starts_mention = vec![NONE; tokens.len()];
    for (k, spans) in mentions.iter().enumerate() {
        for (span, _) in spans {
            let range = token_range(starts, *span);
            in_mention[range.clone()].fill(true);
            if let Some(first) = starts_mention.get_mut(range.start) {
                if *first == NONE {
                    *first = k as u32;
                }
            }
        }
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Mention,
        Own,
        Chain,
        Other,
    }
    let kinds: Vec<Kind> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if in_mention[i] {
                Kind::Mention
            } else if t.numeric || matches!(&*t.word, "a" | "an" | "the") {
                Kind::Other
            } else if matches!(&*t.word, "and" | "or" | "plus" | "also") {
                Kind::Chain
            } else {
                Kind::Own
            }
        })
        .collect();
    // Whether each clause has a word of its own: a clause that is only mentions is bare.
    let clauses = tokens.last().map_or(0, |t| t.clause + 1);
    let mut clause_own = vec![false; clauses];
    for (t, kind) in tokens.iter().zip(&kinds) {
        clause_own[t.clause] |= *kind == Kind::Own;
    }
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
        /// Since the last mention: the own words (in the clause now), a chaining word.
        own: Vec<u32>,
        chained: bool,
        /// The own words of each gap filled so far: a gap that repeats an earlier one ("we
        /// have sign ups, we have deals") is a chain dressed up.
        gaps: Vec<Vec<u32>>,
    }
    let mut stats: Vec<Sentence> = (0..sentences).map(|_| Sentence::default()).collect();
    // Distinct own words per sentence, counted by marking each word with its sentence (no
    // sort: a pasted document can be one long sentence).
    let mut own_words = vec![0usize; sentences];
    let mut marked: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let s = &mut stats[t.sentence];
        if i > 0 && tokens[i - 1].clause != t.clause {
            // An own word before a break says something of the clause before it.
            s.own.clear();
        }
        if starts_mention[i] != NONE {
            let concept = starts_mention[i];
            if let Some((previous, clause)) = s.last {
                if previous != concept {
                    // Gap words in their order: a repeated frame repeats them in order.
                    if !s.own.is_empty() && !s.gaps.contains(&s.own) {
                        s.filled += 1;
                        let gap = std::mem::take(&mut s.own);
                        s.gaps.push(gap);
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
            match kinds[i] {
                Kind::Own => {
                    s.own.push(t.id);
                    s.grammar |= t.role.function;
                    let id = t.id as usize;
                    if marked.len() <= id {
                        marked.resize(id + 1, 0);
                    }
                    if marked[id] != t.sentence + 1 {
                        marked[id] = t.sentence + 1;
                        own_words[t.sentence] += 1;
                    }
                }
                Kind::Chain => s.chained = true,
                Kind::Mention | Kind::Other => {}
            }
        }
    }
    stats
        .iter()
        .zip(own_words)
        .map(|(s, own)| {
            let concepts = s.concepts.len();
            concepts < LIST_MENTIONS || (s.grammar && 3 * own >= s.mentions && s.filled >= s.chains)
        })
        .collect()
}

/// A dimension's score from the weight credited and its whole weight: the credited
/// weight over [`SATURATION`] of the whole, capped at 100.
fn weight_score(got: u32, all: u32) -> u8 {
    if all == 0 {
        return 0;
    }
    let score = f64::from(got) / (f64::from(all) * SATURATION) * 100.0;
    score.round().min(100.0) as u8
}

/// The index of the first token inside `span`, given where each token starts.
fn first_token(starts: &[usize], span: Span) -> usize {
    starts.partition_point(|&s| s < span.start)
}

/// The indices of the tokens inside `span`, given where each token starts (in text order).
fn token_range(starts: &[usize], span: Span) -> std::ops::Range<usize> {
    let start = first_token(starts, span);
    let end = starts.partition_point(|&s| s < span.end);
    start..end.max(start)
}

/// Which negator denies each token of an answer, if one does: in the token's clause, with
/// no clause word ("and", "but", "because") between, a clause negator ("no", "nobody",
/// "never") anywhere before it with no new subject ("we", "you") between, or another
/// negator ("not", "won't") within [`NEGATION_REACH`] words before it; or a denial of truth
/// ("it is not true that") up to [`DENIAL_SCOPE`] words before it in its sentence with no
/// "but" between. Worked out in one pass over the answer, so every mention asks in constant
/// time.
pub(super) struct Denials {
    /// The denying negator of each token (`NONE` for none).
    strict: Vec<u32>,
    /// The nearest word of absence ("without") within reach of each token, which states a
    /// point made by a denial ("a node without children") but denies nothing else.
    absent: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Denials {
    pub(super) fn new(tokens: &[Token]) -> Denials {
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
            } else if matches!(&*t.word, "i" | "we" | "you" | "they" | "he" | "she") {
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
    pub(super) fn of(&self, at: usize, absence: bool) -> Option<usize> {
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
