//! The learner's answer with what the score saw marked in it: concepts coloured by
//! dimension, jargon with its plain swap, quantities underlined. Every mark also says in
//! text what it is, so a screen reader hears what a sighted reader sees.

use crate::rubric::{Highlight, Report, highlights};
use yew::prelude::*;

/// `answer` as a paragraph of text and marks from `report` (rendered as text, never as
/// HTML). A plain function, not a component: it has no state, and each component type costs
/// the wasm its own copy of Yew's component machinery.
pub fn highlighted_answer(report: &Report, answer: &str) -> Html {
    let marks = highlights(report);
    let mut pieces: Vec<Html> = Vec::with_capacity(2 * marks.len() + 1);
    let mut at = 0;
    for mark in &marks {
        if mark.span.start > at {
            pieces.push(html! { { &answer[at..mark.span.start] } });
        }
        pieces.push(marked(report, mark, mark.span.slice(answer)));
        at = mark.span.end;
    }
    if at < answer.len() {
        pieces.push(html! { { &answer[at..] } });
    }
    html! {
        <p class="highlighted-answer" data-testid="highlighted-answer">{ for pieces }</p>
    }
}

fn marked(report: &Report, mark: &Highlight, text: &str) -> Html {
    let concept = mark.concept.map(|i| &report.matched[i]);
    let jargon = mark.jargon.map(|i| &report.jargon[i]);
    let classes = classes!(
        "mark",
        concept.map(|c| c.dimension.as_str()),
        jargon.map(|_| "jargon"),
        mark.quantity.map(|_| "quantity"),
    );
    // What the mark means, in words: shown on hover and focus for jargon, read aloud always.
    let mut said: Vec<String> = Vec::new();
    if let Some(c) = concept {
        said.push(format!("{}: {}", c.dimension.as_str(), c.label));
    }
    if let Some(j) = jargon {
        said.push(match &j.swap {
            Some(swap) => format!("jargon, try “{swap}”"),
            None => "jargon, say it plainly".to_owned(),
        });
    }
    if mark.quantity.is_some() {
        said.push("a number".to_owned());
    }
    let note = format!(" ({})", said.join("; "));
    if jargon.is_some() {
        // Focusable, so keyboard users can reach the swap that hover shows.
        html! {
            <mark class={classes} tabindex="0" data-testid="mark-jargon">
                { text }<span class="mark-tip" role="tooltip">{ note }</span>
            </mark>
        }
    } else {
        html! {
            <mark class={classes}>{ text }<span class="visually-hidden">{ note }</span></mark>
        }
    }
}
