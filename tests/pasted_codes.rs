//! Finding result codes in pasted text: the shapes a meeting chat gives them, as a table.

use boardroom::game::{CodeError, GameId, PlayerResult, Results, encode, find};

fn game() -> GameId {
    GameId {
        deck: "core".into(),
        seed: 90_210,
        rounds: 3,
    }
}

fn player(name: &str, totals: [u8; 3]) -> PlayerResult {
    PlayerResult {
        name: name.into(),
        totals: totals.iter().map(|&t| Some(t)).collect(),
    }
}

/// The code's body alone, without the name.
fn body(result: &PlayerResult) -> String {
    let code = encode(&game(), result);
    code[result.name.len() + 1..].to_owned()
}

#[test]
fn codes_are_found_wherever_a_chat_puts_them() {
    let ana = player("Ana", [72, 40, 100]);
    let lee = player("Lee Wong", [10, 0, 55]);
    let (a, l) = (body(&ana), body(&lee));
    // A chat window that broke the body after a hyphen, before one, or inside a group.
    let wrapped = [
        format!("{}\n{}", &a[..10], &a[10..]),
        format!("{}\n{}", &a[..9], &a[9..]),
        format!("{}\n{}", &a[..7], &a[7..]),
    ];
    // (what was pasted, the names found in order)
    let cases: Vec<(String, Vec<&str>)> = vec![
        (format!("Ana {a}"), vec!["Ana"]),
        (format!("  ana {}  ", a.to_lowercase()), vec!["ana"]),
        (format!("Ana {}", a.replace('-', "")), vec!["Ana"]),
        (
            format!("Ana {}", a.replace('1', "l").replace('0', "O")),
            vec!["Ana"],
        ),
        (format!("[10:42] Ana Pérez: Ana {a} 🎉"), vec!["Ana"]),
        (
            format!("10:42:13 From Lee Wong to Everyone: Lee Wong {l}"),
            vec!["Lee Wong"],
        ),
        (
            format!("Lee Wong 10:43 AM\nLee Wong {l}\nthanks!"),
            vec!["Lee Wong"],
        ),
        (format!("Ana: “Ana {a}”"), vec!["Ana"]),
        (format!("> Ana {a}"), vec!["Ana"]),
        (format!("🎉🎉 Ana {a}"), vec!["Ana"]),
        (format!("my code is Ana {a}, see you"), vec!["Ana"]),
        (format!("Ana {a} Lee Wong {l}"), vec!["Ana", "Lee Wong"]),
        (format!("Ana {}", wrapped[0]), vec!["Ana"]),
        (format!("Ana {}", wrapped[1]), vec!["Ana"]),
        (format!("Ana {}", wrapped[2]), vec!["Ana"]),
        (
            format!("Ana\t{a}\r\nLee Wong {l}\r\n"),
            vec!["Ana", "Lee Wong"],
        ),
    ];
    for (text, names) in cases {
        let found: Vec<String> = find(&game(), &text)
            .into_iter()
            .map(|f| match f.result {
                Ok(result) => result.name,
                Err(why) => format!("refused: {why}"),
            })
            .collect();
        assert_eq!(found, names, "in {text:?}");
    }
}

#[test]
fn chat_without_codes_is_skipped() {
    for text in [
        "Great session, thanks!",
        "10:42 AM Ana: can we do a long-term follow-up on 2026-12-02?",
        "Jean-Paul: COVID-19 rules, call 0123456789",
        "id 550e8400-e29b-41d4-a716-446655440000",
        "price is $40 = 2x20",
    ] {
        assert_eq!(find(&game(), text), [], "in {text:?}");
    }
}

#[test]
fn damaged_codes_are_refused_with_why() {
    let ana = player("Ana", [72, 40, 100]);
    let a = body(&ana);
    let other = encode(&GameId { seed: 1, ..game() }, &ana);
    let typo = {
        let mut chars: Vec<char> = a.chars().collect();
        chars[1] = if chars[1] == '7' { '8' } else { '7' };
        chars.into_iter().collect::<String>()
    };
    // (what was pasted, the line, the text quoted, why)
    let cases: Vec<(String, usize, String, CodeError)> = vec![
        (
            format!("hi\nAna: Ana {typo}"),
            2,
            format!("Ana {typo}"),
            CodeError::Mistyped,
        ),
        (
            format!("Ana {}", &a[..a.len() - 5]),
            1,
            format!("Ana {}", &a[..a.len() - 5]),
            CodeError::Mistyped,
        ),
        (
            format!("Bea: {other}"),
            1,
            other.clone(),
            CodeError::OtherGame,
        ),
        (format!("Bea: {a}"), 1, a.clone(), CodeError::NoName),
    ];
    for (text, line, quoted, why) in cases {
        let found = find(&game(), &text);
        assert_eq!(found.len(), 1, "in {text:?}");
        assert_eq!(
            (found[0].line, &found[0].text, &found[0].result),
            (line, &quoted, &Err(why)),
            "in {text:?}"
        );
    }
}

#[test]
fn a_whole_meeting_chat_gives_every_player() {
    let mut chat = String::from("Meeting chat, Boardroom lunch-and-learn\n");
    let mut expected = Vec::new();
    for i in 0..30u8 {
        let name = format!("Player {i}");
        let result = player(&name, [i, 2 * i, 100 - i]);
        let code = encode(&game(), &result);
        // Some type their code by hand, in lower case.
        let code = match i % 3 {
            0 => format!("{name} {}", body(&result).to_lowercase()),
            _ => code,
        };
        chat.push_str(&format!("12:{:02} {name}: {code}\nnice one 👍\n", i + 10));
        expected.push(result);
    }
    let mut results = Results::default();
    let collected = results.collect(&game(), &chat);
    assert_eq!((collected.added, collected.replaced), (30, 0));
    assert!(collected.refused.is_empty(), "{:?}", collected.refused);
    assert_eq!(results.len(), 30);
    let mut got: Vec<PlayerResult> = results.standings().into_iter().map(|s| s.result).collect();
    got.sort_by(|a, b| a.name.cmp(&b.name));
    expected.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(got, expected);
}
