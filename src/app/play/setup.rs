//! `#/play`: set up a game (deck, rounds, clock, mode, players, seed) and open the host screen.

use crate::app::{Route, use_library, use_title};
use crate::components::{described_by, problem_note};
use crate::deck::pack;
use crate::deck::{Deck, count, parse_bytes};
use crate::game::{MAX_PLAYERS, Mode, SECONDS, SetupForm, SetupProblem};
use crate::services::files;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

/// The value of the deck list's entry for a deck read from a file.
const FROM_FILE: &str = "\u{1}file";

/// A fresh seed: six digits, easy to read out and type to replay a game.
fn new_seed() -> String {
    ((js_sys::Math::random() * 1_000_000.0) as u64).to_string()
}

/// The setup form; Start opens the host screen with the game in its address.
#[component]
pub fn PlaySetup() -> Html {
    use_title("Set up a game");
    let library = use_library();
    let navigator = use_navigator();
    let form = use_state(|| SetupForm {
        deck: library.first().map(|d| d.id.clone()).unwrap_or_default(),
        rounds: "5".into(),
        timed: true,
        seconds: "120".into(),
        mode: Mode::Room,
        players: String::new(),
        seed: new_seed(),
    });
    // A deck read from a file for this game only: it travels inside the join link.
    let custom = use_state(|| None::<Rc<Deck>>);
    let from_file = use_state(|| false);
    let file_errors = use_state(Vec::<String>::new);
    let problems = use_state(Vec::<SetupProblem>::new);

    // The chosen deck: its id, its number of cards and, for a deck the phones do not have
    // (from a file, or the learner's own), the whole deck, which travels packed in the link.
    let chosen: Option<(String, usize, Option<Rc<Deck>>)> = if *from_file {
        (*custom)
            .clone()
            .map(|deck| (deck.id.clone(), deck.cards.len(), Some(deck)))
    } else {
        library.outline(&form.deck).map(|outline| {
            let travels = (!library.is_bundled(&outline.id))
                .then(|| library.get(&outline.id).cloned().map(Rc::new))
                .flatten();
            (outline.id.clone(), outline.cards.len(), travels)
        })
    };
    // Text fields follow every keystroke, so nothing typed is lost to a re-render.
    let edit = |f: fn(&mut SetupForm, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    e.target_dyn_into::<HtmlTextAreaElement>()
                        .map(|t| t.value())
                })
                .unwrap_or_default();
            let mut next = (*form).clone();
            f(&mut next, value);
            form.set(next);
        })
    };
    let on_timed = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            form.set(SetupForm {
                timed: input.checked(),
                ..(*form).clone()
            });
        })
    };
    let on_deck = {
        let (form, from_file) = (form.clone(), from_file.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            from_file.set(value == FROM_FILE);
            if value != FROM_FILE {
                form.set(SetupForm {
                    deck: value,
                    ..(*form).clone()
                });
            }
        })
    };
    let on_file = {
        let (custom, from_file, file_errors) =
            (custom.clone(), from_file.clone(), file_errors.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (custom, from_file, file_errors) =
                (custom.clone(), from_file.clone(), file_errors.clone());
            spawn_local(async move {
                let name = file.name();
                let read = files::read(file, files::MAX_DECK_MB, "a deck").await;
                match read.map(|text| parse_bytes(&name, text.as_bytes())) {
                    Ok(Ok(deck)) => {
                        custom.set(Some(Rc::new(deck)));
                        from_file.set(true);
                        file_errors.set(Vec::new());
                    }
                    Ok(Err(errors)) => {
                        file_errors.set(errors.iter().map(ToString::to_string).collect())
                    }
                    Err(message) => file_errors.set(vec![message]),
                }
            });
        })
    };
    let on_mode = |mode: Mode| {
        let form = form.clone();
        Callback::from(move |_: Event| {
            form.set(SetupForm {
                mode,
                ..(*form).clone()
            })
        })
    };
    let on_new_seed = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            form.set(SetupForm {
                seed: new_seed(),
                ..(*form).clone()
            })
        })
    };
    let onsubmit = {
        let (form, problems, chosen) = (form.clone(), problems.clone(), chosen.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some((id, cards, travels)) = &chosen else {
                problems.set(vec![SetupProblem {
                    field: "deck",
                    message: "Choose a deck, or read one from a file.".into(),
                }]);
                return;
            };
            let checked_form = SetupForm {
                deck: id.clone(),
                ..(*form).clone()
            };
            match checked_form.check(*cards, travels.as_deref().map(pack)) {
                Ok(setup) => {
                    problems.set(Vec::new());
                    if let Some(navigator) = &navigator {
                        let _ = navigator.push_with_query(&Route::PlayHost, Raw(setup.query()));
                    }
                }
                Err(found) => problems.set(found),
            }
        })
    };
    // Each problem sits under its control, named by the field it is about ("rounds").
    let problem = |field: &str| {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    };
    let described = |field: &str| described_by(field, problem(field));
    let problem_for = |field: &str| problem_note(field, problem(field));
    let cards = chosen.as_ref().map_or(0, |(_, cards, _)| *cards);
    html! {
        <section class="page play" data-testid="play-setup">
            <h1>{ "Set up a game" }</h1>
            <p class="lede">
                { "For a lunch-and-learn: put the host screen on the projector. Players join from their phones with a link or a code; nothing goes through a server." }
            </p>
            <form class="setup-form" {onsubmit} novalidate=true>
                <fieldset>
                    <legend>{ "Deck" }</legend>
                    <label for="setup-deck">{ "Cards from" }</label>
                    <select id="setup-deck" data-testid="setup-deck" onchange={on_deck}>
                        { for library.iter().map(|d| html! {
                            <option value={d.id.clone()} selected={!*from_file && d.id == form.deck}>
                                { format!("{} ({})", d.title, count(d.cards.len(), "card")) }
                            </option>
                        }) }
                        if let Some(deck) = &*custom {
                            <option value={FROM_FILE} selected={*from_file}>
                                { format!("{} ({}, from a file)", deck.title, count(deck.cards.len(), "card")) }
                            </option>
                        }
                    </select>
                    <label for="setup-file">{ "Or play a deck file (TOML or JSON); it travels inside the join link" }</label>
                    <input id="setup-file" type="file" accept=".toml,.json,application/json" data-testid="setup-file" onchange={on_file} />
                    if !file_errors.is_empty() {
                        <div role="alert" class="error" data-testid="setup-file-errors">
                            <p>{ "That file is not a deck Boardroom can play:" }</p>
                            <ul>{ for file_errors.iter().take(10).map(|e| html! { <li>{ e }</li> }) }</ul>
                            if file_errors.len() > 10 {
                                <p>{ format!("and {} more.", file_errors.len() - 10) }</p>
                            }
                        </div>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ "Rounds" }</legend>
                    <label for="setup-rounds">{ format!("Rounds (1 to {})", cards.clamp(1, 20)) }</label>
                    <input id="setup-rounds" type="number" min="1" max={cards.clamp(1, 20).to_string()} inputmode="numeric"
                        data-testid="setup-rounds" value={form.rounds.clone()} aria-describedby={described("rounds")}
                        oninput={edit(|f, v| f.rounds = v)} />
                    { problem_for("rounds") }
                    <label class="check">
                        <input type="checkbox" data-testid="setup-timed" checked={form.timed} onchange={on_timed} />
                        { "Timed rounds" }
                    </label>
                    <label for="setup-seconds">{ format!("Seconds per round ({} to {})", SECONDS.start(), SECONDS.end()) }</label>
                    <input id="setup-seconds" type="number" min={SECONDS.start().to_string()} max={SECONDS.end().to_string()} step="5"
                        inputmode="numeric" data-testid="setup-seconds" value={form.seconds.clone()} disabled={!form.timed}
                        aria-describedby={described("seconds")} oninput={edit(|f, v| f.seconds = v)} />
                    { problem_for("seconds") }
                </fieldset>
                <fieldset>
                    <legend>{ "How you play" }</legend>
                    { for Mode::ALL.into_iter().map(|mode| html! {
                        <label class="check">
                            <input type="radio" name="mode" value={mode.as_str()} data-testid={format!("mode-{}", mode.as_str())}
                                checked={form.mode == mode} onchange={on_mode(mode)} />
                            { mode.title() }
                        </label>
                    }) }
                    if form.mode == Mode::HotSeat {
                        <label for="setup-players">{ format!("Players, one name per line (2 to {MAX_PLAYERS})") }</label>
                        <textarea id="setup-players" rows="4" data-testid="setup-players" value={form.players.clone()}
                            aria-describedby={described("players")} oninput={edit(|f, v| f.players = v)} />
                        { problem_for("players") }
                    }
                </fieldset>
                <fieldset>
                    <legend>{ "Seed" }</legend>
                    <label for="setup-seed">{ "Seed: the same seed deals the same cards in the same order, to replay a game" }</label>
                    <span class="seed-row">
                        <input id="setup-seed" inputmode="numeric" data-testid="setup-seed" value={form.seed.clone()}
                            aria-describedby={described("seed")} oninput={edit(|f, v| f.seed = v)} />
                        <button type="button" onclick={on_new_seed}>{ "New seed" }</button>
                    </span>
                    { problem_for("seed") }
                </fieldset>
                if !problems.is_empty() {
                    <p role="alert" class="error" data-testid="setup-problems">
                        { format!("Fix {} before starting: {}", if problems.len() == 1 { "this" } else { "these" },
                            problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join(" ")) }
                    </p>
                }
                <p class="play-actions">
                    <button type="submit" class="primary big" data-testid="setup-start">{ "Open the host screen" }</button>
                </p>
            </form>
        </section>
    }
}
