//! A QR code drawn as inline SVG from the `qrcode` crate's module grid.
//!
//! The grid is drawn here as one path rather than through the crate's SVG writer, so the
//! markup is built by Yew like everything else and no HTML string is ever injected.

use gloo::timers::callback::Timeout;
use qrcode::{Color, EcLevel, QrCode as Grid};
use yew::prelude::*;

/// Modules of light margin around the code, as the QR standard asks.
const QUIET: usize = 4;

/// The SVG side (in modules, margin included) and path data for `text`, or `None` when the
/// text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let grid = Grid::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = grid.width();
    let colors = grid.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((width + 2 * QUIET, path))
}

/// Properties of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds.
    pub text: AttrValue,
    /// What the code is, for screen readers.
    pub label: AttrValue,
}

/// The QR code of `text`, or a sentence saying it is too long for one. The code is worked out
/// in the task after the one that draws the screen (on a slow phone, encoding a link and
/// drawing its thousand-odd modules is most of a frame), and stands in a blank square of the
/// same size until then, so nothing moves when it appears.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    // The text the code was worked out for, and the code.
    let drawn = use_state(|| None::<(AttrValue, Option<(usize, String)>)>);
    {
        let drawn = drawn.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            let timer = Timeout::new(0, move || {
                let code = qr_path(&text);
                drawn.set(Some((text, code)));
            });
            move || drop(timer)
        });
    }
    match drawn.as_ref().filter(|(text, _)| *text == props.text) {
        None => html! {
            <svg class="qr" data-testid="qr-coming" aria-hidden="true" viewBox="0 0 1 1">
                <rect width="1" height="1" fill="#fff" />
            </svg>
        },
        Some((_, Some((side, path)))) => html! {
            <svg class="qr" data-testid="qr" role="img" aria-label={props.label.clone()}
                viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges">
                <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={path.clone()} fill="#000" />
            </svg>
        },
        Some((_, None)) => html! {
            <p class="notice" data-testid="qr-too-long">
                { format!(
                    "The link is {} characters, too long for a QR code: share the link itself, or the deck file.",
                    props.text.chars().count()
                ) }
            </p>
        },
    }
}
