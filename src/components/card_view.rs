//! The scenario card: who you are talking to, the situation, and what you would say.

use crate::deck::Card;
use yew::prelude::*;

/// Shows `card`'s title, audience, difficulty, context and prompt, and on request the
/// jargon to avoid. (A plain function: it has no state, and each component type costs the
/// wasm its own copy of Yew's component machinery.)
pub fn card_view(card: &Card) -> Html {
    html! {
        <article class="card" data-testid="card">
            <h2 data-testid="card-title">{ &card.title }</h2>
            <dl class="card-facts">
                <div><dt>{ "Audience" }</dt><dd data-testid="card-audience">{ &card.audience }</dd></div>
                <div><dt>{ "Difficulty" }</dt><dd>{ difficulty_label(card.difficulty) }</dd></div>
            </dl>
            <p class="card-context">{ &card.context }</p>
            <blockquote class="card-prompt" data-testid="card-prompt">
                <p>{ &card.prompt }</p>
            </blockquote>
            if !card.jargon.is_empty() {
                <details class="avoid" data-testid="card-jargon">
                    <summary>{ "Words to avoid" }</summary>
                    <ul>
                        { for card.jargon.iter().map(|j| html! { <li>{ j }</li> }) }
                    </ul>
                </details>
            }
        </article>
    }
}

fn difficulty_label(difficulty: u8) -> &'static str {
    match difficulty {
        1 => "Easy",
        2 => "Medium",
        _ => "Hard",
    }
}
