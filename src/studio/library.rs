//! Every installed deck: the bundled ones, known by their outlines until their text is
//! fetched, then the learner's own, whole from the start.

use super::notes::free_id;
use super::shelf::copy_title;
use crate::deck::{Deck, Outline};
use std::ops::Deref;

/// Where the fetch of one bundled deck's text stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetch {
    /// Asked for; not here yet.
    Pending,
    /// Read and checked.
    Done(Deck),
    /// It could not be had: why, in words.
    Failed(String),
}

/// What happens to the bundled decks' fetches.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchAction {
    /// A page needs the deck with this id: fetch it unless it is here or on its way (after a
    /// failure, this is the retry).
    Want(String),
    /// The deck's file came back, read and checked, or could not be had (why, in words).
    Got(String, Result<Deck, String>),
}

/// The bundled decks' fetches, by deck id: what the app has asked for and what came back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fetches(Vec<(String, Fetch)>);

impl Fetches {
    /// The fetch of the deck with this id, if it was asked for.
    pub fn get(&self, id: &str) -> Option<&Fetch> {
        self.0.iter().find(|(i, _)| i == id).map(|(_, f)| f)
    }

    /// Whether the deck with this id should be fetched now: it never was, or the last try
    /// failed (a request after a failure is a retry).
    pub fn wants(&self, id: &str) -> bool {
        matches!(self.get(id), None | Some(Fetch::Failed(_)))
    }

    /// The ids of the decks asked for and not here yet.
    pub fn pending(&self) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, f)| *f == Fetch::Pending)
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// These fetches after `action`, or `None` when it changes nothing (a deck asked for
    /// again while on its way or here).
    pub fn apply(&self, action: FetchAction) -> Option<Fetches> {
        match action {
            FetchAction::Want(id) => self.wants(&id).then(|| self.with(&id, Fetch::Pending)),
            FetchAction::Got(id, Ok(deck)) => Some(self.with(&id, Fetch::Done(deck))),
            FetchAction::Got(id, Err(why)) => Some(self.with(&id, Fetch::Failed(why))),
        }
    }

    /// These fetches with the deck `id`'s set to `fetch`.
    pub fn with(&self, id: &str, fetch: Fetch) -> Fetches {
        let mut next = self.clone();
        match next.0.iter_mut().find(|(i, _)| i == id) {
            Some((_, slot)) => *slot = fetch,
            None => next.0.push((id.to_owned(), fetch)),
        }
        next
    }
}

/// What the library has of a deck, for a page that needs its cards' text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Have<'a> {
    /// The whole deck.
    Whole(&'a Deck),
    /// A bundled deck whose text is on its way (or not asked for yet).
    Coming(&'a Outline),
    /// A bundled deck whose text could not be had, and why.
    Failed(&'a Outline, &'a str),
    /// No installed deck has this id.
    Unknown,
}

/// What the library holds of one deck's text.
#[derive(Debug, Clone, PartialEq)]
enum Text {
    /// The whole deck.
    Whole(Deck),
    /// Not here yet (a bundled deck, on its way or not asked for).
    Coming,
    /// A bundled deck whose fetch failed, and why.
    Failed(String),
}

/// Every installed deck: the bundled ones first, then the learner's own. Lists and filters
/// read the outlines (the library derefs to them); a page that needs a card's text asks
/// [`Library::have`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Library {
    outlines: Vec<Outline>,
    /// In step with `outlines`: what the library has of each deck's text.
    texts: Vec<Text>,
    bundled: usize,
}

impl Library {
    /// The bundled decks (their outlines, with whatever `fetches` brought of them) followed by
    /// the learner's own (whose ids never clash with them).
    pub fn new(bundled: &[Outline], fetches: &Fetches, custom: &[Deck]) -> Library {
        let mut library = Library {
            bundled: bundled.len(),
            ..Library::default()
        };
        for outline in bundled {
            library.outlines.push(outline.clone());
            library.texts.push(match fetches.get(&outline.id) {
                Some(Fetch::Done(deck)) => Text::Whole(deck.clone()),
                Some(Fetch::Failed(why)) => Text::Failed(why.clone()),
                Some(Fetch::Pending) | None => Text::Coming,
            });
        }
        for deck in custom {
            library.outlines.push(deck.outline());
            library.texts.push(Text::Whole(deck.clone()));
        }
        library
    }

    /// A library whose bundled decks are all here (the command line's and the tests').
    pub fn whole(bundled: &[Deck], custom: &[Deck]) -> Library {
        let outlines: Vec<Outline> = bundled.iter().map(Deck::outline).collect();
        let fetches = bundled.iter().fold(Fetches::default(), |f, deck| {
            f.with(&deck.id, Fetch::Done(deck.clone()))
        });
        Library::new(&outlines, &fetches, custom)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.outlines.iter().position(|o| o.id == id)
    }

    /// Whether the deck with this id ships with the app (read-only).
    pub fn is_bundled(&self, id: &str) -> bool {
        self.position(id).is_some_and(|i| i < self.bundled)
    }

    /// Whether a deck with this id is installed, its text here or not.
    pub fn has(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The outline of the deck with this id, if one is installed.
    pub fn outline(&self, id: &str) -> Option<&Outline> {
        self.position(id).map(|i| &self.outlines[i])
    }

    /// What the library has of the deck with this id.
    pub fn have(&self, id: &str) -> Have<'_> {
        let Some(i) = self.position(id) else {
            return Have::Unknown;
        };
        match &self.texts[i] {
            Text::Whole(deck) => Have::Whole(deck),
            Text::Failed(why) => Have::Failed(&self.outlines[i], why),
            Text::Coming => Have::Coming(&self.outlines[i]),
        }
    }

    /// The whole deck with this id, if the library has its text.
    pub fn get(&self, id: &str) -> Option<&Deck> {
        match self.have(id) {
            Have::Whole(deck) => Some(deck),
            _ => None,
        }
    }

    /// The whole deck `deck` and the place in it of its card `card`, if both are here.
    pub fn card(&self, deck: &str, card: &str) -> Option<(&Deck, usize)> {
        let deck = self.get(deck)?;
        let index = deck.cards.iter().position(|c| c.id == card)?;
        Some((deck, index))
    }

    /// A copy of `deck` to edit: a free id (`<id>-copy`, then `-copy-2`…) and "(copy)" in
    /// its title (see [`copy_title`]).
    pub fn copy_of(&self, deck: &Deck) -> Deck {
        Deck {
            id: free_id(&format!("{}-copy", deck.id), |id| self.has(id)),
            title: copy_title(&deck.title),
            ..deck.clone()
        }
    }

    /// `deck` to install beside the installed deck it clashes with ("Keep both"): the next
    /// free id (`<id>-2`, then `-3`…) and "(copy)" in its title, so the two tell apart.
    pub fn beside(&self, deck: &Deck) -> Deck {
        Deck {
            id: free_id(&deck.id, |id| self.has(id)),
            title: copy_title(&deck.title),
            ..deck.clone()
        }
    }
}

/// Every audience the decks' cards are said to, with how many cards each, most cards first
/// (then by name): the choices of the audience filters.
pub fn audiences(decks: &[Outline]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for card in decks.iter().flat_map(|d| &d.cards) {
        match counts.iter_mut().find(|(a, _)| *a == card.audience) {
            Some((_, n)) => *n += 1,
            None => counts.push((card.audience.clone(), 1)),
        }
    }
    crate::sort::sort_by(&mut counts, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    counts
}

/// Where the home page lists a deck that names no theme (the learner's own, mostly).
pub const NO_THEME: &str = "Your decks";

/// The decks grouped by theme, each theme in the order it first appears, the decks in
/// theirs; decks without a theme come last, under [`NO_THEME`].
pub fn by_theme<'a>(decks: &[&'a Outline]) -> Vec<(&'a str, Vec<&'a Outline>)> {
    let mut groups: Vec<(&str, Vec<&Outline>)> = Vec::new();
    let themed = decks.iter().filter(|d| !d.theme.trim().is_empty());
    for &deck in themed {
        match groups.iter_mut().find(|(t, _)| *t == deck.theme) {
            Some((_, list)) => list.push(deck),
            None => groups.push((&deck.theme, vec![deck])),
        }
    }
    let rest: Vec<&Outline> = decks
        .iter()
        .copied()
        .filter(|d| d.theme.trim().is_empty())
        .collect();
    if !rest.is_empty() {
        groups.push((NO_THEME, rest));
    }
    groups
}

impl Deref for Library {
    type Target = [Outline];

    fn deref(&self) -> &[Outline] {
        &self.outlines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first bundled deck under another id.
    fn deck(id: &str) -> Deck {
        Deck {
            id: id.to_owned(),
            ..crate::bundled::decks().remove(0)
        }
    }

    #[test]
    fn a_bundled_deck_is_coming_then_whole_or_failed() {
        let (a, b) = (deck("a"), deck("b"));
        let outlines = [a.outline(), b.outline()];
        let none = Fetches::default();
        let library = Library::new(&outlines, &none, &[]);
        assert!(matches!(library.have("a"), Have::Coming(o) if o.id == "a"));
        assert_eq!(library.get("a"), None);
        assert!(library.is_bundled("a") && library.has("a"));
        assert_eq!(library.have("z"), Have::Unknown);
        assert!(none.wants("a"));

        let pending = none.apply(FetchAction::Want("a".into())).unwrap();
        assert_eq!(pending.pending(), ["a"]);
        assert!(!pending.wants("a"));
        assert_eq!(
            pending.apply(FetchAction::Want("a".into())),
            None,
            "asked once"
        );
        assert!(matches!(
            Library::new(&outlines, &pending, &[]).have("a"),
            Have::Coming(_)
        ));

        let done = pending
            .apply(FetchAction::Got("a".into(), Ok(a.clone())))
            .unwrap();
        assert!(done.pending().is_empty());
        assert_eq!(
            done.apply(FetchAction::Want("a".into())),
            None,
            "here already"
        );
        let library = Library::new(&outlines, &done, &[]);
        assert_eq!(library.have("a"), Have::Whole(&a));
        assert_eq!(library.card("a", &a.cards[0].id), Some((&a, 0)));
        assert!(matches!(library.have("b"), Have::Coming(_)));

        let failed = done
            .apply(FetchAction::Got("b".into(), Err("offline".into())))
            .unwrap();
        assert!(failed.wants("b"), "a failed fetch may be tried again");
        let retried = failed.apply(FetchAction::Want("b".into())).unwrap();
        assert_eq!(retried.get("b"), Some(&Fetch::Pending));
        let library = Library::new(&outlines, &failed, &[]);
        assert!(matches!(library.have("b"), Have::Failed(o, "offline") if o.id == "b"));
    }

    #[test]
    fn audiences_are_counted_most_cards_first() {
        let mut deck = deck("a");
        for (card, audience) in deck.cards.iter_mut().zip(["CFO", "CEO", "CFO", "board"]) {
            card.audience = audience.into();
        }
        deck.cards.truncate(4);
        let counted = audiences(&[deck.outline()]);
        let want = [("CFO", 2), ("CEO", 1), ("board", 1)];
        assert_eq!(counted.len(), want.len());
        for ((a, n), (wa, wn)) in counted.iter().zip(want) {
            assert_eq!((a.as_str(), *n), (wa, wn));
        }
    }

    #[test]
    fn decks_group_by_theme_in_first_seen_order_with_the_unthemed_last() {
        let themed = |id: &str, theme: &str| Outline {
            theme: theme.into(),
            ..deck(id).outline()
        };
        let decks = [
            themed("a", "Risk"),
            themed("mine", ""),
            themed("b", "Money"),
            themed("c", "Risk"),
        ];
        let refs: Vec<&Outline> = decks.iter().collect();
        let groups: Vec<(&str, Vec<&str>)> = by_theme(&refs)
            .into_iter()
            .map(|(t, ds)| (t, ds.iter().map(|d| d.id.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("Risk", vec!["a", "c"]),
                ("Money", vec!["b"]),
                (NO_THEME, vec!["mine"])
            ]
        );
    }

    #[test]
    fn the_learners_decks_are_whole_and_not_bundled() {
        let (a, mine) = (deck("a"), deck("mine"));
        let library = Library::new(
            &[a.outline()],
            &Fetches::default(),
            std::slice::from_ref(&mine),
        );
        assert_eq!(library.have("mine"), Have::Whole(&mine));
        assert!(!library.is_bundled("mine"));
        let ids: Vec<&str> = library.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["a", "mine"]);
        // An id taken by a deck whose text is not here yet is still taken.
        assert_eq!(library.copy_of(&a).id, "a-copy");
        assert_eq!(library.beside(&a).id, "a-2");
    }
}
