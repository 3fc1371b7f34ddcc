//! The running score under the answer box, updated on every keystroke.

use crate::rubric::Report;
use yew::prelude::*;

/// The total and the three dimensions of `report` as they stand while the learner types;
/// `None` before anything is written. (A plain function: it has no state, and each component
/// type costs the wasm its own copy of Yew's component machinery.)
pub fn live_score(report: Option<&Report>) -> Html {
    html! {
        <p class="live-score muted" data-testid="live-score">
            if let Some(report) = report {
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
