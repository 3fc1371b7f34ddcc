//! Progress through its public API: what comes next, and the backup round trip.

mod util;

use boardroom::deck::Outline;
use boardroom::progress::{
    Attempt, Clock, DAY_MS, Flag, Memory, Pick, Progress, Settings, decode, encode, pick,
};
use proptest::prelude::*;

/// Two decks of three cards: `a1` (easy, tag "cost"), `a2` (medium, said to the CFO), `a3`
/// (hard), `b1`..., as the scheduler sees them (their outlines).
fn library() -> Vec<Outline> {
    let template = util::deck();
    ["a", "b"]
        .into_iter()
        .map(|name| {
            let mut deck = template.clone();
            deck.id = format!("deck-{name}");
            deck.cards = (1..=3u8)
                .map(|n| {
                    let mut card = template.cards[0].clone();
                    card.id = format!("{name}{n}");
                    card.difficulty = n;
                    card.tags = if n == 1 { vec!["cost".into()] } else { vec![] };
                    if n == 2 {
                        card.audience = "CFO".into();
                    }
                    card
                })
                .collect();
            deck.outline()
        })
        .collect()
}

const DAY: i64 = 20_000;

fn at(day: i64, hour: i64) -> i64 {
    day * DAY_MS + hour * 3_600_000
}

fn attempt(card: &str, when: i64, total: u8) -> Attempt {
    Attempt {
        deck: format!("deck-{}", &card[..1]),
        card: card.into(),
        at: when,
        total,
        risk: Some(total),
        cost: None,
        opportunity: Some(total),
    }
}

fn picked(pick: Pick<'_>) -> String {
    match pick {
        Pick::Due(_, card, _) => format!("due {}", card.id),
        Pick::New(_, card) => format!("new {}", card.id),
        Pick::Ahead(_, card, _) => format!("ahead {}", card.id),
        Pick::Nothing => "nothing".into(),
    }
}

#[test]
fn the_next_card_follows_due_new_and_ahead_in_that_order() {
    let library = library();
    let settings = Settings::default();
    let history = [
        attempt("a1", at(DAY, 9), 20),
        attempt("a2", at(DAY, 10), 95),
    ];
    let memory = Memory::new(&history);
    // A poor answer comes back the same day, before anything new.
    let soon = Clock::utc(at(DAY, 11));
    assert_eq!(
        picked(pick(&library, &memory, &settings, soon, None)),
        "due a1"
    );
    // A month on both are due: the one overdue longest comes first.
    let month = Clock::utc(at(DAY + 30, 9));
    assert!(memory.get("deck-a", "a2").unwrap().due < month.now);
    assert_eq!(
        picked(pick(&library, &memory, &settings, month, None)),
        "due a1"
    );
    // With only good answers behind, the first card never seen comes next.
    let good_only = Memory::new(&[attempt("a2", at(DAY, 10), 95)]);
    assert_eq!(
        picked(pick(&library, &good_only, &settings, soon, None)),
        "new a1"
    );
    // The cap counts per day: one good card yesterday leaves today's new card free.
    let one_a_day = Settings {
        new_per_day: 1,
        ..Settings::default()
    };
    assert_eq!(
        picked(pick(&library, &good_only, &one_a_day, soon, None)),
        "ahead a2"
    );
    let tomorrow = Clock::utc(at(DAY + 1, 8));
    assert_eq!(
        picked(pick(&library, &good_only, &one_a_day, tomorrow, None)),
        "new a1"
    );
}

#[test]
fn filters_choose_the_deck_tag_difficulty_and_audience() {
    let library = library();
    let memory = Memory::new(&[]);
    let clock = Clock::utc(at(DAY, 9));
    let cases = [
        (Settings::default(), "new a1"),
        (
            Settings {
                deck: Some("deck-b".into()),
                ..Settings::default()
            },
            "new b1",
        ),
        (
            Settings {
                difficulty: Some(3),
                ..Settings::default()
            },
            "new a3",
        ),
        (
            Settings {
                deck: Some("deck-b".into()),
                tag: Some("cost".into()),
                ..Settings::default()
            },
            "new b1",
        ),
        (
            Settings {
                tag: Some("cost".into()),
                difficulty: Some(2),
                ..Settings::default()
            },
            "nothing",
        ),
        (
            Settings {
                audience: Some("CFO".into()),
                ..Settings::default()
            },
            "new a2",
        ),
        (
            Settings {
                deck: Some("deck-b".into()),
                audience: Some("CFO".into()),
                ..Settings::default()
            },
            "new b2",
        ),
        (
            Settings {
                audience: Some("CFO".into()),
                difficulty: Some(3),
                ..Settings::default()
            },
            "nothing",
        ),
        (
            Settings {
                new_per_day: 0,
                ..Settings::default()
            },
            "nothing",
        ),
    ];
    for (settings, want) in cases {
        assert_eq!(
            picked(pick(&library, &memory, &settings, clock, None)),
            want,
            "{settings:?}"
        );
    }
}

#[test]
fn the_card_just_done_comes_back_only_when_nothing_else_qualifies() {
    let library = library();
    let memory = Memory::new(&[]);
    let clock = Clock::utc(at(DAY, 9));
    let skip = Some(("deck-a", "a1"));
    assert_eq!(
        picked(pick(&library, &memory, &Settings::default(), clock, skip)),
        "new a2"
    );
    let only_a1 = Settings {
        deck: Some("deck-a".into()),
        difficulty: Some(1),
        ..Settings::default()
    };
    assert_eq!(
        picked(pick(&library, &memory, &only_a1, clock, skip)),
        "new a1"
    );
}

#[test]
fn new_cards_count_against_the_day_they_were_first_practised_locally() {
    let library = library();
    // Practised at 23:30 UTC: in Paris (UTC+1) that was already the next day.
    let history = [attempt("a1", at(DAY, 23) + 30 * 60_000, 90)];
    let memory = Memory::new(&history);
    let one_a_day = Settings {
        new_per_day: 1,
        ..Settings::default()
    };
    let paris_next_morning = Clock {
        now: at(DAY + 1, 8),
        offset_minutes: 60,
    };
    let utc_next_morning = Clock::utc(at(DAY + 1, 8));
    assert_eq!(memory.new_today(paris_next_morning), 1);
    assert_eq!(memory.new_today(utc_next_morning), 0);
    assert!(
        picked(pick(
            &library,
            &memory,
            &one_a_day,
            paris_next_morning,
            None
        ))
        .starts_with("ahead")
    );
    assert_eq!(
        picked(pick(&library, &memory, &one_a_day, utc_next_morning, None)),
        "new a2"
    );
}

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, backslashes and control characters JSON must escape.
    proptest::string::string_regex("(?s).{0,40}").unwrap()
}

prop_compose! {
    fn an_attempt()(deck in text(), card in text(), at in any::<i64>(), total in 0u8..=100,
                    risk in proptest::option::of(0u8..=100), cost in proptest::option::of(0u8..=100),
                    opportunity in proptest::option::of(0u8..=100)) -> Attempt {
        Attempt { deck, card, at, total, risk, cost, opportunity }
    }
}

prop_compose! {
    fn a_flag()(deck in text(), card in text(), at in any::<i64>(), total in 0u8..=100,
                answer in text(), note in text()) -> Flag {
        Flag { deck, card, at, total, answer, note }
    }
}

prop_compose! {
    fn settings()(deck in proptest::option::of(text()), tag in proptest::option::of(text()),
                  difficulty in proptest::option::of(1u8..=3), audience in proptest::option::of(text()),
                  new_per_day in any::<u32>(), streak in any::<bool>(),
                  countdown in proptest::option::of(any::<u32>())) -> Settings {
        Settings { deck, tag, difficulty, audience, new_per_day, streak, countdown }
    }
}

prop_compose! {
    fn progress()(mut attempts in proptest::collection::vec(an_attempt(), 0..20),
                  mut flags in proptest::collection::vec(a_flag(), 0..5),
                  settings in settings()) -> Progress {
        attempts.sort_by_key(|a| a.at);
        flags.sort_by_key(|f| f.at);
        Progress { attempts, flags, settings }
    }
}

proptest! {
    #[test]
    fn a_backup_reads_back_exactly(progress in progress()) {
        let text = encode(&progress);
        prop_assert_eq!(decode(&text), Ok(progress));
    }
}
