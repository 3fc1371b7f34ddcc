//! `#/play/host?...`: the host's device, in the mode the setup chose.

use super::group::GroupGame;
use super::hot_seat::HotSeatGame;
use super::room::RoomGame;
use super::{GameError, dealt, installed, use_game_deck, use_query, use_saved_game};
use crate::app::use_library;
use crate::game::SavedGame;
use crate::game::{Device, HostSetup, Mode};
use crate::services::storage;
use std::rc::Rc;
use yew::prelude::*;

/// Reads the game from the address and runs it; a broken address says what is wrong.
#[component]
pub fn PlayHost() -> Html {
    let query = use_query();
    let library = use_library();
    let found = use_memo((query.clone(), library.clone()), |(query, library)| {
        let setup = HostSetup::parse(query)?;
        let deck = setup.invite.resolve(installed(library, &setup.invite))?;
        let cards = dealt(&deck, &setup.invite);
        Ok::<_, crate::game::InviteError>((Rc::new(setup), Rc::new(deck), cards))
    });
    let waiting = use_game_deck(&query);
    let saved = use_saved_game(Device::Host, &query);
    // Each restart mounts a fresh game.
    let generation = use_state(|| 0u32);
    let restarted = *generation > 0;
    let on_restart = {
        let generation = generation.clone();
        Callback::from(move |()| {
            storage::clear::<SavedGame>();
            generation.set(*generation + 1);
        })
    };
    if let Some(waiting) = waiting {
        return waiting;
    }
    match &*found {
        Err(e) => html! {
            <GameError title="This game cannot start" message={format!("This address does not describe a game: {e}.")} />
        },
        Ok((setup, deck, cards)) => {
            let cards = cards.clone();
            let resume = saved.filter(|_| !restarted);
            let key = format!("{}#{}", *generation, query);
            let query = AttrValue::from(query);
            let (setup, deck) = (setup.clone(), deck.clone());
            match setup.mode {
                Mode::Room => {
                    html! { <RoomGame {key} {setup} {deck} {cards} {query} {resume} {on_restart} /> }
                }
                Mode::HotSeat => {
                    html! { <HotSeatGame {key} {setup} {deck} {cards} {query} {resume} {on_restart} /> }
                }
                Mode::Group => {
                    html! { <GroupGame {key} {setup} {deck} {cards} {query} {resume} {on_restart} /> }
                }
            }
        }
    }
}
