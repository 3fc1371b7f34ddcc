//! The feedback panel: total, one bar per dimension, and what the answer did and missed.

use super::highlighted_answer;
use crate::rubric::{Report, Span};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ScorePanel`].
#[derive(Properties, PartialEq)]
pub struct ScorePanelProps {
    /// The scored result to explain.
    pub report: Rc<Report>,
    /// The answer the report is about, to quote what matched.
    pub answer: AttrValue,
    /// The card's model answer, shown on request (none shows nothing).
    #[prop_or_default]
    pub model_answer: AttrValue,
    /// Receives focus when the panel appears, so keyboard and screen-reader users land on it.
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// For a phone between rounds: the total is left to the page's heading, and only the
    /// bars and the tip worth most come first, then `actions` (the way on), with the marked
    /// answer and the rest of the feedback below, opened on request.
    #[prop_or_default]
    pub compact: bool,
    /// What follows the summary in the compact panel.
    #[prop_or_default]
    pub actions: Html,
}

/// Explains a [`Report`]: the total, per-dimension bars, matched and missed concepts, jargon.
#[component]
pub fn ScorePanel(props: &ScorePanelProps) -> Html {
    let report = &props.report;
    let answer = props.answer.as_str();
    let quote = |spans: &[Span]| quoted(answer, spans);
    let bars = html! {
            <ul class="dimension-bars">
                { for report.dimensions.iter().map(|d| html! {
                    <li class={classes!("dimension", d.dimension.as_str())}
                        data-testid={format!("dimension-{}", d.dimension)}>
                        <span class="dimension-name">{ d.dimension.title() }</span>
                        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="bar-track" x="0" y="0" width="100" height="10" />
                            <rect class="bar-fill" x="0" y="0" width={d.score.to_string()} height="10" />
                        </svg>
                        <span class="dimension-score">{ d.score }</span>
                    </li>
                }) }
            </ul>
    };
    let details = html! {
        <>
            if report.word_count > 0 {
                <h3>{ "Your answer, marked" }</h3>
                { highlighted_answer(report, answer) }
                <p class="legend muted" aria-hidden="true">
                    <span class="mark risk">{ "risk" }</span>{ " " }
                    <span class="mark cost">{ "cost" }</span>{ " " }
                    <span class="mark opportunity">{ "opportunity" }</span>{ " " }
                    <span class="mark jargon">{ "jargon" }</span>{ " " }
                    <span class="mark quantity">{ "number" }</span>
                </p>
            }
            if !report.matched.is_empty() {
                <h3>{ "What landed" }</h3>
                <ul class="concepts matched" data-testid="matched">
                    { for report.matched.iter().map(|hit| html! {
                        <li class={hit.dimension.as_str()}>
                            <strong>{ &hit.label }</strong>
                            <span class="muted">{ format!(" ({}) — you said {}", hit.dimension, quote(&hit.spans)) }</span>
                        </li>
                    }) }
                </ul>
            }
            if let Some(message) = &report.message {
                <p class="notice" data-testid="message">{ message }</p>
            }
            if !report.missed.is_empty() {
                <h3>{ "Worth adding" }</h3>
                <ul class="concepts missed" data-testid="missed">
                    { for report.missed.iter().map(|miss| html! {
                        <li class={miss.dimension.as_str()}>
                            <strong>{ &miss.label }</strong>
                            <span class="muted">{ format!(" ({}) — {}", miss.dimension, miss.hint) }</span>
                            if !miss.denied.is_empty() {
                                <span class="why">{ format!(" You said {} as something that is not there.", quote(&miss.denied)) }</span>
                            }
                            if !miss.listed.is_empty() {
                                <span class="why">{ format!(" You named {} in a list, not a sentence.", quote(&miss.listed)) }</span>
                            }
                            if !miss.opposite.is_empty() {
                                <span class="why">{ format!(" You said {} as something that is there: the point is that it is not.", quote(&miss.opposite)) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            if !report.quantities.is_empty() {
                <h3>{ "Numbers you gave" }</h3>
                <p class="quantities" data-testid="quantities">
                    { quote(&report.quantities.iter().map(|q| q.span).collect::<Vec<_>>()) }
                </p>
            }
            if !report.jargon.is_empty() {
                <h3>{ "Jargon to drop" }</h3>
                <ul class="concepts jargon" data-testid="jargon">
                    { for report.jargon.iter().map(|j| html! {
                        <li>
                            <strong>{ &j.term }</strong>
                            <span class="muted">{ format!(" — you said {}", quote(&j.spans)) }</span>
                            if let Some(swap) = &j.swap {
                                <span>{ format!("; try “{swap}”") }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            if !report.tips.is_empty() {
                <h3>{ "How to score higher" }</h3>
                <ol class="tips" data-testid="tips">
                    { for report.tips.iter().map(|tip| html! {
                        <li>{ &tip.text }<span class="muted">{ format!(" (+{})", tip.points) }</span></li>
                    }) }
                </ol>
            }
            if !props.model_answer.is_empty() {
                <details class="model-answer" data-testid="model-answer">
                    <summary>{ "Show the model answer" }</summary>
                    <p>{ &props.model_answer }</p>
                </details>
            }
        </>
    };
    if props.compact {
        return html! {
            <section class="score-panel compact" aria-label="Your score" data-testid="score-panel">
                { bars }
                if let Some(tip) = report.tips.first() {
                    <p class="top-tip" data-testid="top-tip">
                        <strong>{ "Worth most next time: " }</strong>{ &tip.text }
                        <span class="muted">{ format!(" (+{})", tip.points) }</span>
                    </p>
                }
                { props.actions.clone() }
                <details class="more-feedback" data-testid="more-feedback">
                    <summary>{ "Your answer, marked, and all the feedback" }</summary>
                    { details }
                </details>
            </section>
        };
    }
    html! {
        <section class="score-panel" aria-labelledby="score-heading" data-testid="score-panel">
            <h2 id="score-heading" tabindex="-1" ref={props.heading_ref.clone()}>
                { "Score: " }<span data-testid="total">{ report.total }</span>{ " / 100" }
            </h2>
            { bars }
            { details }
        </section>
    }
}

/// The distinct texts `spans` cover in `answer`, in curly quotes, comma-separated.
fn quoted(answer: &str, spans: &[Span]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for span in spans {
        let text = span.slice(answer);
        if !seen.contains(&text) {
            seen.push(text);
        }
    }
    seen.iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
