//! The banners above every page: each storage problem not yet dismissed, and the undo after
//! a destructive change to progress.

use super::{NoticeAction, use_notices, use_progress};
use crate::components::{Undo, banner, undo_slot};
use crate::services::files::download;
use yew::prelude::*;

/// What the learner must know about their stored data, and the undo after a destructive
/// change to their progress.
#[component]
pub fn StorageNotices() -> Html {
    let notices = use_notices();
    let progress = use_progress();
    let shown = notices.iter().flat_map(|notices| {
        notices.shown.iter().enumerate().map(|(at, error)| {
            let name = error.name();
            let dismiss = {
                let notices = notices.clone();
                Callback::from(move |_: MouseEvent| notices.dispatch(NoticeAction::Dismiss(at)))
            };
            let download = error.unreadable_text().map(|text| {
                let (text, file) = (text.to_owned(), format!("boardroom-unreadable-{}.json", name.unwrap_or("data")));
                let on_download = Callback::from(move |_: MouseEvent| {
                    let _ = download(&file, &text, "application/json");
                });
                html! { <button type="button" data-testid="download-unreadable" onclick={on_download}>{ "Download the unreadable data" }</button> }
            });
            let actions = html! {
                <>
                    { download }
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </>
            };
            let testid = format!("{}-notice", name.unwrap_or("storage"));
            banner(testid.into(), true, &error.to_string(), actions)
        })
    });
    let undo = progress.as_ref().and_then(|progress| {
        let done = progress.undo.as_ref()?;
        let (undo, forget) = (progress.clone(), progress.clone());
        Some(Undo {
            message: &done.message,
            on_undo: Callback::from(move |_: MouseEvent| undo.undo()),
            on_dismiss: Callback::from(move |_: MouseEvent| forget.forget()),
        })
    });
    html! {
        <>
            { for shown }
            { undo_slot("undo", undo) }
        </>
    }
}
