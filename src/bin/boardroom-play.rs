//! The web app's games build (setup, the host's screen, a player's phone): `index.html`'s boot
//! script starts it for addresses under `#/play` (see `app::bundles`).

fn main() {
    boardroom::app::start(boardroom::app::play);
}
