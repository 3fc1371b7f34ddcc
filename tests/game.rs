//! Result codes through the public API: every result reads back, and typos never pass.

use boardroom::game::{GameId, PlayerResult, decode, encode};
use proptest::prelude::*;

prop_compose! {
    fn a_game()(deck in "[a-z0-9-]{1,20}", seed in any::<u64>(), rounds in 1u8..=20) -> GameId {
        GameId { deck, seed, rounds }
    }
}

prop_compose! {
    fn a_result(rounds: u8)(
        name in "[^\\s](.{0,18}[^\\s])?",
        totals in proptest::collection::vec(proptest::option::of(0u8..=100), usize::from(rounds)),
    ) -> PlayerResult {
        PlayerResult { name, totals }
    }
}

fn game_and_result() -> impl Strategy<Value = (GameId, PlayerResult)> {
    a_game().prop_flat_map(|game| {
        let rounds = game.rounds;
        (Just(game), a_result(rounds))
    })
}

/// The body of a code (after the name) as symbols, without the group hyphens.
fn body(code: &str) -> (String, Vec<char>) {
    let (name, body) = code.rsplit_once(' ').unwrap();
    (
        name.to_owned(),
        body.chars().filter(|&c| c != '-').collect(),
    )
}

const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

proptest! {
    #[test]
    fn every_result_reads_back((game, result) in game_and_result()) {
        let code = encode(&game, &result);
        prop_assert_eq!(decode(&game, &code), Ok(result));
    }

    #[test]
    fn one_mistyped_symbol_is_always_caught(
        (game, result) in game_and_result(),
        at in any::<prop::sample::Index>(),
        with in any::<prop::sample::Index>(),
    ) {
        let (name, mut symbols) = body(&encode(&game, &result));
        let at = at.index(symbols.len());
        let replacement = SYMBOLS.chars().nth(with.index(SYMBOLS.len())).unwrap();
        prop_assume!(symbols[at] != replacement);
        symbols[at] = replacement;
        let typed = format!("{name} {}", symbols.iter().collect::<String>());
        prop_assert!(decode(&game, &typed).is_err(), "{} was accepted", typed);
    }

    #[test]
    fn two_swapped_neighbours_are_always_caught(
        (game, result) in game_and_result(),
        at in any::<prop::sample::Index>(),
    ) {
        let (name, mut symbols) = body(&encode(&game, &result));
        let at = at.index(symbols.len() - 1);
        prop_assume!(symbols[at] != symbols[at + 1]);
        symbols.swap(at, at + 1);
        let typed = format!("{name} {}", symbols.iter().collect::<String>());
        prop_assert!(decode(&game, &typed).is_err(), "{} was accepted", typed);
    }
}
