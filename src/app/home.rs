//! The home page: what Boardroom is, where to start, and the installed decks.

use super::{Route, use_library, use_title};
use crate::deck;
use yew::prelude::*;
use yew_router::prelude::*;

/// The landing page.
#[component]
pub fn Home() -> Html {
    use_title("Practise speaking risk, cost and opportunity");
    let library = use_library();
    let decks = html! {
            <ul class="deck-list" data-testid="deck-list">
                { for library.iter().map(|deck| {
                    let first = deck.cards.first().map(|card| Route::PracticeCard {
                        deck: deck.id.clone(),
                        card: card.id.clone(),
                    });
                    let count = deck.cards.len();
                    html! {
                        <li class="deck" data-testid={format!("deck-{}", deck.id)}>
                            <h3>{ &deck.title }</h3>
                            <p>{ &deck.description }</p>
                            <p class="muted">{ deck::count(count, "card") }</p>
                            if let Some(route) = first {
                                <Link<Route> to={route} classes="button">
                                    { "Practise this deck" }
                                </Link<Route>>
                            }
                        </li>
                    }
                }) }
            </ul>
    };
    html! {
        <section class="page home" data-testid="home">
            <h1>{ "Say it so the boardroom hears it" }</h1>
            <p class="lede">
                { "Take a piece of engineering work, explain it to a CFO or a VP of Sales, and \
                   see at once how well you spoke their language: risk, cost and opportunity." }
            </p>
            <p>
                <Link<Route> to={Route::Practice} classes="button primary">{ "Start practising" }</Link<Route>>
                { " " }
                <Link<Route> to={Route::Play} classes="button">{ "Host a game" }</Link<Route>>
                { " " }
                <Link<Route> to={Route::PlayJoin} classes="button">{ "Join a game" }</Link<Route>>
            </p>
            <h2>{ "Decks" }</h2>
            { decks }
        </section>
    }
}
