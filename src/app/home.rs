//! The home page: what Boardroom is; for a returning learner, what to do now (the next card,
//! the cards due, the weakest dimension's card); then the decks, grouped by theme, with a
//! filter by audience and difficulty that practice can start from.

use super::{Route, Same, use_library, use_progress, use_title};
use crate::deck::{self, CardOutline, Outline};
use crate::progress::{Memory, Pick, Settings, Today, allowed, today};
use crate::services::clock;
use crate::studio::{audiences, by_theme};
use yew::prelude::*;
use yew_router::prelude::*;

/// The difficulties, as the filter names them.
const LEVELS: [(u8, &str); 3] = [(1, "Easy"), (2, "Medium"), (3, "Hard")];

/// The landing page.
#[component]
pub fn Home() -> Html {
    use_title("Practise speaking risk, cost and opportunity");
    let library = use_library();
    let store = use_progress();
    let navigator = use_navigator();
    let audience = use_state(|| None::<String>);
    let difficulty = use_state(|| None::<u8>);
    let progress = store
        .as_ref()
        .map(|s| s.progress.clone())
        .unwrap_or_default();
    // Replayed once per change of the history, not on every press of a filter.
    let memory = use_memo(Same(progress.clone()), |Same(p)| Memory::new(&p.attempts));

    // The finder: the cards the chosen audience and difficulty leave, deck by deck.
    let filter = Settings {
        audience: (*audience).clone(),
        difficulty: *difficulty,
        ..Settings::default()
    };
    let matches: Vec<(&Outline, Vec<&CardOutline>)> = library
        .iter()
        .map(|deck| (deck, matching(&filter, deck)))
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    let decks: Vec<&Outline> = matches.iter().map(|&(deck, _)| deck).collect();
    let cards: usize = matches.iter().map(|(_, cards)| cards.len()).sum();
    let matched = |deck: &Outline| {
        matches
            .iter()
            .find(|(d, _)| std::ptr::eq(*d, deck))
            .map_or(&[][..], |(_, cards)| cards.as_slice())
    };
    let filtering = filter.audience.is_some() || filter.difficulty.is_some();
    let on_practise = {
        let (store, navigator, settings) =
            (store.clone(), navigator.clone(), progress.settings.clone());
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(store) = &store {
                store.settings(Settings {
                    deck: None,
                    tag: None,
                    audience: filter.audience.clone(),
                    difficulty: filter.difficulty,
                    ..settings.clone()
                });
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Practice);
            }
        })
    };
    let audience_chips = audiences(&library).into_iter().map(|(name, count)| {
        let pressed = audience.as_deref() == Some(name.as_str());
        let onclick = {
            let (audience, name) = (audience.clone(), name.clone());
            Callback::from(move |_: MouseEvent| audience.set((!pressed).then(|| name.clone())))
        };
        html! {
            <button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick} data-testid="audience-chip">
                { name }<span class="chip-count">{ count }</span>
            </button>
        }
    });
    let level_chips = LEVELS.into_iter().map(|(level, name)| {
        let pressed = *difficulty == Some(level);
        let onclick = {
            let difficulty = difficulty.clone();
            Callback::from(move |_: MouseEvent| difficulty.set((!pressed).then_some(level)))
        };
        html! {
            <button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick} data-testid="level-chip">{ name }</button>
        }
    });
    let groups = by_theme(&decks).into_iter().map(|(theme, decks)| {
        html! {
            <>
                <h3 class="theme">{ theme }</h3>
                <ul class="deck-list" data-testid="deck-list">
                    { for decks.into_iter().map(|deck| deck_item(deck, matched(deck), filtering)) }
                </ul>
            </>
        }
    });
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
            if !progress.attempts.is_empty() {
                { now(&today(&library, &memory, &progress.attempts, &progress.settings, clock::now())) }
            }
            <h2 id="decks-heading">{ "Decks" }</h2>
            <div class="finder" role="group" aria-labelledby="decks-heading">
                <div class="chips" role="group" aria-labelledby="audience-label">
                    <span id="audience-label" class="chips-label">{ "Who you are talking to" }</span>
                    { for audience_chips }
                </div>
                <div class="chips" role="group" aria-labelledby="level-label">
                    <span id="level-label" class="chips-label">{ "How hard" }</span>
                    { for level_chips }
                </div>
                <p class="finder-result">
                    <span role="status" data-testid="finder-count">
                        { format!("{} in {}", deck::count(cards, "card"), deck::count(decks.len(), "deck")) }
                    </span>
                    { " " }
                    if cards > 0 {
                        <button type="button" class="primary" data-testid="practise-matching" onclick={on_practise}>
                            { if filtering { format!("Practise these {}", deck::count(cards, "card")) } else { "Practise every deck".to_owned() } }
                        </button>
                    }
                </p>
            </div>
            { for groups }
        </section>
    }
}

/// The cards of `deck` the finder's `filter` leaves.
fn matching<'a>(filter: &Settings, deck: &'a Outline) -> Vec<&'a CardOutline> {
    deck.cards
        .iter()
        .filter(|card| allowed(filter, deck, card))
        .collect()
}

/// One deck in the finder: what it is, how many of its cards match, and its first match.
fn deck_item(deck: &Outline, matching: &[&CardOutline], filtering: bool) -> Html {
    let count = if filtering {
        format!(
            "{} of {} match",
            matching.len(),
            deck::count(deck.cards.len(), "card")
        )
    } else {
        deck::count(deck.cards.len(), "card")
    };
    let first = matching.first().map(|card| Route::PracticeCard {
        deck: deck.id.clone(),
        card: card.id.clone(),
    });
    html! {
        <li class="deck" data-testid={format!("deck-{}", deck.id)}>
            <h4>{ &deck.title }</h4>
            <p>{ &deck.description }</p>
            <p class="muted">{ count }</p>
            if let Some(route) = first {
                <Link<Route> to={route} classes="button">{ "Practise this deck" }</Link<Route>>
            }
        </li>
    }
}

/// What to do now, for a learner who has practised before.
fn now(today: &Today<'_>) -> Html {
    let link = |deck: &Outline, card: &CardOutline| {
        let to = Route::PracticeCard {
            deck: deck.id.clone(),
            card: card.id.clone(),
        };
        html! { <Link<Route> {to}>{ &card.title }</Link<Route>> }
    };
    let next = match today.next {
        Pick::Due(deck, card, _) => Some((deck, card, "due for review")),
        Pick::New(deck, card) => Some((deck, card, "a new card")),
        Pick::Ahead(deck, card, _) => Some((deck, card, "nothing is due: practise ahead")),
        Pick::Nothing => None,
    };
    html! {
        <section class="now" aria-labelledby="now-heading" data-testid="now">
            <h2 id="now-heading">{ "Pick up where you left off" }</h2>
            <ul>
                if let Some((deck, card, why)) = next {
                    <li data-testid="now-next">
                        { "Next: " }{ link(deck, card) }
                        <span class="muted">{ format!(" ({}, {why})", deck.title) }</span>
                    </li>
                }
                <li data-testid="now-due">
                    if today.due == 0 {
                        { "Nothing is due for review now." }
                    } else {
                        { format!("{} due for review now: ", deck::count(today.due, "card")) }
                        <Link<Route> to={Route::Practice}>{ "review them" }</Link<Route>>
                    }
                </li>
                if let Some((weak, deck, card)) = today.weak {
                    <li data-testid="now-weak">
                        { format!("Your weakest lately is {} (an average of {:.0}). Work on it with ", weak.dimension.as_str(), weak.mean) }
                        { link(deck, card) }
                        { ", where it scored lowest." }
                    </li>
                }
            </ul>
        </section>
    }
}
