//! Drafting a card's rubric from a prompt and a model answer: an author's starting point,
//! and the whole rubric of every card imported from CSV or Anki notes.
//!
//! A reader grading against a model answer looks for its ideas, in any wording. So:
//! - Concepts are the model answer's telling content words and two-word phrases (grouped by
//!   stem), plus its amounts (any equal amount matches later). Grammar words, [`GENERIC`]
//!   words and the prompt's own words are never a concept: restating the question earns
//!   nothing. A phrase that shares a word with the prompt ("hash function" for a question on
//!   hash tables) stays, at a lower weight.
//! - Each concept has several terms: the phrase, the words of it that carry meaning alone
//!   ("main function" → "main"), the other forms the model answer uses, and synonyms from a
//!   [`Thesaurus`] when one is given (the app fetches WordNet's, see `thesaurus`).
//! - A concept the model answer states by denying it ("a leaf has no children") is drafted
//!   as a negative term ("no children"), so "does not have any children" earns it and "has
//!   two children" does not.
//! - Weights: a concept of the first sentence (where a model answer usually says its main
//!   point) weighs more; one touching the prompt's words weighs less.
//! - Each concept's dimension comes from business cue words, in the concept itself or else
//!   in its sentence. Jargon is what the prompt says that the model answer does not: known
//!   technical terms and technical-looking words (acronyms, `snake_case`, `v2`).

mod dimension;
mod jargon;

use super::lexicon::is_function_word;
use super::matcher::{Answer, Term};
use super::quantity::{QuantityKind, quantities};
use super::score::{Denials, stem_key};
use super::text::Token;
use super::thesaurus::Thesaurus;
use crate::deck::{Card, Concept, Dimension};
use dimension::{cue_strength, sentence_dimension, word_dimension};
use jargon::prompt_jargon;

/// Most concepts a draft proposes: enough for a rich answer, few enough to edit.
const MAX_CONCEPTS: usize = 8;
/// Most of them that are amounts: numbers support the point; they are not the point.
const MAX_QUANTITY_CONCEPTS: usize = 2;
/// Most synonyms a thesaurus adds to one concept word: the first are its closest.
const MAX_SYNONYMS: usize = 4;

/// Words too general to be a concept on their own: a reader does not give credit for them.
/// One string, split when asked (a draft is rare, and a table of pointers costs the app's
/// download more than the split costs a draft).
const GENERIC: &str = "\
    need needs needed make makes made making get gets got going goes take takes taking took \
    thing things way ways lot lots really also just like well want wants use used uses \
    using one two new good bad able part parts right work works today now time times would \
    could said says every many much more most less each instead after before other another \
    piece start starts push hit far doing done lets let given give gives based keep keeps \
    kept called call example rather usually often always sometimes still even ever whole \
    same different kind kinds sort number numbers something anything everything someone \
    anyone everyone put puts set sets come comes came see sees seen know knows look looks \
    find finds found happen happens happened mean means meaning instance case cases point \
    points certain various own least almost quite either both whether therefore thus hence \
    etc yes okay ok along around away back down off onto upon among across behind beyond \
    during toward towards via first second last next later earlier once twice few several \
    enough ends end sit sits leave leaves stay stays run runs ran running try tries show \
    shows tell tells allow allows handle handled handles form forms type types lower higher \
    small large big little level levels such whose it's there's directly itself themselves \
    ones longer outside inside suits suit stuff yourself system systems following follows \
    follow";

/// A candidate concept while drafting.
struct Candidate {
    /// The stems of its words, space-separated: one candidate per key.
    key: String,
    /// Its words as the model answer first writes them, space-separated.
    text: String,
    /// Every other way the model answer writes it ("buckets" beside "bucket").
    forms: Vec<String>,
    sentence: usize,
    /// How telling it is: its occurrences, weighted by cue words and position.
    salience: f64,
    /// The negator that denies it where the model answer states it by denying it ("no" in
    /// "has no children", "never" in "the calls never stop").
    negator: Option<String>,
    /// Whether one of its words is one of the prompt's.
    touches_prompt: bool,
    /// Whether the model answer uses a lone word as a verb ("to store"), as a noun ("the
    /// store"), or leaves it open: a synonym from the other part of speech is a wrong match.
    verb: Option<bool>,
}

/// Propose a card for `prompt` from `model_answer`, without synonyms beyond the scorer's
/// own (see [`draft_with`]). The id is drawn from the prompt; the caller may replace it. The
/// card validates as it stands.
pub fn draft(prompt: &str, model_answer: &str) -> Card {
    draft_with(prompt, model_answer, &Thesaurus::default())
}

/// [`draft`], adding each concept word's synonyms from `thesaurus` as terms.
pub fn draft_with(prompt: &str, model_answer: &str, thesaurus: &Thesaurus) -> Card {
    let answer = Answer::new(model_answer);
    let tokens = &answer.tokens;
    let jargon = prompt_jargon(prompt, model_answer);
    let jargon_terms: Vec<Term> = jargon.iter().filter_map(|j| Term::parse(j)).collect();
    let is_jargon = |text: &str| is_any(&jargon_terms, text);
    let asked: Vec<String> = Answer::new(prompt)
        .tokens
        .iter()
        .filter(|t| !is_function_word(&t.word))
        .map(Token::stem)
        .collect();
    let amounts = quantities(model_answer, tokens);
    let in_amount = |t: &Token| {
        amounts
            .iter()
            .any(|q| q.span.start <= t.span.start && t.span.end <= q.span.end)
    };
    let content = |t: &Token| is_content(t) && !in_amount(t) && !is_jargon(&t.word);

    let denials = Denials::new(tokens);
    let mut candidates: Vec<Candidate> = Vec::new();
    // A candidate from the words `tokens[at..at + len]`.
    let mut add = |at: usize, len: usize, weight: f64, negator: Option<String>, verb| {
        let words = &tokens[at..at + len];
        let stems: Vec<String> = words.iter().map(Token::stem).collect();
        let in_prompt = stems.iter().filter(|k| asked.contains(k)).count();
        // The question's own topic is no concept: "hash table" on "what is a hash table".
        if in_prompt == len {
            return;
        }
        let key = stems.join(" ");
        let text = words.iter().map(|t| &*t.word).collect::<Vec<_>>().join(" ");
        match candidates.iter_mut().find(|c| c.key == key) {
            Some(c) => {
                c.salience += weight;
                if c.text != text && !c.forms.contains(&text) {
                    c.forms.push(text);
                }
            }
            None => candidates.push(Candidate {
                key,
                text,
                forms: Vec::new(),
                sentence: words[0].sentence,
                salience: weight,
                negator,
                touches_prompt: in_prompt > 0,
                verb,
            }),
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        if !content(token) {
            continue;
        }
        // The first sentence usually says the main point.
        let place = if token.sentence == 0 { 0.5 } else { 0.0 };
        let negator = denials.of(i, false).map(|n| tokens[n].word.to_string());
        let cue = cue_strength(&token.stem());
        let verb = i
            .checked_sub(1)
            .and_then(|p| part_of_speech_after(&tokens[p].word));
        add(i, 1, 1.0 + cue + place, negator.clone(), verb);
        let next = tokens
            .get(i + 1)
            .filter(|n| n.clause == token.clause && content(n));
        if let Some(next) = next {
            // Two content words side by side usually name one thing ("support staff"):
            // worth more than either word alone. Not a verb and its subject or object
            // ("function turns", "catch bugs"), where the thesaurus can tell.
            let phrase = format!("{} {}", token.word, next.word);
            let verb = |t: &Token, at_start: bool| {
                let inflected = t.word.ends_with("ing") || t.word.ends_with("ed");
                thesaurus.is_verb(&t.word) && !(at_start && inflected)
            };
            if !is_jargon(&phrase) && !verb(token, true) && !verb(next, false) {
                let cue = cue.max(cue_strength(&next.stem()));
                add(i, 2, 1.6 + cue + place, negator, None);
            }
        }
    }
    // Most telling first, then the first said; ties in alphabetical order so drafts are
    // deterministic.
    crate::sort::sort_by(&mut candidates, |a, b| {
        b.salience
            .total_cmp(&a.salience)
            .then(a.sentence.cmp(&b.sentence))
            .then_with(|| a.key.cmp(&b.key))
    });

    let mut concepts: Vec<Concept> = Vec::new();
    let telling = |q: &&super::quantity::Quantity| {
        let text = q.span.slice(model_answer);
        match q.kind {
            QuantityKind::Money | QuantityKind::Percent => true,
            // "a day" after a number is a rate ("100 a day"), not a length of time.
            QuantityKind::Duration => !text.starts_with(['a', 'A']),
            QuantityKind::Number => q.value.is_some_and(|v| v >= 10.0),
            QuantityKind::Count | QuantityKind::Date => false,
        }
    };
    for q in amounts.iter().filter(telling).take(MAX_QUANTITY_CONCEPTS) {
        let text = q.span.slice(model_answer).to_owned();
        let sentence = tokens
            .iter()
            .find(|t| t.span.start >= q.span.start)
            .map_or(0, |t| t.sentence);
        let dimension = match q.kind {
            QuantityKind::Money | QuantityKind::Duration => Dimension::Cost,
            _ => sentence_dimension(tokens, sentence),
        };
        concepts.push(concept(dimension, &text, vec![text.clone()], 1));
    }
    // The chosen candidates: a phrase and a word of it are one idea, so a word already in a
    // chosen phrase is not a concept again (nor the other way round); two phrases may share
    // a word ("source code", "machine code").
    let mut chosen: Vec<&Candidate> = Vec::new();
    let single = |c: &Candidate| !c.key.contains(' ');
    for candidate in &candidates {
        if concepts.len() + chosen.len() >= MAX_CONCEPTS {
            break;
        }
        let overlaps = chosen.iter().any(|c| {
            (single(candidate) || single(c))
                && candidate
                    .key
                    .split(' ')
                    .any(|w| c.key.split(' ').any(|v| v == w))
        });
        if !overlaps {
            chosen.push(candidate);
        }
    }
    for (k, candidate) in chosen.iter().enumerate() {
        let phrase = &candidate.text;
        let mut terms = vec![phrase.clone()];
        terms.extend(candidate.forms.iter().cloned());
        let alone = single(candidate);
        if !alone {
            // A word of a phrase is a term alone unless it is the prompt's, or another
            // chosen concept uses it.
            for (word, stem) in phrase.split(' ').zip(candidate.key.split(' ')) {
                let shared = chosen
                    .iter()
                    .enumerate()
                    .any(|(j, c)| j != k && c.key.split(' ').any(|w| w == stem));
                if !asked.iter().any(|a| a == stem) && !shared {
                    terms.push(word.to_owned());
                }
            }
        }
        // Synonyms of the whole (a phrase the thesaurus knows, or the one word); its forms.
        {
            let word = phrase;
            // "Store the rest" is no "shop": synonyms only where the part of speech agrees.
            let agrees = candidate
                .verb
                .is_none_or(|verb| verb == thesaurus.is_verb(word));
            let synonyms = thesaurus.synonyms(word);
            for synonym in &synonyms[..synonyms.len().min(MAX_SYNONYMS)] {
                if agrees && !is_jargon(synonym) && !asked.contains(&stem_key(synonym)) {
                    terms.push(synonym.clone());
                }
            }
            terms.extend_from_slice(thesaurus.forms(word));
        }
        let mut seen: Vec<String> = Vec::new();
        terms.retain(|t| {
            let key = stem_key(t);
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
        if let Some(negator) = &candidate.negator {
            for term in &mut terms {
                *term = format!("{negator} {term}");
            }
        }
        let dimension = word_dimension(&candidate.key)
            .unwrap_or_else(|| sentence_dimension(tokens, candidate.sentence));
        let weight = 1 + u32::from(candidate.sentence == 0) + u32::from(!candidate.touches_prompt);
        let label = match &candidate.negator {
            Some(negator) => format!("{negator} {phrase}"),
            None => phrase.clone(),
        };
        concepts.push(concept(dimension, &label, terms, weight));
    }
    if concepts.is_empty() {
        let text = model_answer
            .split_whitespace()
            .next()
            .unwrap_or("answer")
            .to_owned();
        concepts.push(concept(
            Dimension::Opportunity,
            &text,
            vec![text.clone()],
            1,
        ));
    }

    let title: String = prompt.trim().chars().take(60).collect();
    Card {
        id: slug(prompt),
        title: if title.is_empty() {
            "Drafted card".into()
        } else {
            title
        },
        prompt: prompt.trim().to_owned(),
        context: "Drafted from a model answer: describe the situation and who is asking.".into(),
        audience: "decision maker".into(),
        difficulty: 2,
        tags: vec!["drafted".into()],
        jargon,
        model_answer: model_answer.trim().to_owned(),
        concepts,
        examples: Vec::new(),
    }
}

fn concept(dimension: Dimension, label: &str, terms: Vec<String>, weight: u32) -> Concept {
    let mut chars = label.chars();
    let label: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    Concept {
        dimension,
        hint: format!("What about {}?", label_lower(&label)),
        label,
        terms,
        weight,
    }
}

fn label_lower(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What a word after `previous` is: a verb after "to", a modal or a subject pronoun ("we
/// store"), a noun after a determiner ("the store"), else unknown.
fn part_of_speech_after(previous: &str) -> Option<bool> {
    const BEFORE_VERB: &str =
        "to can could should will would must may might we they you i it who cannot don't won't not";
    const BEFORE_NOUN: &str =
        "a an the this these those its their our your my his her each every some any no of";
    if listed(BEFORE_VERB, previous) {
        Some(true)
    } else if listed(BEFORE_NOUN, previous) {
        Some(false)
    } else {
        None
    }
}

/// Whether one of `terms` occurs in `text`.
fn is_any(terms: &[Term], text: &str) -> bool {
    let text = Answer::new(text);
    terms.iter().any(|t| !t.find(&text).is_empty())
}

/// Whether a token can be (part of) a concept: a word of three letters or more that is not
/// a number, a negator, a grammar word or a [`GENERIC`] one.
fn is_content(t: &Token) -> bool {
    !t.numeric
        && t.word.chars().count() >= 3
        && !t.role.negator
        && !is_function_word(&t.word)
        && !listed(GENERIC, &t.word)
}

/// Whether `word` is one of the space-separated `words`.
fn listed(words: &str, word: &str) -> bool {
    words.split(' ').any(|w| w == word)
}

/// An id from the first words of the prompt: `[a-z0-9-]`, at most 40 characters.
/// A card or deck id drawn from the first telling words of `text` (`drafted` when none).
pub fn slug(prompt: &str) -> String {
    let words: Vec<String> = Answer::new(prompt)
        .tokens
        .iter()
        .map(|t| {
            t.word
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty() && !is_function_word(w))
        .take(5)
        .collect();
    let mut id = words.join("-");
    id.truncate(40);
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() { "drafted".into() } else { id }
}
