//! Join links and short game codes through the public API: every game reads back, every
//! bundled deck travels packed, and broken links are refused in words.

use boardroom::bundled;
use boardroom::deck::{Deck, Outline, PackError, pack, unpack};
use boardroom::game::{HostSetup, Invite, InviteError, Mode};
use proptest::prelude::*;

/// What the join form knows of the installed decks.
fn outlines(decks: &[Deck]) -> Vec<Outline> {
    decks.iter().map(Deck::outline).collect()
}

fn invite(deck: &str, seed: u64) -> Invite {
    Invite {
        deck: deck.into(),
        seed,
        rounds: 5,
        seconds: Some(120),
        pack: None,
    }
}

#[test]
fn a_join_query_reads_back() {
    let game = invite("architecture", 123_456);
    assert_eq!(
        game.query(),
        "deck=architecture&seed=123456&rounds=5&seconds=120&v=1"
    );
    assert_eq!(Invite::parse(&game.query()), Ok(game.clone()));
    assert_eq!(
        Invite::parse(&format!("?{}", game.query())),
        Ok(game.clone())
    );
    let id = game.game_id();
    assert_eq!(
        (id.deck.as_str(), id.seed, id.rounds),
        ("architecture", 123_456, 5)
    );
    let untimed = Invite {
        seconds: None,
        ..invite("security", 0)
    };
    assert_eq!(Invite::parse(&untimed.query()), Ok(untimed));
}

#[test]
fn a_host_query_keeps_mode_and_players() {
    let setup = HostSetup {
        invite: invite("architecture", 7),
        mode: Mode::HotSeat,
        players: vec!["Ana".into(), "Zoë, the PM".into(), "李".into()],
    };
    assert_eq!(HostSetup::parse(&setup.query()), Ok(setup.clone()));
    assert!(
        setup
            .query()
            .ends_with("&mode=hot-seat&player=Ana&player=Zo%C3%AB%2C+the+PM&player=%E6%9D%8E"),
        "{}",
        setup.query()
    );
    // A host link from an earlier build lists the names in one `players`.
    let earlier = format!("{}&mode=hot-seat&players=Ana,Bea%20B", setup.invite.query());
    let read = HostSetup::parse(&earlier).map(|s| s.players);
    assert_eq!(read, Ok(vec!["Ana".to_owned(), "Bea B".to_owned()]));
    let room = HostSetup {
        mode: Mode::Room,
        players: Vec::new(),
        ..setup
    };
    assert_eq!(HostSetup::parse(&room.query()), Ok(room));
}

#[test]
fn broken_links_say_what_is_wrong() {
    let cases = [
        (
            "seed=1&rounds=5&seconds=60&v=1",
            "the link has no “deck”: check it was copied whole",
        ),
        (
            "deck=a&seed=x1&rounds=5&seconds=60&v=1",
            "the link's “seed” is “x1”, but it should be a whole number",
        ),
        (
            "deck=a&seed=1&rounds=21&seconds=60&v=1",
            "the link's “rounds” is “21”, but it should be a number of rounds from 1 to 20",
        ),
        (
            "deck=a&seed=1&rounds=5&seconds=10&v=1",
            "the link's “seconds” is “10”, but it should be 0 (untimed) or 30 to 300 seconds",
        ),
        (
            "deck=a&seed=1&rounds=5&seconds=60&v=9",
            "it was made by a different version of Boardroom (version 9, this one reads 1): ask the host for a link from this page",
        ),
        (
            "deck=a&seed=1&rounds=5&seconds=60&v=1&mode=party",
            "the link's “mode” is “party”, but it should be room, hot-seat or group",
        ),
        (
            "deck=a&seed=1&rounds=5&seconds=60&v=1&mode=hot-seat&players=Ana",
            "the link's “players” is “Ana”, but it should be 2 to 12 names",
        ),
    ];
    for (query, message) in cases {
        let got = HostSetup::parse(query)
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert_eq!(got, Err(message.to_string()), "{query}");
    }
    let decks = bundled::decks();
    assert_eq!(
        invite("payroll", 1).resolve(&decks).map(|d| d.id).map_err(|e| e.to_string()),
        Err("the game uses the deck “payroll”, which this Boardroom does not have: ask the host for the full link".to_string())
    );
    let too_many = Invite {
        rounds: 20,
        ..invite(&decks[0].id, 1)
    };
    assert!(matches!(
        too_many.resolve(&decks[..1]),
        Err(InviteError::TooFewCards { rounds: 20, .. })
    ));
}

#[test]
fn every_bundled_deck_travels_packed() {
    for deck in bundled::decks() {
        let text = pack(&deck);
        let mut slim = deck.clone();
        for card in &mut slim.cards {
            card.examples.clear();
        }
        assert_eq!(unpack(&text), Ok(slim), "{}", deck.id);
        let game = Invite {
            pack: Some(text),
            ..invite("anything", 3)
        };
        let back = Invite::parse(&game.query()).unwrap();
        assert_eq!(back.resolve(&[]).map(|d| d.id), Ok(deck.id.clone()));
        assert_eq!(back.short_code(), None);
    }
}

#[test]
fn garbage_packs_are_refused() {
    let good = pack(&bundled::decks()[0]);
    let damaged = [
        "",
        "!!!!",
        "A",
        &good[..good.len() / 2],
        &good.replace('A', "B"),
    ];
    for text in damaged {
        assert_eq!(unpack(text), Err(PackError::Damaged), "{text:.20}");
    }
    // A deck no parser would have let through: packing does not check, unpacking does.
    let mut invalid = bundled::decks()[0].clone();
    invalid.cards[0].title.clear();
    let not_a_deck = pack(&invalid);
    let message = unpack(&not_a_deck).unwrap_err().to_string();
    assert!(
        message.starts_with("the deck inside the link is not a valid deck: link:1:"),
        "{message}"
    );
}

#[test]
fn short_codes_read_back_against_the_installed_decks() {
    let decks = bundled::decks();
    for deck in &decks {
        let game = invite(&deck.id, 999_999);
        let code = game.short_code().unwrap();
        assert_eq!(code.len(), 19, "{code}");
        assert_eq!(
            Invite::from_short_code(&code, &outlines(&decks)),
            Ok(game.clone())
        );
        assert_eq!(
            Invite::from_short_code(&code.to_lowercase().replace('-', " "), &outlines(&decks)),
            Ok(game)
        );
        assert_eq!(
            Invite::from_short_code(&code, &[]),
            Err(InviteError::UnknownDeckTag)
        );
    }
    let messages = [
        ("", "the game code does not read: it is empty"),
        (
            "ABCD-!",
            "the game code does not read: it has a character codes do not use",
        ),
        // Two bytes with the right check symbol: whole, but too short for a game.
        (
            "0410-U",
            "the game code does not read: it is too short or too long",
        ),
    ];
    for (code, message) in messages {
        let got = Invite::from_short_code(code, &outlines(&decks)).map_err(|e| e.to_string());
        assert_eq!(got, Err(message.to_string()), "{code}");
    }
}

proptest! {
    #[test]
    fn any_game_reads_back_from_its_link_and_its_code(
        seed in any::<u64>(),
        rounds in 1u8..=20,
        seconds in prop_oneof![Just(None), (30u16..=300).prop_map(Some)],
        which in 0usize..4,
    ) {
        let decks = bundled::decks();
        let deck = &decks[which % decks.len()];
        let game = Invite { deck: deck.id.clone(), seed, rounds, seconds, pack: None };
        prop_assert_eq!(Invite::parse(&game.query()), Ok(game.clone()));
        let code = game.short_code().unwrap();
        prop_assert_eq!(Invite::from_short_code(&code, &outlines(&decks)), Ok(game));
    }

    #[test]
    fn one_mistyped_symbol_in_a_short_code_is_caught(
        seed in any::<u64>(),
        at in any::<prop::sample::Index>(),
        with in 0usize..32,
    ) {
        let decks = bundled::decks();
        let game = invite(&decks[0].id, seed);
        let code: Vec<char> = game.short_code().unwrap().chars().filter(|&c| c != '-').collect();
        let at = at.index(code.len());
        let symbol = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().nth(with).unwrap();
        prop_assume!(symbol != code[at]);
        let mut typo = code.clone();
        typo[at] = symbol;
        let typo: String = typo.into_iter().collect();
        prop_assert_ne!(Invite::from_short_code(&typo, &outlines(&decks)), Ok(game));
    }
}

/// The cards a game of the architecture deck deals, by title: the same list the browser test
/// asserts on the projector and both phones for this seed, so native and wasm builds are held
/// to one order.
#[test]
fn a_seed_deals_the_same_cards_natively_as_in_the_browser() {
    let decks = bundled::decks();
    let game = Invite {
        rounds: 3,
        seconds: Some(90),
        ..invite("architecture", 4242)
    };
    let deck = game.resolve(&decks).unwrap();
    let titles: Vec<&str> = boardroom::game::deal(deck.cards.len(), game.seed)
        .into_iter()
        .take(3)
        .map(|i| deck.cards[i].title.as_str())
        .collect();
    assert_eq!(titles, DEALT_4242);
}

/// Also in tests/e2e/game.test.mjs.
const DEALT_4242: [&str; 3] = [
    "Stop imports timing out",
    "Make search fast",
    "Add database copies for reports",
];
