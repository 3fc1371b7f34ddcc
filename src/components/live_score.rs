//! The running score under the answer box, updated on every keystroke.

use crate::rubric::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`LiveScore`].
#[derive(Properties, PartialEq)]
pub struct LiveScoreProps {
    /// The report for the text in the box now.
    pub report: Rc<Report>,
    /// Whether anything has been typed yet.
    pub typed: bool,
}

/// One quiet line: the total and each dimension so far. It takes the same room whether or
/// not anything is typed, so the page never jumps, and it is not announced (the score is,
/// once, when the learner asks for it).
#[component]
pub fn LiveScore(props: &LiveScoreProps) -> Html {
    let report = &props.report;
    html! {
        <p class="live-score muted" data-testid="live-score">
            if props.typed {
                <span>{ "So far: " }<strong data-testid="live-total">{ report.total }</strong></span>
                { for report.dimensions.iter().map(|d| html! {
                    <span class={classes!("live-dimension", d.dimension.as_str())}>
                        { format!("{} {}", d.dimension.title(), d.score) }
                    </span>
                }) }
            } else {
                { "Your score so far will show here as you type." }
            }
        </p>
    }
}
