//! A button that copies a text to the clipboard and says, in a live region, whether it did.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// What [`CopyButton`] copies and says.
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What to copy.
    pub text: AttrValue,
    /// What the button says.
    pub label: AttrValue,
    /// The button's test id.
    #[prop_or_default]
    pub testid: AttrValue,
}

/// Copies `text` to the clipboard and says whether it worked.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let onclick = {
        let (text, status) = (props.text.to_string(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, status) = (text.clone(), status.clone());
            spawn_local(async move {
                let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
                    Some(clipboard) => {
                        wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                            .await
                            .is_ok()
                    }
                    None => false,
                };
                status.set(Some(if copied {
                    "Copied."
                } else {
                    "This browser would not copy: select the text and copy it yourself."
                }));
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" data-testid={props.testid.clone()} {onclick}>{ props.label.clone() }</button>
            <span role="status" class="muted">{ status.unwrap_or_default() }</span>
        </span>
    }
}
