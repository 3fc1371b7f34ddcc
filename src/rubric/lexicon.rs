//! Built-in vocabulary: common technical jargon with plain swaps, and the small words that
//! make prose read as sentences.

/// `word_set!(vis fn name, LIST)`: a function telling whether a (normalised) word is in
/// `LIST`, which it reads as a hash set built once: membership is asked for every token.
macro_rules! word_set {
    ($(#[$doc:meta])* $vis:vis fn $name:ident, $list:path) => {
        $(#[$doc])*
        $vis fn $name(word: &str) -> bool {
            static SET: std::sync::OnceLock<$crate::rubric::fast_map::FastMap<&'static str, ()>> =
                std::sync::OnceLock::new();
            SET.get_or_init(|| $crate::rubric::lexicon::set_of(&$list))
                .contains_key(word)
        }
    };
}
pub(crate) use word_set;

/// The set a [`word_set!`] function asks: one function for every set, so the app carries
/// one copy of the code that builds them.
pub(crate) fn set_of(list: &'static [&'static str]) -> super::fast_map::FastMap<&'static str, ()> {
    list.iter().map(|w| (*w, ())).collect()
}

word_set!(
    /// Whether `word` (normalised) is one of [`FUNCTION_WORDS`].
    pub fn is_function_word,
    FUNCTION_WORDS
);
word_set!(
    /// Whether `word` (normalised) is one of [`NEGATORS`].
    pub fn is_negator,
    NEGATORS
);
word_set!(
    /// Whether `word` (normalised) is one of [`CLAUSE_NEGATORS`].
    pub fn is_clause_negator,
    CLAUSE_NEGATORS
);
word_set!(
    /// Whether `word` (normalised) is one of [`ABSENCE_WORDS`].
    pub fn is_absence_word,
    ABSENCE_WORDS
);
word_set!(
    /// Whether `word` (normalised) is one of [`CLAUSE_WORDS`].
    pub fn is_clause_word,
    CLAUSE_WORDS
);

/// Technical terms a decision maker should not have to decode, each with a plain swap where
/// one exists (`""` when the right swap depends on the sentence). Terms use deck syntax.
///
/// Each entry was read as a CFO or a head of sales would read it: words such a reader uses
/// every day are not here, however technical their origin ("downtime", "uptime", "backlog",
/// "legacy", "pipeline", "bandwidth", "roll back", "on-call", "proof of concept", "MVP",
/// "SaaS", "sprint", "flaky", "repository", "exploit", "container", "regression"). A card
/// can still list any of them as its own jargon. A word the card's model answer uses is
/// never penalised from this list: the author chose it for that reader.
pub const JARGON: &[(&str, &str)] = &[
    ("API", "connection between systems"),
    ("API gateway", "front door for every request"),
    ("latency", "delay"),
    ("throughput", "capacity"),
    ("refactor*", "restructure"),
    ("deprecat*", "retire"),
    ("technical debt", "shortcuts we now pay for"),
    ("tech debt", "shortcuts we now pay for"),
    ("scalability", "room to grow"),
    ("microservice*", "separate services"),
    ("monolith*", "one large system"),
    ("Kubernetes", "the system that runs our software"),
    ("k8s", "the system that runs our software"),
    ("CI/CD", "automatic releases"),
    ("deploy*", "release"),
    ("SLA", "service promise"),
    ("SLO", "service target"),
    ("endpoint*", "connection point"),
    ("infra", "systems"),
    ("EOL", "out of support"),
    ("end-of-life", "out of support"),
    ("CVE", "known security flaw"),
    ("vulnerabilit*", "weakness"),
    ("authentication", "sign-in"),
    ("auth", "sign-in"),
    ("load balancer", "traffic splitter"),
    ("cluster", "group of servers"),
    ("p99", "slowest requests"),
    ("QPS", "requests per second"),
    ("RPS", "requests per second"),
    ("database schema", "data layout"),
    ("schema", "data layout"),
    ("cache", "fast copy"),
    ("caching", "keeping fast copies"),
    ("middleware", ""),
    ("ORM", ""),
    ("SDK", "toolkit"),
    ("serverless", ""),
    ("observability", "visibility into the system"),
    ("telemetry", "usage data"),
    ("linter", "automatic checker"),
    ("codebase", "software"),
    ("repo", "code store"),
    ("pull request", "change"),
    ("merge conflict*", ""),
    ("hotfix", "urgent fix"),
    ("idempoten*", "safe to repeat"),
    ("race condition", "timing bug"),
    ("memory leak", "slow resource drain"),
    ("garbage collect*", ""),
    ("ETL", "data transfer"),
    ("data lake", "central data store"),
    ("sharding", "splitting the data"),
    ("replica*", "copies"),
    ("failover", "automatic switch to a backup"),
    ("postmortem", "incident review"),
    ("RCA", "root cause review"),
    ("SSO", "single sign-on"),
    ("OAuth", "sign-in standard"),
    ("encryption at rest", "stored data is scrambled"),
    ("TLS", "secure connection"),
    ("DDoS", "flood attack"),
    ("WAF", "web firewall"),
    ("IaC", "infrastructure as code"),
    ("Terraform", ""),
    ("VPC", "private network"),
];

/// Words that carry grammar rather than content. Real sentences are full of them; a list
/// of keywords has almost none, which is how a stuffed answer shows itself.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "each", "every",
    "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "just", "less", "may", "me", "might", "more", "most", "much",
    "must", "my", "no", "not", "now", "of", "on", "once", "only", "or", "other", "our", "out",
    "over", "per", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "why", "will", "with", "would", "you", "your", "we'll", "we're", "it's", "that's",
    "don't", "won't", "can't", "isn't", "doesn't", "aren't", "wasn't", "we've", "let's", "next",
    "without", "within", "again", "already",
];

/// Words that deny what follows ("there is no risk", "it won't fail").
pub const NEGATORS: &[&str] = &[
    "no",
    "not",
    "never",
    "none",
    "nothing",
    "neither",
    "nor",
    "don't",
    "won't",
    "can't",
    "isn't",
    "doesn't",
    "aren't",
    "wasn't",
    "weren't",
    "shouldn't",
    "wouldn't",
    "couldn't",
    "cannot",
    "nobody",
    "nowhere",
];

/// Negators that deny everything after them in their clause, however far ("nobody would
/// ever see sign-ups fail", "no risk of sign-ups failing", "we never expect sign-ups to
/// fail"), up to a new subject ("we never took the discounts you get for committing" does
/// not deny the committing); the others ("not", "won't") deny only the next few words ("we
/// will not lose customers"). "Not" followed
/// by "true" or "the case" denies its whole clause too (see the scorer).
pub const CLAUSE_NEGATORS: &[&str] = &[
    "no", "none", "nobody", "nothing", "never", "neither", "nor", "nowhere",
];

/// Words that state an absence without denying a point: "we close the deals without
/// outages" speaks to outages, so these deny nothing; but they do state a point made by a
/// denial ("a node without children" says what "no children" says).
pub const ABSENCE_WORDS: &[&str] = &["without", "lacks", "lacking", "zero"];

/// Words that start a new clause, where a denial stops: "there is no risk of delay, but
/// customers leave" denies the delay, not the customers leaving.
pub const CLAUSE_WORDS: &[&str] = &[
    "and",
    "but",
    "or",
    "so",
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "yet",
    "unless",
    "until",
    "however",
    "which",
    "who",
    "if",
    "then",
    "since",
    "when",
    "otherwise",
];

/// Plain paraphrases a reader accepts as the same point. When a concept term is a whole
/// member of a group, the concept accepts every member: an author writes "breach" and a
/// learner who says "break-in" still gets the credit.
pub const SYNONYMS: &[&[&str]] = &[
    &[
        "breach",
        "break-in",
        "break in",
        "hack",
        "intrusion",
        "data leak",
        "security incident",
    ],
    &[
        "outage",
        "goes down",
        "went down",
        "service down",
        "offline",
        "unavailable",
    ],
    &["customers", "clients", "accounts", "buyers"],
    &["revenue", "sales", "income", "turnover"],
    &["cost", "spend", "expense", "bill", "price"],
    &[
        "save money",
        "cut costs",
        "cut spend",
        "lower the bill",
        "reduce costs",
    ],
    &["hire", "hiring", "recruit", "headcount", "add staff"],
    &["delay", "slip", "hold up", "late"],
    &["risk", "danger", "exposure", "threat", "jeopardy"],
    &["fine", "fines", "penalty", "penalties"],
    &["churn", "lose customers", "customers leave", "cancel"],
    &["growth", "grow", "expand", "scale up"],
    &["faster", "quicker", "sooner", "speed up"],
    &["reliable", "dependable", "stable"],
    &["complaint", "complaints", "support tickets", "escalations"],
    &["deal", "deals", "contract", "contracts"],
    &["trust", "confidence", "reputation"],
    &["competitor", "competitors", "rivals", "the competition"],
];
