//! "I think this deserves more": the learner flags a score, with a note for the deck author.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`FlagForm`].
#[derive(Properties, PartialEq)]
pub struct FlagFormProps {
    /// Whether this score is already flagged.
    pub flagged: bool,
    /// Called with the learner's note when they send the flag.
    pub on_flag: Callback<String>,
}

/// A button that opens a short form; once sent, a line saying where the flag went.
#[component]
pub fn FlagForm(props: &FlagFormProps) -> Html {
    let open = use_state(|| false);
    let note = use_state(String::new);
    if props.flagged {
        return html! {
            <p class="muted" role="status" data-testid="flagged">
                { "Flag saved. You will find it on the Progress page, ready to export for the deck's author." }
            </p>
        };
    }
    if !*open {
        let open = open.clone();
        return html! {
            <p>
                <button type="button" class="link-button" data-testid="flag"
                    onclick={Callback::from(move |_: MouseEvent| open.set(true))}>
                    { "I think this deserves more" }
                </button>
            </p>
        };
    }
    let on_input = {
        let note = note.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            note.set(area.value());
        })
    };
    let on_submit = {
        let (note, on_flag) = (note.clone(), props.on_flag.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_flag.emit(note.trim().to_owned());
        })
    };
    let on_cancel = Callback::from(move |_: MouseEvent| open.set(false));
    html! {
        <form class="flag-form" onsubmit={on_submit} data-testid="flag-form">
            <label for="flag-note">{ "What did the score miss? (optional)" }</label>
            <textarea id="flag-note" rows="2" maxlength="500" data-testid="flag-note" autofocus=true
                value={(*note).clone()} oninput={on_input} />
            <p class="form-actions">
                <button type="submit" class="primary" data-testid="flag-send">{ "Flag this score" }</button>
                <button type="button" onclick={on_cancel}>{ "Cancel" }</button>
            </p>
        </form>
    }
}
