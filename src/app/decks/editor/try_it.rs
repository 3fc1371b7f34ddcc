//! Try it: a test answer scored against the card as it stands, as the learner would be.

use crate::app::rubric::begun;
use crate::components::{ScorePanel, limit_notice, live_score};
use crate::deck::Card;
use crate::rubric::{Rubric, scored_part};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The rubric Try it scores with: `None` until the card has a concept with a word. The page
/// keeps it in a `use_memo` over the card, so it is compiled once per change to the card,
/// not on every keystroke in the answer.
pub fn rubric_for(card: &Option<Rc<Card>>) -> Option<Rubric> {
    card.as_ref()
        .filter(|c| c.concepts.iter().any(|k| !k.terms.is_empty()))
        .map(|c| Rubric::new(c))
}

/// The test answer box for `card` and its score. A plain function: the answer typed is the
/// page's state (`trial`).
pub fn try_it(
    card: Option<&Card>,
    rubric: Option<&Rubric>,
    trial: &UseStateHandle<String>,
) -> Html {
    let on_trial = {
        let trial = trial.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            trial.set(area.value());
        })
    };
    // Nothing to score before a first word.
    let report = rubric
        .filter(|_| begun(trial))
        .map(|rubric| Rc::new(rubric.score(scored_part(trial))));
    let addressee = card.map_or_else(String::new, Card::addressee);
    let model_answer = card.map_or_else(String::new, |c| c.model_answer.clone());
    html! {
        <aside class="try-it" aria-labelledby="try-heading" data-testid="try-it">
            <h2 id="try-heading">{ "Try it" }</h2>
            <label for="try-answer">{ format!("Answer as if to {addressee}; the score follows this card as you edit it") }</label>
            <textarea id="try-answer" rows="6" data-testid="try-answer" value={(**trial).clone()} oninput={on_trial} />
            { limit_notice(trial, false) }
            if rubric.is_some() {
                { live_score(report.as_deref()) }
                if let Some(report) = report {
                    <ScorePanel report={report} answer={AttrValue::from(scored_part(trial).to_owned())} model_answer={AttrValue::from(model_answer)} />
                }
            } else {
                <p class="muted">{ "Give the card a concept with at least one word to try it." }</p>
            }
        </aside>
    }
}
