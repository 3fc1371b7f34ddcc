//! "Scan result codes" on the projector: the laptop's camera reads the phones' QR codes one
//! after another, each handed up as text the moment it is first seen.

use crate::services::camera::{self, CameraError};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// How often a frame is read: fast enough that a phone held up is read at once, slow
/// enough to leave a laptop's processor for the projector.
const READ_EVERY_MS: u32 = 250;

/// Where the camera is.
#[derive(Clone, PartialEq)]
enum Camera {
    Off,
    Starting,
    On,
    Failed(CameraError),
}

/// The camera on the results screen: its state, the `<video>` it plays into, and its verbs.
pub(super) struct Scanner {
    camera: Camera,
    video: NodeRef,
    start: Callback<MouseEvent>,
    stop: Callback<MouseEvent>,
}

/// The camera for scanning result codes: `on_code` gets the text of each QR code seen, once
/// per scanning session. (A hook and a plain function rather than a component: each
/// component type costs the wasm its own copy of Yew's component machinery.)
#[hook]
pub(super) fn use_scanner(on_code: Callback<String>) -> Scanner {
    let camera = use_state(|| Camera::Off);
    let video = use_node_ref();
    // The interval outlives renders: it reads the newest callback through this cell.
    let on_code_now = use_mut_ref(|| on_code.clone());
    *on_code_now.borrow_mut() = on_code;
    // Every text handed up this session: a room has a few dozen codes, so a list will do.
    let seen = use_mut_ref(Vec::<String>::new);
    // Which press of Scan is current: Stop (or a later Scan) makes a camera still starting
    // stale, and it is turned off as soon as it has started.
    let session = use_mut_ref(|| 0u32);
    let element = |video: &NodeRef| video.get().map(JsValue::from);

    let start = {
        let (camera, video, seen, session) =
            (camera.clone(), video.clone(), seen.clone(), session.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(element) = element(&video) else {
                return;
            };
            seen.borrow_mut().clear();
            *session.borrow_mut() += 1;
            let mine = *session.borrow();
            camera.set(Camera::Starting);
            let (camera, video, session) = (camera.clone(), video.clone(), session.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let stale = || *session.borrow() != mine || video.get().is_none();
                let opened = camera::open(&element).await;
                if opened.is_err() || stale() {
                    // Stopped or left while it started (leaving also fails the start), or
                    // it failed after the camera came on: whatever started, off again.
                    camera::close(&element);
                }
                match opened {
                    _ if stale() => {}
                    Ok(()) => camera.set(Camera::On),
                    Err(error) => camera.set(Camera::Failed(error)),
                }
            });
        })
    };
    let stop = {
        let (camera, video, session) = (camera.clone(), video.clone(), session.clone());
        Callback::from(move |_: MouseEvent| {
            *session.borrow_mut() += 1;
            if let Some(element) = element(&video) {
                camera::close(&element);
            }
            camera.set(Camera::Off);
        })
    };
    // While the camera is on, read a frame every READ_EVERY_MS; leaving the screen (or
    // stopping) ends the reading and turns the camera off.
    {
        let on = *camera == Camera::On;
        let video = video.clone();
        use_effect_with(on, move |&on| {
            // The element the camera plays into, held here: when the screen is left, the
            // reference may be gone before this effect is cleaned up.
            let playing = on.then(|| element(&video)).flatten();
            let reading = on.then(|| {
                let video = video.clone();
                Interval::new(READ_EVERY_MS, move || {
                    let Some(text) = element(&video).and_then(|v| camera::read(&v)) else {
                        return;
                    };
                    if !seen.borrow().contains(&text) {
                        seen.borrow_mut().push(text.clone());
                        on_code_now.borrow().emit(text);
                    }
                })
            });
            move || {
                drop(reading);
                if let Some(element) = playing {
                    camera::close(&element);
                }
            }
        });
    }
    Scanner {
        camera: (*camera).clone(),
        video,
        start,
        stop,
    }
}

/// The scan button, the camera's picture while it scans, and what each code came to
/// (`said`, the latest first).
pub(super) fn scan_panel(scanner: &Scanner, said: &[String]) -> Html {
    let scanning = matches!(scanner.camera, Camera::Starting | Camera::On);
    html! {
        <section class="scan" aria-labelledby="scan-heading" data-testid="scan">
            <h2 id="scan-heading">{ "Scan the phones’ QR codes" }</h2>
            if scanning {
                <p>
                    <button type="button" onclick={scanner.stop.clone()} data-testid="scan-stop">{ "Stop scanning" }</button>
                    <span class="muted">{ match scanner.camera {
                        Camera::Starting => " Starting the camera…",
                        _ => " Hold each phone’s result QR code up to the camera, one at a time.",
                    } }</span>
                </p>
            } else {
                <p>
                    <button type="button" class="primary" onclick={scanner.start.clone()} data-testid="scan-start">{ "Scan result codes" }</button>
                    <span class="muted">{ " with this device’s camera" }</span>
                </p>
            }
            if let Camera::Failed(error) = &scanner.camera {
                <p class="error" role="alert" data-testid="scan-error">{ error.to_string() }</p>
            }
            <video ref={scanner.video.clone()} class="scan-video" hidden={!scanning} data-testid="scan-video"
                aria-label="What the camera sees" />
            <div role="status" data-testid="scan-status">
                if let Some(latest) = said.first() {
                    <p>{ latest }</p>
                }
            </div>
            if said.len() > 1 {
                <ul class="scan-log" data-testid="scan-log" aria-label="Codes scanned before">
                    { for said.iter().skip(1).map(|s| html! { <li>{ s }</li> }) }
                </ul>
            }
        </section>
    }
}
