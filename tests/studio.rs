//! The deck studio's pure side: notes import (CSV, Anki TSV), Anki export, shared links,
//! the stored shelf and the editing form.

use boardroom::bundled;
use boardroom::deck::{Deck, Dimension, MAX_CARDS, MAX_DECK_BYTES, parse_json, to_json};
use boardroom::studio::{
    DeckDraft, Library, Shelf, ShelfAction, copy_title, decode_shelf, encode_shelf, free_id,
    import, is_notes, open_shared, read_notes, share_query, to_anki_tsv,
};

fn deck(id: &str) -> Deck {
    let mut deck = bundled::decks().remove(0);
    deck.id = id.into();
    deck
}

/// Expected notes: (prompt, model answer, tags).
type Notes = &'static [(&'static str, &'static str, &'static [&'static str])];
/// Expected errors: (line, words the message must contain).
type Errors = &'static [(usize, &'static str)];

/// (what, file name, text, expected notes)
const NOTES: &[(&str, &str, &str, Notes)] = &[
    (
        "csv by position",
        "cards.csv",
        "Upgrade the database,It keeps customer data safe,security ops\n",
        &[(
            "Upgrade the database",
            "It keeps customer data safe",
            &["security", "ops"],
        )],
    ),
    (
        "csv with a header row in another order and quoted fields",
        "cards.csv",
        "Answer,Prompt\n\"Saves us €2,000 a month, \"\"really\"\"\",\"Move to ARM\nservers\"\n",
        &[(
            "Move to ARM\nservers",
            "Saves us €2,000 a month, \"really\"",
            &[],
        )],
    ),
    (
        "csv with CRLF line ends and blank lines",
        "cards.csv",
        "prompt,model_answer,tags\r\n\r\nAdd caching,Pages load twice as fast,perf\r\n",
        &[("Add caching", "Pages load twice as fast", &["perf"])],
    ),
    (
        "anki tsv with headers, html and a tags column",
        "notes.txt",
        "#separator:tab\n#html:true\n#tags column:3\nShard the <b>DB</b>\tWe can take 3&times; the orders<br>without outages\tscale db\n",
        &[(
            "Shard the DB",
            "We can take 3&times; the orders\nwithout outages",
            &["scale", "db"],
        )],
    ),
    (
        "anki with #columns naming Back before Front",
        "export.txt",
        "#separator:Semicolon\n#columns:Back;Front\nIt halves the bill;Right-size the cluster\n",
        &[("Right-size the cluster", "It halves the bill", &[])],
    ),
    (
        "pipe separator, tags column 1",
        "notes.txt",
        "#separator:Pipe\n#tags column:1\nq1 q2|Retire the old API|Partners stop calling us about errors\n",
        &[(
            "Retire the old API",
            "Partners stop calling us about errors",
            &["q1", "q2"],
        )],
    ),
];

#[test]
fn notes_read_as_their_headers_say() {
    for (what, file, text, expected) in NOTES {
        assert!(is_notes(file, text), "{what}: seen as notes");
        let notes = read_notes(file, text).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        let got: Vec<(&str, &str, Vec<&str>)> = notes
            .iter()
            .map(|n| {
                (
                    n.prompt.as_str(),
                    n.model_answer.as_str(),
                    n.tags.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        let want: Vec<(&str, &str, Vec<&str>)> = expected
            .iter()
            .map(|(p, a, t)| (*p, *a, t.to_vec()))
            .collect();
        assert_eq!(got, want, "{what}");
    }
}

/// (what, file name, text, expected errors)
const BAD_NOTES: &[(&str, &str, &str, Errors)] = &[
    (
        "a row with one field",
        "cards.csv",
        "Add caching,Pages load faster\nJust a prompt\n",
        &[(2, "needs a prompt and a model answer, separated by a comma")],
    ),
    (
        "an empty model answer",
        "cards.csv",
        "Add caching,\n",
        &[(1, "the model answer is empty")],
    ),
    (
        "a quote never closed",
        "cards.csv",
        "a,b\n\"Add caching,Pages\nload faster\n",
        &[(2, "never closed")],
    ),
    (
        "an unknown separator",
        "notes.txt",
        "#separator:Whatever\na\tb\n",
        &[(1, "not a separator")],
    ),
    (
        "columns without a model answer",
        "notes.txt",
        "#separator:tab\n#columns:Front\tExtra\na\tb\n",
        &[(2, "does not name a prompt")],
    ),
    (
        "nothing at all",
        "cards.csv",
        "\n\n",
        &[(1, "no notes found")],
    ),
];

#[test]
fn broken_notes_say_what_and_where() {
    for (what, file, text, expected) in BAD_NOTES {
        let errors = read_notes(file, text).expect_err(what);
        assert_eq!(errors.len(), expected.len(), "{what}: {errors:?}");
        for (error, (line, words)) in errors.iter().zip(expected.iter()) {
            assert_eq!(error.line, *line, "{what}: {error}");
            assert!(error.message.contains(words), "{what}: {error}");
            assert_eq!(error.file, *file);
        }
    }
}

#[test]
fn too_many_notes_name_the_limit() {
    let text: String = (0..=MAX_CARDS)
        .map(|i| format!("Prompt {i},Answer {i} saves money\n"))
        .collect();
    let errors = read_notes("big.csv", &text).unwrap_err();
    assert!(
        errors[0]
            .message
            .contains(&format!("at most {MAX_CARDS} cards")),
        "{errors:?}"
    );
    assert_eq!(errors[0].line, MAX_CARDS + 1);
}

#[test]
fn notes_become_a_valid_deck_of_drafted_cards() {
    let text = "prompt,model answer,tags\n\
        We need to upgrade Postgres,An unsupported database could leak customer data and cost us fines,security\n\
        We need to upgrade Postgres,Two weeks of work now saves a month of outage recovery later,\n";
    let deck = import("team notes.csv", text, &Default::default()).unwrap();
    assert_eq!(deck.title, "team notes");
    assert_eq!(deck.id, "team-notes");
    assert_eq!(deck.cards.len(), 2);
    // The same prompt twice: ids made unique.
    assert_ne!(deck.cards[0].id, deck.cards[1].id);
    assert_eq!(deck.cards[0].tags, ["security"]);
    assert_eq!(deck.cards[1].tags, ["drafted"]);
    assert!(!deck.cards[0].concepts.is_empty());
    // It is an installable deck: it reads back from its own file.
    assert_eq!(parse_json("x", &to_json(&deck)).unwrap(), deck);
}

#[test]
fn anki_export_reads_back_as_the_same_notes() {
    for deck in bundled::decks() {
        let tsv = to_anki_tsv(&deck);
        assert!(tsv.starts_with("#separator:tab\n#html:true\n"));
        let notes = read_notes(&format!("{}.txt", deck.id), &tsv).unwrap();
        assert_eq!(notes.len(), deck.cards.len(), "{}", deck.id);
        for (note, card) in notes.iter().zip(&deck.cards) {
            assert_eq!(note.prompt, card.prompt, "{}", card.id);
            assert_eq!(note.model_answer, card.model_answer.trim(), "{}", card.id);
            assert_eq!(note.tags[0], deck.id);
        }
        // The back tells the rubric in words: every concept's label is on it.
        let first = &deck.cards[0];
        let line = tsv.lines().nth(5).unwrap();
        for concept in &first.concepts {
            assert!(
                line.contains(&concept.label.replace('&', "&amp;")),
                "{}",
                concept.label
            );
        }
    }
}

#[test]
fn anki_export_escapes_markup_and_keeps_rows_whole() {
    let mut deck = deck("escapes");
    deck.cards[0].prompt = "Use <script>alert(1)</script>\tnow\nplease".into();
    let tsv = to_anki_tsv(&deck);
    let row = tsv.lines().nth(5).unwrap();
    assert!(row.starts_with("Use &lt;script&gt;alert(1)&lt;/script&gt; now<br>please\t"));
    assert_eq!(row.split('\t').count(), 3);
}

#[test]
fn every_bundled_deck_shares_and_opens_identical() {
    for deck in bundled::decks() {
        let query = share_query(&deck);
        assert!(query.starts_with("deck="));
        assert!(
            query
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b))
        );
        assert_eq!(open_shared(&query).unwrap(), deck, "{}", deck.id);
        assert_eq!(open_shared(&format!("?{query}")).unwrap(), deck);
    }
}

#[test]
fn garbage_share_links_are_refused_in_words() {
    let good = share_query(&deck("sharing"));
    let cases = [
        ("".to_owned(), "has no deck"),
        ("other=1".to_owned(), "has no deck"),
        ("deck=".to_owned(), "damaged"),
        ("deck=%%%".to_owned(), "damaged"),
        (good[..good.len() / 2].to_owned(), "damaged"),
        (good.replace('A', "B"), "cannot be opened"),
        (
            share_query(&deck("sharing")).replace("deck=", "deck=x"),
            "cannot be opened",
        ),
    ];
    for (query, words) in cases {
        let message = open_shared(&query).expect_err(&query);
        assert!(message.contains(words), "{query:.40}: {message}");
        assert!(message.contains("Ask for the link again"), "{message}");
    }
}

#[test]
fn the_shelf_stores_and_reads_back() {
    let decks = vec![deck("ours"), deck("theirs")];
    let stored = decode_shelf(&encode_shelf(&decks));
    assert_eq!(stored.decks, decks);
    assert!(stored.problems.is_empty());
}

#[test]
fn a_deck_too_big_for_local_storage_as_json_is_stored_packed() {
    let mut big = deck("big");
    let card = big.cards[0].clone();
    // Cards of 3.5 KB: 2,000 of them make a deck file larger than local storage holds.
    big.cards = (0..2000)
        .map(|i| {
            let mut card = card.clone();
            card.id = format!("card-{i}");
            card
        })
        .collect();
    let json = to_json(&big);
    let text = encode_shelf(&[deck("small"), big.clone()]);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document["schema"], 2);
    // The small deck stays plain JSON; the big one is packed.
    assert!(document["decks"][0].as_str().unwrap().starts_with('{'));
    assert!(!document["decks"][1].as_str().unwrap().starts_with('{'));
    // Local storage holds 5 MiB of characters an origin, progress included.
    assert!(
        (5 << 20..MAX_DECK_BYTES).contains(&json.len()),
        "{} bytes of JSON",
        json.len()
    );
    assert!(text.len() < 1 << 20, "{} bytes stored", text.len());
    let stored = decode_shelf(&text);
    assert!(stored.problems.is_empty(), "{:?}", stored.problems);
    // Compared by hand: a failed assert_eq! would print megabytes.
    assert!(stored.decks == [deck("small"), big]);
}

#[test]
fn unreadable_stored_decks_are_named_and_the_rest_kept() {
    let good = to_json(&deck("good"));
    let cases = [
        ("not json".to_owned(), 0, "damaged"),
        (
            r#"{"format":"boardroom-decks","schema":9,"decks":[]}"#.to_owned(),
            0,
            "cannot read",
        ),
        (
            r#"{"format":"other","schema":1,"decks":[]}"#.to_owned(),
            0,
            "cannot read",
        ),
        (
            serde_json::json!({"format":"boardroom-decks","schema":1,"decks":[good, "{}"]})
                .to_string(),
            1,
            "stored deck 2",
        ),
        (
            serde_json::json!({"format":"boardroom-decks","schema":1,"decks":[good, good]})
                .to_string(),
            1,
            "repeats the id",
        ),
        (
            serde_json::json!({"format":"boardroom-decks","schema":2,"decks":[good, "AAAA!"]})
                .to_string(),
            1,
            "stored deck 2 is damaged",
        ),
        (
            serde_json::json!({"format":"boardroom-decks","schema":2,"decks":["q64FAA", good]})
                .to_string(),
            1,
            "stored deck 1",
        ),
    ];
    for (text, kept, words) in cases {
        let stored = decode_shelf(&text);
        assert_eq!(stored.decks.len(), kept, "{text:.60}");
        assert_eq!(stored.problems.len(), 1, "{text:.60}");
        assert!(stored.problems[0].contains(words), "{:?}", stored.problems);
    }
}

#[test]
fn the_shelf_puts_replaces_removes_and_undoes() {
    let shelf = Shelf::default()
        .apply(ShelfAction::Put(deck("a")))
        .apply(ShelfAction::Put(deck("b")));
    assert_eq!(shelf.revision, 2);
    let mut changed = deck("a");
    changed.title = "Changed".into();
    let shelf = shelf.apply(ShelfAction::Put(changed));
    assert_eq!(shelf.decks.len(), 2);
    assert_eq!(shelf.decks[0].title, "Changed");
    let removed = shelf.apply(ShelfAction::Remove("a".into()));
    assert_eq!(removed.decks.len(), 1);
    let undone = removed.apply(ShelfAction::Undo);
    assert_eq!(undone.decks, shelf.decks);
    assert_eq!(undone.removed, None);
    assert_eq!(undone.revision, 5);
    // Forgetting the undo is not a change to save.
    assert_eq!(
        removed.apply(ShelfAction::DismissUndo).revision,
        removed.revision
    );
    // What storage held at start is not a change either: nothing is written back.
    let loaded = undone.apply(ShelfAction::Loaded(vec![deck("c")]));
    assert_eq!(loaded.revision, 0);
    assert_eq!(loaded.decks, vec![deck("c")]);
}

#[test]
fn the_library_knows_bundled_from_custom() {
    let bundled = bundled::decks();
    let first = bundled[0].id.clone();
    let library = Library::whole(&bundled, &[deck("mine")]);
    assert!(library.is_bundled(&first));
    assert!(!library.is_bundled("mine"));
    assert_eq!(library.last().unwrap().id, "mine");
    assert_eq!(library.get("mine").unwrap().id, "mine");
    assert_eq!(
        free_id(&first, |id| library.get(id).is_some()),
        format!("{first}-2")
    );
    let copy = library.copy_of(&bundled[0]);
    assert_eq!(copy.id, format!("{first}-copy"));
    assert!(copy.title.ends_with(" (copy)"));
    assert_eq!(copy.cards, bundled[0].cards);
    let library = Library::whole(&bundled, &[copy]);
    assert_eq!(library.copy_of(&bundled[0]).id, format!("{first}-copy-2"));
    // "Keep both" on an import that clashes: the next free id, and a title that tells it apart.
    let beside = library.beside(&bundled[0]);
    assert_eq!(beside.id, format!("{first}-2"));
    assert_eq!(beside.title, format!("{} (copy)", library[0].title));
    for (title, copy) in [
        ("Ours", "Ours (copy)"),
        ("Ours (copy)", "Ours (copy 2)"),
        ("Ours (copy 2)", "Ours (copy 3)"),
        ("Ours (draft)", "Ours (draft) (copy)"),
        ("Ours (copy x)", "Ours (copy x) (copy)"),
    ] {
        assert_eq!(copy_title(title), copy, "{title}");
    }
}

#[test]
fn the_library_finds_a_card_by_its_deck_and_card_ids() {
    let bundled = bundled::decks();
    let library = Library::whole(&bundled, &[deck("mine")]);
    let (first_deck, first_card) = (&bundled[0], &bundled[0].cards[1]);
    let (found_deck, index) = library.card(&first_deck.id, &first_card.id).unwrap();
    assert_eq!(
        (&found_deck.id, &found_deck.cards[index]),
        (&first_deck.id, first_card)
    );
    let mine = &deck("mine").cards[0];
    assert_eq!(
        library.card("mine", &mine.id).map(|(d, i)| &d.cards[i]),
        Some(mine)
    );
    assert!(library.card("mine", "no-such-card").is_none());
    assert!(library.card("no-such-deck", &mine.id).is_none());
}

#[test]
fn the_form_reads_back_every_bundled_deck() {
    for deck in bundled::decks() {
        let draft = DeckDraft::from_deck(&deck);
        assert_eq!(draft.finished().unwrap(), deck, "{}", deck.id);
    }
}

#[test]
fn the_form_names_each_problem_by_field() {
    let mut draft = DeckDraft::from_deck(&deck("form"));
    draft.cards[1].title = "  ".into();
    draft.cards[0].concepts[0].weight = "heavy".into();
    draft.cards[2].id = draft.cards[0].id.clone();
    let (_, problems) = draft.check();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "cards[0].concepts[0].weight",
            "cards[1].title",
            "cards[2].id"
        ]
    );
    assert!(draft.finished().is_err());
}

#[test]
fn a_blank_deck_asks_for_what_it_lacks() {
    let draft = DeckDraft::blank("mine");
    let (_, problems) = draft.check();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in [
        "title",
        "description",
        "cards[0].title",
        "cards[0].prompt",
        "cards[0].model_answer",
        "cards[0].concepts[0].terms",
        "cards[0].concepts[0].label",
    ] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
}

#[test]
fn cards_add_duplicate_and_move() {
    let mut draft = DeckDraft::from_deck(&deck("moves"));
    let ids = |d: &DeckDraft| d.cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let before = ids(&draft);
    let copy = draft.duplicate_card(0);
    assert_eq!(copy, 1);
    assert_eq!(draft.cards[1].id, format!("{}-copy", before[0]));
    let again = draft.duplicate_card(0);
    assert_eq!(draft.cards[again].id, format!("{}-copy-2", before[0]));
    let added = draft.add_card(0);
    assert_eq!((added, draft.cards[1].id.as_str()), (1, "new-card"));
    assert_eq!(draft.move_card(1, -1), 0);
    assert_eq!(draft.cards[0].id, "new-card");
    assert_eq!(draft.move_card(0, -1), 0);
    let last = draft.cards.len() - 1;
    assert_eq!(draft.move_card(last, 1), last);
}

#[test]
fn drafting_proposes_concepts_and_jargon() {
    let mut draft = DeckDraft::blank("drafts");
    draft.cards[0].prompt = "We need to migrate to Kubernetes".into();
    draft.cards[0].model_answer =
        "Moving cuts our hosting bill by a third and new customers get onboarded in a day.".into();
    let card = draft.cards[0].drafted(&Default::default());
    assert!(card.jargon.contains("Kubernetes"), "{}", card.jargon);
    assert!(
        card.concepts
            .iter()
            .any(|c| c.dimension == Dimension::Cost || c.dimension == Dimension::Opportunity)
    );
    assert_eq!(card.prompt, draft.cards[0].prompt);
}

#[test]
fn notes_are_named_before_they_are_installed_and_a_bad_name_is_refused_in_words() {
    let drafted = boardroom::studio::notes_deck(
        "infra notes.csv",
        &boardroom::studio::read_notes(
            "infra notes.csv",
            "prompt,model answer\nMove to ARM,Our bill drops by a third.\n",
        )
        .unwrap(),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(
        (drafted.id.as_str(), drafted.title.as_str()),
        ("infra-notes", "infra notes")
    );
    // (name typed, the id and title it gives, or why it is refused)
    type Named<'a> = Result<(&'a str, &'a str), String>;
    let cases: [(&str, Named); 4] = [
        (
            "Infra cost talks",
            Ok(("infra-cost-talks", "Infra cost talks")),
        ),
        (
            "  The CFO's questions  ",
            Ok(("cfos-questions", "The CFO's questions")),
        ),
        (
            " ",
            Err("Give the deck a name first: it is how you will find it in your decks.".into()),
        ),
        (
            &"x".repeat(81),
            Err("The name is 81 characters long; keep it to 80 or fewer.".into()),
        ),
    ];
    for (name, expected) in cases {
        let got = boardroom::studio::named(&drafted, name);
        let got = got
            .as_ref()
            .map(|d| (d.id.as_str(), d.title.as_str()))
            .map_err(Clone::clone);
        assert_eq!(got, expected, "{name:?}");
    }
    let named = boardroom::studio::named(&drafted, "Infra cost talks").unwrap();
    assert_eq!(named.cards, drafted.cards, "the cards are as drafted");
}
