//! The jargon of a drafted card: what the prompt says in technical terms that the model
//! answer does without.

use crate::rubric::lexicon::JARGON;
use crate::rubric::matcher::{Answer, Term};

/// What the prompt says in jargon that the model answer avoids.
pub(super) fn prompt_jargon(prompt: &str, model_answer: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jargon_is_what_the_prompt_says_technically_and_the_answer_avoids() {
        let found = prompt_jargon(
            "We must move the API gateway and ship it in v2.",
            "Sign-ups fail at peak; a week of work keeps them flowing.",
        );
        assert!(found.iter().any(|f| f == "API gateway"), "{found:?}");
        assert!(
            !found.iter().any(|f| f == "API"),
            "the longer wording wins: {found:?}"
        );
        assert!(found.iter().any(|f| f == "v2"), "{found:?}");
        let said = prompt_jargon("Fix the API.", "The API is slow for customers.");
        assert!(said.is_empty(), "the model answer says it too: {said:?}");
    }
}
