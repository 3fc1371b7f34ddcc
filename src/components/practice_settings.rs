//! What comes next in practice: filters by deck, tag, audience and difficulty, the daily cap
//! on new cards, and the optional countdown.

use crate::progress::Settings;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`PracticeSettings`].
#[derive(Properties, PartialEq)]
pub struct PracticeSettingsProps {
    /// The settings now.
    pub settings: Settings,
    /// The installed decks, for the deck and tag choices.
    pub library: Rc<crate::studio::Library>,
    /// Called with the changed settings.
    pub on_change: Callback<Settings>,
    /// Whether the panel starts open.
    #[prop_or_default]
    pub open: bool,
}

/// Countdown choices in seconds (none means no countdown).
const COUNTDOWNS: [(Option<u32>, &str); 5] = [
    (None, "No countdown"),
    (Some(60), "1 minute"),
    (Some(120), "2 minutes"),
    (Some(180), "3 minutes"),
    (Some(300), "5 minutes"),
];

/// A disclosure with one labelled control per setting; every change applies at once.
///
/// A closed panel's controls (a hundred or so menu options) are drawn as it opens: nothing
/// shows them before, and the page's first frame does not wait for them.
#[component]
pub fn PracticeSettings(props: &PracticeSettingsProps) -> Html {
    let drawn = use_state_eq(|| props.open);
    // A click on the summary draws them before the panel opens; the toggle covers any other
    // way of opening it.
    let draw = {
        let drawn = drawn.clone();
        Callback::from(move |_: Event| drawn.set(true))
    };
    let onclick = draw.reform(Event::from);
    html! {
        <details class="settings" open={props.open} data-testid="practice-settings" ontoggle={draw}>
            <summary {onclick}>{ "What comes next" }</summary>
            if *drawn {
                { controls(props) }
            }
        </details>
    }
}

/// The panel's labelled controls.
fn controls(props: &PracticeSettingsProps) -> Html {
    let settings = &props.settings;
    let mut tags: Vec<&str> = props
        .library
        .iter()
        .flat_map(|d| {
            d.cards
                .iter()
                .flat_map(|c| c.tags.iter().map(String::as_str))
        })
        .collect();
    crate::sort::sort_by(&mut tags, |a, b| a.cmp(b));
    tags.dedup();
    let audiences = crate::studio::audiences(&props.library);
    // Each control edits one field of a copy of the settings.
    let change = |edit: fn(&mut Settings, String)| {
        let (settings, on_change) = (settings.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let value = match e.target_dyn_into::<HtmlSelectElement>() {
                Some(select) => select.value(),
                None => e.target_unchecked_into::<HtmlInputElement>().value(),
            };
            let mut next = settings.clone();
            edit(&mut next, value);
            on_change.emit(next);
        })
    };
    html! {
        <div class="settings-grid">
            <label for="filter-deck">{ "Deck" }</label>
            <select id="filter-deck" data-testid="filter-deck"
                onchange={change(|s, v| s.deck = (!v.is_empty()).then_some(v))}>
                <option value="" selected={settings.deck.is_none()}>{ "All decks" }</option>
                { for props.library.iter().map(|d| html! {
                    <option value={d.id.clone()} selected={settings.deck.as_deref() == Some(d.id.as_str())}>
                        { &d.title }
                    </option>
                }) }
            </select>
            <label for="filter-tag">{ "Topic" }</label>
            <select id="filter-tag" data-testid="filter-tag"
                onchange={change(|s, v| s.tag = (!v.is_empty()).then_some(v))}>
                <option value="" selected={settings.tag.is_none()}>{ "Any topic" }</option>
                { for tags.iter().map(|&t| html! {
                    <option value={t.to_owned()} selected={settings.tag.as_deref() == Some(t)}>{ t }</option>
                }) }
            </select>
            <label for="filter-audience">{ "Audience" }</label>
            <select id="filter-audience" data-testid="filter-audience"
                onchange={change(|s, v| s.audience = (!v.is_empty()).then_some(v))}>
                <option value="" selected={settings.audience.is_none()}>{ "Anyone" }</option>
                { for audiences.iter().map(|(a, _)| html! {
                    <option value={a.clone()} selected={settings.audience.as_deref() == Some(a.as_str())}>{ a }</option>
                }) }
            </select>
            <label for="filter-difficulty">{ "Difficulty" }</label>
            <select id="filter-difficulty" data-testid="filter-difficulty"
                onchange={change(|s, v| s.difficulty = v.parse().ok())}>
                <option value="" selected={settings.difficulty.is_none()}>{ "Any" }</option>
                { for [(1u8, "Easy"), (2, "Medium"), (3, "Hard")].into_iter().map(|(n, name)| html! {
                    <option value={n.to_string()} selected={settings.difficulty == Some(n)}>{ name }</option>
                }) }
            </select>
            <label for="new-per-day">{ "New cards a day" }</label>
            <input id="new-per-day" type="number" min="0" max="100" inputmode="numeric"
                data-testid="new-per-day"
                value={settings.new_per_day.to_string()}
                onchange={change(|s, v| {
                    if let Ok(n) = v.trim().parse::<u32>() {
                        s.new_per_day = n.min(100);
                    }
                })} />
            <label for="countdown">{ "Countdown" }</label>
            <select id="countdown" data-testid="countdown-setting"
                onchange={change(|s, v| s.countdown = v.parse().ok())}>
                { for COUNTDOWNS.iter().map(|&(seconds, name)| html! {
                    <option value={seconds.map(|s| s.to_string()).unwrap_or_default()}
                        selected={settings.countdown == seconds}>{ name }</option>
                }) }
            </select>
        </div>
    }
}
