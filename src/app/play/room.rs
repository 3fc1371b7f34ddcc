//! Room mode on the projector: the join details, the big card and its clock, the reveal,
//! and at the end the result codes collected into a leaderboard: scanned by the camera,
//! pasted from the meeting chat, or typed.

use super::scan::{scan_panel, use_scanner};
use super::{
    ExportResults, GameProps, StartOver, host_frame, next_button, round_of, step_button,
    use_host_game,
};
use crate::app::GameStore;
use crate::app::links::join_link;
use crate::components::{CopyButton, Countdown, QrCode, card_view, leaderboard, reveal_panel};
use crate::game::{Invite, Phase, Results, decode, encode};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The projector's screens, one per phase.
#[component]
pub(super) fn RoomGame(props: &GameProps) -> Html {
    let invite = &props.setup.invite;
    let id = invite.game_id();
    // Results are collected once the game is over; the codes are kept with the game.
    let results = use_state(|| {
        let mut results = Results::default();
        for code in props.resume.iter().flat_map(|s| &s.codes) {
            if let Ok(result) = decode(&id, code) {
                results.add(result);
            }
        }
        results
    });
    let codes = results
        .standings()
        .iter()
        .map(|s| encode(&id, &s.result))
        .collect();
    let (game, kept, heading) = use_host_game(props, "Host a game", Vec::new(), codes);
    let rounds = game.rounds();
    let body = match game.phase() {
        Phase::Ready { round, .. } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>
                    { if round == 0 { "Join the game".to_string() } else { format!("Next: {}", round_of(round, rounds)) } }
                </h1>
                { join_panel(invite) }
                { step_button(&game, GameStore::start, "start-round", format!("Start round {}", round + 1)) }
            </>
        },
        Phase::Answering { round, .. } => html! {
            <>
                <h1 class="visually-hidden" tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                { card_view(&props.cards[usize::from(round)]) }
                if let Some(seconds) = invite.seconds {
                    <Countdown key={round} seconds={u32::from(seconds)} running=true on_expire={Callback::noop()} />
                } else {
                    <p class="muted">{ "Untimed: reveal when the room is ready." }</p>
                }
                { step_button(&game, GameStore::reveal, "reveal-round", "Reveal") }
            </>
        },
        Phase::Reveal { round } => html! {
            <>
                <h1 class="visually-hidden" tabindex="-1" ref={heading}>{ format!("{}: reveal", round_of(round, rounds)) }</h1>
                { card_view(&props.cards[usize::from(round)]) }
                { reveal_panel(&props.cards[usize::from(round)]) }
                { next_button(&game, round, "Collect the results") }
            </>
        },
        Phase::Over => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ "Results" }</h1>
                <CollectResults invite={Rc::new(invite.clone())} {results} />
                <StartOver on_restart={props.on_restart.clone()} />
            </>
        },
    };
    host_frame("host", props, &game, kept, body)
}

/// How a phone joins: the link in full with a copy button, its QR code, and the short code.
fn join_panel(invite: &Invite) -> Html {
    let link = join_link(invite);
    let length = link.chars().count();
    html! {
        <div class="join-panel" data-testid="join-panel">
            <div class="join-text">
                <h2>{ "Join on your phone or laptop" }</h2>
                <p>{ "Scan the code, or open this link:" }</p>
                <p class="join-link"><a href={link.clone()} data-testid="join-link">{ &link }</a></p>
                <p>
                    <CopyButton text={link.clone()} label="Copy the link" testid="copy-link" />
                    <span class="muted">{ format!(" {length} characters") }</span>
                </p>
                if let Some(code) = invite.short_code() {
                    <p>
                        { "Or open Boardroom, choose “Join a game” and type the code " }
                        <strong class="game-code" data-testid="game-code">{ code }</strong>
                    </p>
                } else {
                    <p class="muted">{ "This deck travels inside the link, so there is no short code: use the link or the QR code." }</p>
                }
            </div>
            <QrCode text={link} label="QR code of the join link" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CollectResultsProps {
    invite: Rc<Invite>,
    results: UseStateHandle<Results>,
}

/// Result codes typed in, or a whole meeting chat pasted at once; the codes refused stay in
/// the box with why.
#[component]
fn CollectResults(props: &CollectResultsProps) -> Html {
    let text = use_state(String::new);
    let report = use_state(|| None::<(String, Vec<String>)>);
    let scanned = use_state(Vec::<String>::new);
    let game = props.invite.game_id();
    let on_scanned = {
        let (results, scanned, game) = (props.results.clone(), scanned.clone(), game.clone());
        Callback::from(move |code: String| {
            let mut next = (*results).clone();
            let said = next.scan(&game, &code).message();
            results.set(next);
            let mut log = Vec::with_capacity(scanned.len() + 1);
            log.push(said);
            log.extend(scanned.iter().cloned());
            scanned.set(log);
        })
    };
    let scanner = use_scanner(on_scanned);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let on_add = {
        let (text, report, results, game) = (
            text.clone(),
            report.clone(),
            props.results.clone(),
            game.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = (*results).clone();
            let collected = next.collect(&game, &text);
            results.set(next);
            text.set(collected.kept.clone());
            report.set(Some((collected.summary(), collected.refused)));
        })
    };
    html! {
        <div class="collect" data-testid="collect">
            { scan_panel(&scanner, &scanned) }
            <form class="collect-form" onsubmit={on_add}>
                <label for="codes">{ "Result codes from the phones: type them, or paste the whole meeting chat" }</label>
                <textarea id="codes" data-testid="codes" rows="5" value={(*text).clone()} oninput={on_input}
                    placeholder="Paste or type the codes, one per line" />
                <button type="submit" class="primary" data-testid="add-codes">{ "Add codes" }</button>
            </form>
            <div role="status" data-testid="codes-status">
                if let Some((summary, _)) = &*report {
                    <p>{ summary }</p>
                }
            </div>
            if let Some((_, refused)) = &*report {
                if !refused.is_empty() {
                    <div class="error" role="alert" data-testid="codes-refused">
                        <ul>
                            { for refused.iter().map(|r| html! { <li>{ r }</li> }) }
                        </ul>
                    </div>
                }
            }
            { leaderboard(&props.results.standings(), props.invite.rounds, true) }
            <ExportResults results={(*props.results).clone()} invite={props.invite.clone()} />
        </div>
    }
}
