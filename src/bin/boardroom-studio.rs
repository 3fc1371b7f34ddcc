//! The web app's decks build (the list, import and export, a shared deck, the studio):
//! `index.html`'s boot script starts it for addresses under `#/decks` (see `app::bundles`).

fn main() {
    boardroom::app::start(boardroom::app::studio);
}
