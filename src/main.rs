//! The web app's learner build (home, practice, progress), built by Trunk: `index.html`'s
//! boot script starts it for every address outside `#/play` and `#/decks` (see
//! `app::bundles`).

fn main() {
    boardroom::app::start(boardroom::app::learn);
}
