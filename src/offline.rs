//! Offline use: registers the service worker that `scripts/service-worker.mjs` writes for each
//! release build (`sw.js` beside `index.html`), and says when a newer build has taken over, so
//! the page can offer "reload to update" instead of running on a mix of old and new files.
//!
//! Debug builds (`trunk serve`) register nothing, so a rebuilt page is never served stale files.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Registers the worker; `on_update` runs once a newer build has taken over this page.
pub fn keep_for_offline(on_update: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent outside secure contexts (plain http on another host) and in some browsers.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // A page already under a worker that sees a new one take over runs old code: tell it.
    // The first visit's worker taking over changes nothing the learner can see.
    let had_worker = container.controller().is_some();
    let changed = Closure::<dyn Fn()>::new(move || {
        if had_worker {
            on_update();
        }
    });
    container.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    // The page lives as long as the app: the handler must too.
    changed.forget();
    // A failed registration (storage blocked, file missing) leaves the app working online.
    let _ = container.register("./sw.js");
}

/// Loads the page again, from the newer build.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
