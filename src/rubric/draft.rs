//! Drafting a card's rubric from a prompt and a model answer: an author's starting point.
//!
//! Concepts are the model answer's most telling content words and two-word phrases (grouped
//! by stem; the scorer adds synonyms), plus its amounts (any equal amount matches later).
//! Each concept's dimension comes from business cue words, in the concept itself or else in
//! its sentence. Jargon is what the prompt says that the model answer does not: known
//! technical terms and technical-looking words (acronyms, `snake_case`, `v2`).

use super::lexicon::{JARGON, is_function_word};
use super::matcher::{Answer, Term};
use super::quantity::{QuantityKind, quantities};
use super::text::Token;
use crate::deck::{Card, Concept, Dimension};

/// Most concepts a draft proposes: enough for a rich answer, few enough to edit.
const MAX_CONCEPTS: usize = 8;
/// Most of them that are amounts: numbers support the point; they are not the point.
const MAX_QUANTITY_CONCEPTS: usize = 2;

/// Words too general to be a concept on their own.
const GENERIC: &[&str] = &[
    "need", "needs", "make", "makes", "get", "gets", "going", "take", "takes", "thing", "things",
    "way", "ways", "lot", "lots", "really", "also", "just", "like", "well", "want", "use", "used",
    "using", "one", "two", "new", "good", "bad", "able", "part", "right", "work", "today", "now",
    "time", "would", "could", "said", "says", "every", "many", "much", "more", "most", "less",
    "each", "instead", "after", "before", "other", "another", "piece", "system", "start", "starts",
    "push", "hit", "far", "far", "doing", "lets", "let", "everi",
];

const RISK_CUES: &[&str] = &[
    "risk", "fail", "failure", "lose", "loss", "breach", "break", "outage", "down", "fine",
    "security", "danger", "threat", "stop", "delay", "late", "churn", "complain", "error",
    "mistake", "crash", "exposure", "attack", "leak", "slow", "problem", "incident", "weak",
];
const COST_CUES: &[&str] = &[
    "cost", "spend", "money", "budget", "pay", "price", "week", "day", "hour", "month", "year",
    "people", "engineer", "staff", "hire", "save", "saving", "expens", "cheap", "effort", "fee",
    "contract", "invoic", "bill",
];
const OPPORTUNITY_CUES: &[&str] = &[
    "grow", "growth", "more", "new", "custom", "revenu", "sale", "faster", "win", "gain", "deal",
    "market", "onboard", "scale", "sooner", "launch", "ship", "opportun", "improv", "better",
    "increas", "enabl", "featur", "user", "trust",
];

/// Propose a card for `prompt` from `model_answer`. The id is drawn from the prompt; the
/// caller may replace it. The card validates as it stands.
pub fn draft(prompt: &str, model_answer: &str) -> Card {
    let answer = Answer::new(model_answer);
    let tokens = &answer.tokens;
    let jargon = prompt_jargon(prompt, model_answer);
    let jargon_terms: Vec<Term> = jargon.iter().filter_map(|j| Term::parse(j)).collect();
    let is_jargon = |text: &str| {
        let text = Answer::new(text);
        jargon_terms.iter().any(|t| !t.find(&text).is_empty())
    };

    // Candidates: (stem key, display text, sentence, salience).
    let mut candidates: Vec<(String, String, usize, f64)> = Vec::new();
    let mut add = |key: String, text: String, sentence: usize, weight: f64| match candidates
        .iter_mut()
        .find(|c| c.0 == key)
    {
        Some(c) => c.3 += weight,
        None => candidates.push((key, text, sentence, weight)),
    };
    let content = |t: &Token| {
        !t.numeric
            && t.word.chars().count() >= 3
            && !is_function_word(&t.word)
            && !GENERIC.contains(&&*t.word)
    };
    let amounts = quantities(model_answer, tokens);
    let in_amount = |t: &Token| {
        amounts
            .iter()
            .any(|q| q.span.start <= t.span.start && t.span.end <= q.span.end)
    };
    for (i, token) in tokens.iter().enumerate() {
        if !content(token) || in_amount(token) || is_jargon(&token.word) {
            continue;
        }
        let stem = token.stem();
        let cue = cue_strength(&stem);
        add(
            stem.clone(),
            token.word.to_string(),
            token.sentence,
            1.0 + cue,
        );
        let next = tokens
            .get(i + 1)
            .filter(|n| n.sentence == token.sentence && content(n) && !in_amount(n));
        if let Some(next) = next {
            // Two content words side by side usually name one thing ("support staff"):
            // worth more than either word alone.
            let phrase = format!("{} {}", token.word, next.word);
            if !is_jargon(&phrase) {
                let next_stem = next.stem();
                let cue = cue.max(cue_strength(&next_stem));
                add(
                    format!("{stem} {next_stem}"),
                    phrase,
                    token.sentence,
                    1.6 + cue,
                );
            }
        }
    }
    // Most telling first; ties in alphabetical order so drafts are deterministic.
    candidates.sort_by(|a, b| b.3.total_cmp(&a.3).then_with(|| a.1.cmp(&b.1)));

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
        {
            let text = q.span.slice(model_answer).to_owned();
            let sentence = tokens
                .iter()
                .find(|t| t.span.start >= q.span.start)
                .map_or(0, |t| t.sentence);
            let dimension = match q.kind {
                QuantityKind::Money | QuantityKind::Duration => Dimension::Cost,
                _ => sentence_dimension(tokens, sentence),
            };
            concepts.push(concept(dimension, &text, vec![text.clone()]));
        }
    }
    let mut used: Vec<String> = Vec::new();
    for (key, text, sentence, _) in &candidates {
        if concepts.len() >= MAX_CONCEPTS {
            break;
        }
        // Skip anything sharing a word with a chosen concept: a phrase needs its words to
        // match, so "customer data" adds nothing once "customer" is a concept.
        if key
            .split(' ')
            .any(|p| used.iter().any(|u| u.split(' ').any(|w| w == p)))
        {
            continue;
        }
        let dimension =
            word_dimension(key).unwrap_or_else(|| sentence_dimension(tokens, *sentence));
        concepts.push(concept(dimension, text, vec![text.clone()]));
        used.push(key.clone());
    }
    if concepts.is_empty() {
        let text = model_answer
            .split_whitespace()
            .next()
            .unwrap_or("answer")
            .to_owned();
        concepts.push(concept(Dimension::Opportunity, &text, vec![text.clone()]));
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

fn concept(dimension: Dimension, label: &str, terms: Vec<String>) -> Concept {
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
        weight: 1,
    }
}

fn label_lower(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How strongly a stem signals any business dimension.
fn cue_strength(stem: &str) -> f64 {
    if word_dimension(stem).is_some() {
        0.5
    } else {
        0.0
    }
}

/// The dimension a stem (or phrase of stems) itself signals, if any.
fn word_dimension(key: &str) -> Option<Dimension> {
    let hit = |cues: &[&str]| {
        key.split(' ')
            .any(|w| cues.iter().any(|c| w.starts_with(c)))
    };
    if hit(RISK_CUES) {
        Some(Dimension::Risk)
    } else if hit(COST_CUES) {
        Some(Dimension::Cost)
    } else if hit(OPPORTUNITY_CUES) {
        Some(Dimension::Opportunity)
    } else {
        None
    }
}

/// The dimension a sentence leans to, by its cue words; opportunity when it has none.
fn sentence_dimension(tokens: &[Token], sentence: usize) -> Dimension {
    let mut counts = [0usize; 3];
    for t in tokens.iter().filter(|t| t.sentence == sentence) {
        if let Some(d) = word_dimension(&t.stem()) {
            counts[Dimension::ALL.iter().position(|x| *x == d).unwrap_or(2)] += 1;
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 2)).unwrap_or(2);
    Dimension::ALL[best]
}

/// What the prompt says in jargon that the model answer avoids.
fn prompt_jargon(prompt: &str, model_answer: &str) -> Vec<String> {
    let prompt_text = Answer::new(prompt);
    let answer_text = Answer::new(model_answer);
    let mut found: Vec<String> = Vec::new();
    for (term, _) in JARGON {
        let Some(parsed) = Term::parse(term) else {
            continue;
        };
        let spans = parsed.find(&prompt_text);
        if let Some(span) = spans.first() {
            if parsed.find(&answer_text).is_empty() {
                // The longest wording wins: "API gateway" replaces "API".
                let said = span.slice(prompt).to_owned();
                if !found.iter().any(|f| f.contains(said.as_str())) {
                    found.retain(|f| !said.contains(f.as_str()));
                    found.push(said);
                }
            }
        }
    }
    for token in &prompt_text.tokens {
        let raw = token.span.slice(prompt);
        let technical = (raw.len() >= 2
            && raw
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
            || raw.contains('_')
            || (token.numeric && raw.chars().any(|c| c.is_alphabetic()));
        let in_answer = answer_text.tokens.iter().any(|t| t.word == token.word);
        let covered = found
            .iter()
            .any(|f| Answer::new(f).tokens.iter().any(|t| t.word == token.word));
        if technical && !in_answer && !covered {
            found.push(raw.to_owned());
        }
    }
    found
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
