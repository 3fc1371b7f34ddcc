//! Decks written back out read back as the same deck, in both formats (issue 7's export).

use boardroom::bundled;
use boardroom::deck::{parse_json, parse_toml, to_json, to_toml};

#[test]
fn every_bundled_deck_reads_back_from_toml_and_json() {
    for deck in bundled::decks() {
        let toml = to_toml(&deck);
        assert_eq!(
            parse_toml("export.toml", &toml),
            Ok(deck.clone()),
            "{}",
            deck.id
        );
        let json = to_json(&deck);
        assert_eq!(
            parse_json("export.json", &json),
            Ok(deck.clone()),
            "{}",
            deck.id
        );
        assert!(
            !deck.cards[0].examples.is_empty(),
            "calibration examples are written too"
        );
    }
}
