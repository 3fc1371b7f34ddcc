//! The suffix rules of term matching: which endings make another form of the same word
//! (`risk` ~ `risky`, `contract*` ~ `contractors`), and what the stemmer leaves behind of
//! a suffix it strips from one form and not another.

/// Suffixes any term word may take.
const INFLECTIONS: &[&str] = &[
    "s", "es", "ed", "d", "ing", "y", "ly", "ies", "ied", "er", "ers",
];

/// Further suffixes a `*` term may take, alone or after another suffix.
const DERIVATIONS: &[&str] = &[
    "ation", "ations", "ion", "ions", "ment", "ments", "able", "ably", "ability", "ible", "al",
    "ally", "ual", "ful", "fully", "less", "ness", "ity", "ive", "ively", "or", "ors", "ure",
    "ures", "age", "ages", "ist", "ists", "ize", "ise", "ized", "ised", "izing", "ising", "ee",
    "ees", "ship", "worthy", "ers", "ings",
];

/// What Snowball leaves of a suffix it strips from one form of a word and not another:
/// "dereferences" stems to "derefer" but "dereferencing" to "dereferenc", "reuse" to "reus"
/// but "reusability" to "reusabl". Two stems that differ by one of these are one word to a
/// reader (when the shorter has at least [`REMNANT_BASE`] letters).
pub(super) const STEM_REMNANTS: &[&str] = &["enc", "anc", "abl", "ibl"];
/// The fewest letters a stem needs before a remnant can extend it.
pub(super) const REMNANT_BASE: usize = 4;

/// Whether `long` is `short` plus one of [`STEM_REMNANTS`]. Not "-able" after a stem
/// Snowball made from "-y" ("rely" → "reli", "reliable" → "reliabl"; "vary", "variable"):
/// those adjectives have drifted from their verbs.
pub(super) fn remnant_of(long: &str, short: &str) -> bool {
    short.len() >= REMNANT_BASE
        && long.strip_prefix(short).is_some_and(|rest| {
            STEM_REMNANTS.contains(&rest) && !(rest.ends_with("bl") && short.ends_with('i'))
        })
}

/// Whether `word` is `base` plus one or two suffixes (derivational ones only when `wide`),
/// allowing the base's final consonant to double first (`ship` → `shipping`).
pub(super) fn extends(word: &str, base: &str, wide: bool) -> bool {
    fn chain(rest: &str, wide: bool, depth: u8) -> bool {
        rest.is_empty()
            || (depth < 2
                && INFLECTIONS
                    .iter()
                    .chain(if wide { DERIVATIONS } else { &[] })
                    .any(|s| {
                        rest.strip_prefix(s)
                            .is_some_and(|r| chain(r, wide, depth + 1))
                    }))
    }
    let Some(rest) = word.strip_prefix(base).filter(|rest| !rest.is_empty()) else {
        return false;
    };
    let doubled = base
        .chars()
        .last()
        .filter(|c| "bdglmnprt".contains(*c))
        .and_then(|c| rest.strip_prefix(c));
    chain(rest, wide, 0) || doubled.is_some_and(|r| !r.is_empty() && chain(r, wide, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_chains() {
        assert!(extends("failing", "fail", false));
        assert!(extends("onboarders", "onboard", true));
        assert!(extends("contractors", "contract", true));
        assert!(
            !extends("contractors", "contract", false),
            "derivations need a `*`"
        );
        assert!(
            extends("shipping", "ship", false),
            "doubled final consonant"
        );
        assert!(!extends("shopping", "ship", false));
        assert!(
            !extends("costume", "cost", true),
            "costume is not cost + suffix"
        );
        assert!(
            !extends("breakfast", "break", true),
            "breakfast is not break + suffix"
        );
        assert!(
            !extends("cost", "cost", true),
            "nothing added is not an extension"
        );
    }

    #[test]
    fn stem_remnants() {
        assert!(remnant_of("dereferenc", "derefer"));
        assert!(remnant_of("reusabl", "reus"), "four letters are enough");
        assert!(
            !remnant_of("reliabl", "reli"),
            "-able after a stem made from -y"
        );
        assert!(!remnant_of("ancb", "anc"), "too short a base");
        assert!(!remnant_of("derefer", "derefer"), "nothing added");
    }
}
