//! The links Boardroom hands to other devices and people: a game's join link, a deck's share
//! link. Each is this page's address with a route and a query after the `#`, so it opens on
//! any static host with no rewrite rules.

use crate::deck::Deck;
use crate::game::Invite;
use crate::studio::share_query;

/// The link a player's phone opens to join the game `invite` describes.
pub fn join_link(invite: &Invite) -> String {
    address("/play/join", &invite.query())
}

/// The link that opens `deck` in the import preview on any device.
pub fn share_link(deck: &Deck) -> String {
    address("/decks/open", &share_query(deck))
}

/// The address of this page with `route` and `query` after the `#`.
fn address(route: &str, query: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    address_from(&href, route, query)
}

/// `href` with its fragment replaced by `route` and `query`.
fn address_from(href: &str, route: &str, query: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{route}?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_keeps_the_page_and_its_sub_path_and_replaces_the_fragment() {
        let cases = [
            (
                "https://example.org/boardroom/#/play/host?seed=1",
                "https://example.org/boardroom/#/play/join?g=2",
            ),
            (
                "http://127.0.0.1:8080/",
                "http://127.0.0.1:8080/#/play/join?g=2",
            ),
            (
                "http://127.0.0.1:8080/index.html#/",
                "http://127.0.0.1:8080/index.html#/play/join?g=2",
            ),
        ];
        for (href, expected) in cases {
            assert_eq!(address_from(href, "/play/join", "g=2"), expected, "{href}");
        }
    }
}
