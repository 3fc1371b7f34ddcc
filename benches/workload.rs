//! The workload shared by the scoring benchmark and the profiling example.

use boardroom::deck::{Card, Concept, Dimension};

/// Three model answers, fixed here rather than read from `scenarios/` so that editing the
/// library never moves the benchmark: figures stay comparable across sessions. (They are the
/// first three bundled cards' answers as they stood when the targets were first measured.)
const ANSWERS: [&str; 3] = [
    "Every new customer we sign up passes through one piece of our system that tops out at \
     about 100 new accounts a day. The two deals you expect in Q3 would push us past that, and \
     when we hit the limit sign-ups fail and customers wait. Six weeks of work removes the \
     ceiling, so we can onboard ten times as many customers without hiring extra support \
     staff, and the reporting feature starts right after.",
    "The software that stores all our customer records stops getting security fixes in March. \
     After that, any new weakness found in it stays open, and one break-in could cost us far \
     more than the four weeks of work the move takes, plus the fines for exposing customer \
     data. Doing it now also lets us drop the extended support contract we would otherwise pay \
     $30,000 a year for.",
    "Today every release takes two engineers most of a Friday, and about one release in five \
     breaks something customers notice. A month spent making releases automatic gives back \
     those days every week, cuts the mistakes that reach customers, and means we can ship a \
     fix in hours instead of waiting for the next Friday.",
];

/// A card with 30 concepts (ten per dimension), each with four terms of the kinds decks use.
pub fn big_card() -> Card {
    let mut card = Card {
        id: "api-gateway-refactor".into(),
        title: "Refactor the API gateway".into(),
        prompt: "We need to refactor the API gateway before Q3.".into(),
        context: "The VP of Sales asks why the platform team will spend six weeks on this \
                  instead of the reporting feature two customers asked for."
            .into(),
        audience: "VP of Sales".into(),
        difficulty: 2,
        tags: vec!["architecture".into(), "scaling".into()],
        jargon: ["refactor", "API gateway", "throughput", "latency"]
            .map(String::from)
            .to_vec(),
        model_answer: ANSWERS[0].into(),
        concepts: Vec::new(),
        examples: Vec::new(),
    };
    let words = [
        "onboard*",
        "customers",
        "deal*",
        "revenue",
        "outage*",
        "breach",
        "fines",
        "six weeks",
        "support staff",
        "hiring",
        "ceiling",
        "limit",
        "growth",
        "faster releases",
        "cost*",
        "security",
        "trust",
        "churn",
        "contract*",
        "$30,000",
        "sign up",
        "new markets",
        "downtime",
        "complaints",
        "budget",
        "engineer time",
        "two weeks",
        "renewal*",
        "competitor*",
        "reputation",
        "partners",
        "launch",
        "late",
        "refund*",
        "audit",
        "compliance",
        "backups",
        "data loss",
        "overtime",
        "licen*",
    ];
    card.concepts = (0..30)
        .map(|i| Concept {
            dimension: Dimension::ALL[i % 3],
            label: format!("Concept {i}"),
            terms: (0..4)
                .map(|j| words[(i * 4 + j) % words.len()].to_owned())
                .collect(),
            weight: 1 + (i as u32 % 2),
            hint: format!("Hint {i}"),
        })
        .collect();
    card
}

/// A realistic answer of about `words` words, built from [`ANSWERS`].
pub fn answer(words: usize) -> String {
    let all: Vec<&str> = ANSWERS.iter().flat_map(|s| s.split_whitespace()).collect();
    all.iter()
        .cycle()
        .take(words)
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}
