//! A button that copies a text to the clipboard (or, asked to share, hands it to the
//! phone's share sheet where the browser has the Web Share API) and says, in a live region,
//! what it did.

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
    /// Share the text with the Web Share API where the browser has it; copy otherwise.
    #[prop_or_default]
    pub share: bool,
}

/// What sharing `text` came to, where the browser can share at all.
enum Shared {
    Done,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    /// The browser cannot share (no API, or it refused this text): copy instead.
    Unable,
}

/// Hands `text` to the browser's share sheet (`navigator.share({ text })`).
async fn share(text: &str) -> Shared {
    use wasm_bindgen::JsCast;
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Unable;
    };
    let Ok(function) = js_sys::Reflect::get(&navigator, &"share".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return Shared::Unable;
    };
    let data = js_sys::Object::new();
    if js_sys::Reflect::set(&data, &"text".into(), &text.into()).is_err() {
        return Shared::Unable;
    }
    let Ok(promise) = function
        .call1(&navigator, &data)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return Shared::Unable;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            match name.as_deref() {
                Some("AbortError") => Shared::Cancelled,
                _ => Shared::Unable,
            }
        }
    }
}

/// Copies `text` to the clipboard and says whether it worked.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let onclick = {
        let (text, status, wants_share) = (props.text.to_string(), status.clone(), props.share);
        Callback::from(move |_: MouseEvent| {
            let (text, status) = (text.clone(), status.clone());
            spawn_local(async move {
                if wants_share {
                    match share(&text).await {
                        Shared::Done => return status.set(Some("Shared.")),
                        Shared::Cancelled => return status.set(None),
                        Shared::Unable => {}
                    }
                }
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
