//! The page for a link that leads nowhere.

use super::{Route, use_title};
use yew::prelude::*;
use yew_router::prelude::*;

/// Says the page does not exist and offers the way home.
#[component]
pub fn NotFound() -> Html {
    use_title("Page not found");
    html! {
        <section class="page" data-testid="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ "This link does not lead to a Boardroom page." }</p>
            <p><Link<Route> to={Route::Home}>{ "Go to the home page" }</Link<Route>></p>
        </section>
    }
}
