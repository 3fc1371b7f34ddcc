//! What a page shows in place of a bundled deck whose text is not here yet.

use crate::studio::Have;
use yew::prelude::*;

/// A loading line while the deck's file is fetched; if it could not be had, why, with a
/// button that asks for it again (`retry` gets the deck's id). Nothing for a deck that is
/// here or unknown: the page draws those itself.
pub fn deck_wait(have: Have<'_>, retry: &Callback<String>) -> Html {
    match have {
        // `deck-coming` holds the app's first page back until the deck is here (see `Shell`).
        Have::Coming(outline) => busy_line(
            "deck-coming",
            format!("Loading the deck “{}”…", outline.title),
        ),
        Have::Failed(outline, why) => {
            let id = outline.id.clone();
            let onclick = retry.reform(move |_: MouseEvent| id.clone());
            html! {
                <div class="deck-failed" role="alert" data-testid="deck-failed">
                    <p>{ why }</p>
                    <button type="button" {onclick} data-testid="deck-retry">{ "Try again" }</button>
                </div>
            }
        }
        Have::Whole(_) | Have::Unknown => Html::default(),
    }
}

/// A line that says what is under way, with a spinner (`role="status"`, so it is read out),
/// `class` added to its own.
pub fn busy_line(class: &'static str, what: String) -> Html {
    html! {
        <p class={classes!("busy", class)} role="status" data-testid="deck-loading">
            <span class="spinner" aria-hidden="true"></span>{ what }
        </p>
    }
}
