//! What a round's reveal shows for discussion: the model answer and what the rubric listens for.

use crate::deck::{Card, Dimension};
use yew::prelude::*;

/// The model answer of `card`, then each dimension's concepts with a few words that show
/// them, then the jargon to avoid. (A plain function: it has no state.)
pub fn reveal_panel(card: &Card) -> Html {
    html! {
        <section class="reveal" aria-labelledby="reveal-heading" data-testid="reveal">
            <h2 id="reveal-heading">{ "A strong answer" }</h2>
            <blockquote class="model-answer" data-testid="reveal-model"><p>{ &card.model_answer }</p></blockquote>
            <h3>{ "What the score listens for" }</h3>
            <div class="reveal-dimensions">
                { for Dimension::ALL.into_iter().filter_map(|dimension| {
                    let concepts: Vec<_> = card.concepts.iter().filter(|c| c.dimension == dimension).collect();
                    (!concepts.is_empty()).then(|| html! {
                        <div class={classes!("reveal-dimension", dimension.as_str())}>
                            <h4>{ dimension.title() }</h4>
                            <ul>
                                { for concepts.iter().map(|c| html! {
                                    <li>
                                        <strong>{ &c.label }</strong>
                                        <span class="muted">{ format!(" — “{}”", words(&c.terms)) }</span>
                                    </li>
                                }) }
                            </ul>
                        </div>
                    })
                }) }
            </div>
            if !card.jargon.is_empty() {
                <p class="muted">{ "Words to avoid: " }{ card.jargon.join(", ") }</p>
            }
        </section>
    }
}

/// A concept's first three terms as people would say them (a prefix marker dropped).
fn words(terms: &[String]) -> String {
    let shown: Vec<&str> = terms
        .iter()
        .take(3)
        .map(|t| t.trim_end_matches('*'))
        .collect();
    shown.join("”, “")
}
