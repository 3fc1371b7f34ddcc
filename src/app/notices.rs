//! The banners above every page: each storage problem not yet dismissed, and the undo after
//! a destructive change to progress.

use super::{NoticeAction, use_notices, use_progress};
use crate::components::{Undo, undo_slot};
use crate::services::files::download;
use crate::services::storage::StorageError;
use yew::prelude::*;

/// What the learner must know about their stored data, and the undo after a destructive
/// change to their progress. Every storage problem shares one notice (several can arise at
/// start): each in one calm sentence, its reasons and key names under "Details", its
/// unreadable text offered back as a file; one Dismiss for all. In private browsing the
/// notice stays at the top of the window while the page scrolls.
#[component]
pub fn StorageNotices() -> Html {
    let notices = use_notices();
    let progress = use_progress();
    let shown = notices.as_ref().filter(|n| !n.shown.is_empty()).map(|notices| {
        let problems = notices.shown.iter().map(|error| {
            let name = error.name();
            let download = error.unreadable_text().map(|text| {
                let (text, file) = (text.to_owned(), format!("boardroom-unreadable-{}.json", name.unwrap_or("data")));
                let on_download = Callback::from(move |_: MouseEvent| {
                    let _ = download(&file, &text, "application/json");
                });
                html! { <button type="button" data-testid="download-unreadable" onclick={on_download}>{ "Download it" }</button> }
            });
            html! {
                <div class="storage-problem" data-testid={format!("{}-notice", name.unwrap_or("storage"))}>
                    <p>{ error.to_string() }</p>
                    if let Some(details) = error.details() {
                        <details class="storage-details">
                            <summary>{ "Details" }</summary>
                            <p>{ details }</p>
                        </details>
                    }
                    if let Some(download) = download {
                        <p class="banner-actions">{ download }</p>
                    }
                </div>
            }
        });
        let dismiss = {
            let notices = notices.clone();
            Callback::from(move |_: MouseEvent| notices.dispatch(NoticeAction::DismissAll))
        };
        // Storage that keeps nothing is told for as long as the page is used: that notice
        // stays at the top of the window while the page scrolls (to the feedback, say).
        let lasting = notices.shown.contains(&StorageError::Unavailable);
        html! {
            <div class={classes!("error", "banner", "storage-notices", lasting.then_some("lasting"))} role="alert" data-testid="storage-notices">
                { for problems }
                <p class="banner-actions">
                    <button type="button" onclick={dismiss} data-testid="dismiss-notices">{ "Dismiss" }</button>
                </p>
            </div>
        }
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
