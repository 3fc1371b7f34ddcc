//! The banners above a page's content: a notice or an error with its buttons, and the undo
//! offered after something was deleted. Plain functions, not components: they hold no state,
//! and each component type costs the wasm its own copy of Yew's machinery.

use yew::prelude::*;

/// A banner saying `message`, with `actions` (its buttons) below. An `alert` is announced at
/// once (`role="alert"`); a notice is announced by the live region it sits in.
pub fn banner(testid: AttrValue, alert: bool, message: &str, actions: Html) -> Html {
    let class = if alert {
        "error banner"
    } else {
        "notice banner"
    };
    html! {
        <div {class} role={alert.then_some("alert")} data-testid={testid}>
            <p>{ message }</p>
            <p class="banner-actions">{ actions }</p>
        </div>
    }
}

/// What an undo banner offers: `message` ("Deleted “Sales”."), Undo and Dismiss.
pub struct Undo<'a> {
    /// What was done, in words.
    pub message: &'a str,
    /// Puts it back.
    pub on_undo: Callback<MouseEvent>,
    /// Forgets the undo.
    pub on_dismiss: Callback<MouseEvent>,
}

/// The live region where an undo is offered, named `<testid>-notice` with its button
/// `<testid>`. The region stays in the page when there is nothing to undo, so a screen
/// reader hears the offer when it appears.
pub fn undo_slot(testid: &str, undo: Option<Undo>) -> Html {
    let banner = undo.map(|undo| {
        let actions = html! {
            <>
                <button type="button" class="primary" data-testid={testid.to_owned()} onclick={undo.on_undo}>{ "Undo" }</button>
                <button type="button" onclick={undo.on_dismiss}>{ "Dismiss" }</button>
            </>
        };
        banner(format!("{testid}-notice").into(), false, undo.message, actions)
    });
    html! { <div role="status" class="undo-slot">{ banner }</div> }
}
