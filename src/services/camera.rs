//! The host's camera, for reading the result codes the phones show as QR codes.
//!
//! Decoding is jsQR's (the `jsqr` package, Apache-2.0), loaded as its own file only when
//! scanning starts, by the small `scan.js` that drives the camera: neither is part of the
//! app's first load, and the service worker keeps both for offline use. (A Rust decoder
//! would have been compiled into the one wasm every visitor downloads.) Nothing a camera
//! sees leaves the page.

use js_sys::{Promise, Reflect};
use std::cell::Cell;
use std::fmt;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;

/// The camera helper beside `index.html`; it loads the decoder, `jsQR.js`, itself.
const HELPER: &str = "scan.js";

#[wasm_bindgen]
extern "C" {
    /// Loads the decoder and starts the camera into a `<video>`: a promise.
    #[wasm_bindgen(js_namespace = boardroomScan, js_name = open, catch)]
    fn helper_open(video: &JsValue) -> Result<Promise, JsValue>;
    /// The text of the QR code in the video's frame now, or `null`.
    #[wasm_bindgen(js_namespace = boardroomScan, js_name = read, catch)]
    fn helper_read(video: &JsValue) -> Result<Option<String>, JsValue>;
    /// Stops the camera.
    #[wasm_bindgen(js_namespace = boardroomScan, js_name = close, catch)]
    fn helper_close(video: &JsValue) -> Result<(), JsValue>;
}

/// Why the camera cannot scan, in words for the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameraError {
    /// The browser or the person refused the camera.
    Refused,
    /// There is no camera.
    Missing,
    /// Another program holds the camera.
    Busy,
    /// This page cannot use a camera (an address that is not https, or an old browser).
    Unsupported,
    /// The decoder could not be loaded (offline on a first visit).
    NotLoaded,
}

impl CameraError {
    /// The error for a browser's `DOMException` name (`NotAllowedError`, ...).
    pub fn from_name(name: &str) -> CameraError {
        match name {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Refused,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => {
                CameraError::Missing
            }
            "NotReadableError" | "TrackStartError" | "AbortError" => CameraError::Busy,
            "NotLoaded" => CameraError::NotLoaded,
            _ => CameraError::Unsupported,
        }
    }
}

impl fmt::Display for CameraError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CameraError::Refused => {
                "The camera was not allowed. To scan, allow the camera for this page (the icon in the address bar), or paste the codes below."
            }
            CameraError::Missing => {
                "No camera was found on this device. Paste or type the codes below instead."
            }
            CameraError::Busy => {
                "The camera is in use by another program. Close it and try again, or paste the codes below."
            }
            CameraError::Unsupported => {
                "This browser cannot use a camera on this page (it needs an https address). Paste or type the codes below instead."
            }
            CameraError::NotLoaded => {
                "The code reader could not be loaded (are you offline on a first visit?). Paste or type the codes below instead."
            }
        })
    }
}

thread_local! {
    /// Whether the helper is in the page already.
    static LOADED: Cell<bool> = const { Cell::new(false) };
}

/// Adds `<script src=url>` to the page and waits for it to run.
async fn load_script(url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let script = document.create_element("script")?;
    script.set_attribute("src", url)?;
    let loaded = Promise::new(&mut |resolve, reject| {
        let _ = Reflect::set(&script, &"onload".into(), &resolve);
        let _ = Reflect::set(&script, &"onerror".into(), &reject);
    });
    document
        .head()
        .ok_or(JsValue::NULL)?
        .append_child(&script)?;
    JsFuture::from(loaded).await.map(drop)
}

/// Loads the decoder (once per page) and starts the camera into `video`, a `<video>`
/// element the page draws.
pub async fn open(video: &JsValue) -> Result<(), CameraError> {
    if !LOADED.get() {
        load_script(HELPER)
            .await
            .map_err(|_| CameraError::NotLoaded)?;
        LOADED.set(true);
    }
    let started = helper_open(video).map_err(|_| CameraError::NotLoaded)?;
    JsFuture::from(started).await.map(drop).map_err(|error| {
        let name = Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        CameraError::from_name(&name)
    })
}

/// The text of the QR code in `video`'s current frame, if there is one.
pub fn read(video: &JsValue) -> Option<String> {
    helper_read(video).ok().flatten()
}

/// Stops the camera that [`open`] started in `video`.
pub fn close(video: &JsValue) {
    let _ = helper_close(video);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_browser_refusal_is_told_in_words_with_the_way_round_it() {
        let cases = [
            ("NotAllowedError", CameraError::Refused),
            ("SecurityError", CameraError::Refused),
            ("NotFoundError", CameraError::Missing),
            ("OverconstrainedError", CameraError::Missing),
            ("NotReadableError", CameraError::Busy),
            ("TypeError", CameraError::Unsupported),
            ("NotLoaded", CameraError::NotLoaded),
            ("", CameraError::Unsupported),
        ];
        for (name, error) in cases {
            assert_eq!(CameraError::from_name(name), error, "{name}");
            let said = error.to_string();
            assert!(said.contains("codes below"), "{said}");
            assert!(!said.contains("Error"), "no browser error names: {said}");
        }
    }
}
