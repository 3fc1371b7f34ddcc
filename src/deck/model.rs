//! The checked deck types shared by the scorer, the app and the command line.

use serde::Serialize;
use std::fmt;

/// A validated scenario deck.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deck {
    /// Deck format version; only `1` exists.
    pub format: u32,
    /// Identifier, `[a-z0-9-]+`, unique among installed decks.
    pub id: String,
    /// Human title shown in deck lists.
    pub title: String,
    /// One or two sentences on what the deck practises.
    pub description: String,
    /// The theme the home page groups the deck under ("Risk and trust"); empty: none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub theme: String,
    /// BCP 47 language tag of the deck text (`en`).
    pub language: String,
    /// The scenario cards, in authoring order.
    pub cards: Vec<Card>,
}

impl Deck {
    /// The card with this id, if the deck has one.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == id)
    }
}

/// One scenario: a technical statement to translate for a named audience.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    /// Identifier, `[a-z0-9-]+`, unique within its deck.
    pub id: String,
    /// Short title for lists.
    pub title: String,
    /// What the engineer would say, in their own jargon.
    pub prompt: String,
    /// The situation the learner is in.
    pub context: String,
    /// Who the learner is talking to (CFO, VP of Sales, ...).
    pub audience: String,
    /// 1 easy, 2 medium, 3 hard.
    pub difficulty: u8,
    /// Free-form tags for filtering.
    pub tags: Vec<String>,
    /// Terms the answer should avoid.
    pub jargon: Vec<String>,
    /// A strong answer, shown on request.
    pub model_answer: String,
    /// What a good answer must convey, grouped by dimension.
    pub concepts: Vec<Concept>,
    /// Answers with the score band they must land in (calibration).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}

impl Card {
    /// Who the card's answer is for, as the object of "say to": see [`addressee`].
    pub fn addressee(&self) -> String {
        addressee(&self.audience)
    }

    /// The dimensions this card's concepts cover, in [`Dimension::ALL`] order.
    pub fn dimensions(&self) -> Vec<Dimension> {
        Dimension::ALL
            .into_iter()
            .filter(|d| self.concepts.iter().any(|c| c.dimension == *d))
            .collect()
    }
}

/// An audience as the object of "say to" or "for": "the CFO", while "the board", "a
/// customer" and "your manager" keep the article they have; "the audience" when blank.
pub fn addressee(audience: &str) -> String {
    let audience = audience.trim();
    let lower = audience.to_lowercase();
    if audience.is_empty() {
        "the audience".to_owned()
    } else if ["a ", "an ", "the ", "your ", "our "]
        .iter()
        .any(|article| lower.starts_with(article))
    {
        audience.to_owned()
    } else {
        format!("the {audience}")
    }
}

/// `n` things, in the singular for one: "1 card", "3 cards". Every count the app and the
/// command line show goes through here (nouns with a plain `s` plural).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// One idea a good answer conveys, and the words that show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concept {
    /// Which business dimension the idea belongs to.
    pub dimension: Dimension,
    /// The idea in a few words, shown in feedback.
    pub label: String,
    /// Words or phrases that show the idea; a trailing `*` is a prefix match.
    pub terms: Vec<String>,
    /// Relative importance within its dimension.
    pub weight: u32,
    /// A question that nudges the learner toward the idea when it is missed.
    pub hint: String,
}

/// The three languages a decision maker listens in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// What could go wrong, and how likely or how bad.
    Risk,
    /// Money, time and people spent or saved.
    Cost,
    /// What the business gains.
    Opportunity,
}

impl Dimension {
    /// Every dimension, in display order.
    pub const ALL: [Dimension; 3] = [Dimension::Risk, Dimension::Cost, Dimension::Opportunity];

    /// The lowercase name used in deck files and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Risk => "risk",
            Dimension::Cost => "cost",
            Dimension::Opportunity => "opportunity",
        }
    }

    /// The capitalised name shown to people.
    pub fn title(self) -> &'static str {
        match self {
            Dimension::Risk => "Risk",
            Dimension::Cost => "Cost",
            Dimension::Opportunity => "Opportunity",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calibration answer and the band its score must land in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Example {
    /// The answer text.
    pub answer: String,
    /// The band the score must land in.
    pub expect: Expect,
}

/// A score band used by calibration examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    /// Below 35.
    Low,
    /// 35 to 70.
    Mid,
    /// Above 70.
    High,
}

impl Expect {
    /// Every band, low to high.
    pub const ALL: [Expect; 3] = [Expect::Low, Expect::Mid, Expect::High];

    /// The lowercase name used in deck files.
    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Low => "low",
            Expect::Mid => "mid",
            Expect::High => "high",
        }
    }

    /// Whether a total in 0–100 lands in this band.
    pub fn contains(self, total: u8) -> bool {
        match self {
            Expect::Low => total < 35,
            Expect::Mid => (35..=70).contains(&total),
            Expect::High => total > 70,
        }
    }
}
