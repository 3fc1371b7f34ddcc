//! The flagged scores on the progress page: exported for deck authors, each deletable
//! (with undo).

use super::{card_link, title_of};
use crate::app::{Library, ProgressStore};
use crate::progress::{Clock, Progress, date, flags_json};
use crate::services::files;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct FlagsProps {
    pub(super) library: Library,
    pub(super) progress: Rc<Progress>,
    pub(super) context: ProgressStore,
    pub(super) clock: Clock,
}

/// Flagged scores, exportable for deck authors, each deletable (with undo).
#[component]
pub(super) fn Flags(props: &FlagsProps) -> Html {
    let flags = &props.progress.flags;
    let error = use_state(|| None::<String>);
    if flags.is_empty() {
        return html! {
            <>
                <h2>{ "Flagged scores" }</h2>
                <p class="muted" data-testid="no-flags">
                    { "None yet. When a score seems too low, flag it after scoring: it is kept here for the deck's author." }
                </p>
            </>
        };
    }
    let clock = props.clock;
    let export = {
        let (flags, error) = (flags.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("boardroom-flags-{}.json", date(clock.today()));
            error.set(files::download(&name, &flags_json(&flags), "application/json").err());
        })
    };
    html! {
        <>
            <h2>{ "Flagged scores" }</h2>
            <ul class="flags" data-testid="flags">
                { for flags.iter().enumerate().map(|(i, f)| {
                    let context = props.context.clone();
                    let remove = Callback::from(move |_: MouseEvent| context.remove_flag(i));
                    html! {
                        <li>
                            <p>
                                <strong>{ card_link(&props.library, &f.deck, &f.card) }</strong>
                                { format!(" — scored {} on {}", f.total, date(clock.day(f.at))) }
                            </p>
                            if !f.note.is_empty() {
                                <p>{ "Your note: " }<q>{ &f.note }</q></p>
                            }
                            <blockquote><p>{ &f.answer }</p></blockquote>
                            <button type="button" onclick={remove}
                                aria-label={format!("Delete the flag on {}", title_of(&props.library, &f.deck, &f.card))}>
                                { "Delete" }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p><button type="button" onclick={export} data-testid="export-flags">{ "Export flags (JSON)" }</button></p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
        </>
    }
}
