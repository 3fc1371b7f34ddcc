//! `#/decks/open?deck=…`: a deck someone shared, inside the link, previewed before it is
//! installed.

use super::import::Outcome;
use super::outcome::ImportOutcome;
use crate::app::{Route, use_title};
use crate::studio::open_shared;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// `#/decks/open?deck=…`: a shared deck, previewed before it is installed.
#[component]
pub fn OpenSharedDeck() -> Html {
    use_title("Open a shared deck");
    let location = use_location();
    let query = location
        .map(|l| l.query_str().to_owned())
        .unwrap_or_default();
    let opened = use_memo(query, |query| open_shared(query).map(Rc::new));
    let outcome = use_state(|| Outcome::Idle);
    let shown = match (&*outcome, &*opened) {
        (Outcome::Idle, Ok(deck)) => Outcome::Ready {
            deck: deck.clone(),
            notes: false,
        },
        (Outcome::Idle, Err(message)) => Outcome::Failed(message.clone()),
        (other, _) => other.clone(),
    };
    html! {
        <section class="page decks" data-testid="open-shared">
            <h1>{ "Open a shared deck" }</h1>
            <p class="lede">{ "Someone shared a deck with you. It came inside the link: nothing was downloaded from anywhere. Look it over, then install it to practise." }</p>
            <ImportOutcome outcome={shown} set={outcome.setter()} />
            <p><Link<Route> to={Route::Decks}>{ "All decks" }</Link<Route>></p>
        </section>
    }
}
