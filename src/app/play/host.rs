//! `#/play/host?...`: the host's device, in the mode the setup chose.

use super::group::GroupGame;
use super::hot_seat::HotSeatGame;
use super::room::RoomGame;
use super::{GameError, dealt, use_query};
use crate::app::use_library;
use crate::game::{HostSetup, Mode};
use std::rc::Rc;
use yew::prelude::*;

/// Reads the game from the address and runs it; a broken address says what is wrong.
#[component]
pub fn PlayHost() -> Html {
    let query = use_query();
    let library = use_library();
    let found = use_memo((query.clone(), library.clone()), |(query, library)| {
        let setup = HostSetup::parse(query)?;
        let deck = setup.invite.resolve(library)?;
        Ok::<_, crate::game::InviteError>((Rc::new(setup), Rc::new(deck)))
    });
    match &*found {
        Err(e) => html! {
            <GameError title="This game cannot start" message={format!("This address does not describe a game: {e}.")} />
        },
        Ok((setup, deck)) => {
            let cards = dealt(deck, &setup.invite);
            let key = query.clone();
            match setup.mode {
                Mode::Room => {
                    html! { <RoomGame {key} setup={setup.clone()} deck={deck.clone()} {cards} /> }
                }
                Mode::HotSeat => {
                    html! { <HotSeatGame {key} setup={setup.clone()} deck={deck.clone()} {cards} /> }
                }
                Mode::Group => {
                    html! { <GroupGame {key} setup={setup.clone()} deck={deck.clone()} {cards} /> }
                }
            }
        }
    }
}
