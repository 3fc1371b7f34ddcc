//! Typo tolerance: whether an answer word is a plausible slip of a term word, by an edit
//! distance that knows which keys are neighbours on a QWERTY keyboard.

/// Longest word typo tolerance applies to (the distance table lives on the stack).
const TYPO_MAX_LETTERS: usize = 32;

/// Whether `word` is a plausible typo of `term`.
pub(super) fn is_typo(term: &str, word: &str) -> bool {
    let mut t = ['\0'; TYPO_MAX_LETTERS];
    let mut w = ['\0'; TYPO_MAX_LETTERS];
    let (Some(n), Some(m)) = (fill(&mut t, term), fill(&mut w, word)) else {
        return false;
    };
    let (t, w) = (&t[..n], &w[..m]);
    let budget = match n {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    t[0] == w[0]
        && n.abs_diff(m) <= 1
        && t.iter().chain(w).all(|c| c.is_alphabetic())
        && letters_differ_by(t, w) <= 2 * budget
        && typo_distance(t, w, budget) <= budget
}

/// Copy the characters of `text` into `out`; `None` if it is empty or does not fit.
fn fill(out: &mut [char; TYPO_MAX_LETTERS], text: &str) -> Option<usize> {
    let mut n = 0;
    for c in text.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    (n > 0).then_some(n)
}

/// A lower bound on twice the edit distance: how many letters are in one word and not the
/// other, counted with repeats. One edit changes this by at most two, so it rules most
/// candidates out before the distance table is filled. Lowercase ASCII only; 0 (no bound)
/// for anything else, so the distance table decides.
fn letters_differ_by(a: &[char], b: &[char]) -> usize {
    if !a.iter().chain(b).all(char::is_ascii_lowercase) {
        return 0;
    }
    let mut counts = [0i32; 26];
    a.iter()
        .for_each(|&c| counts[(c as u8 - b'a') as usize] += 1);
    b.iter()
        .for_each(|&c| counts[(c as u8 - b'a') as usize] -= 1);
    counts.iter().map(|d| d.unsigned_abs() as usize).sum()
}

/// Optimal-string-alignment distance where replacing a letter costs 1 only if the two keys
/// are neighbours on a QWERTY keyboard, and 2 otherwise. Three rolling rows on the stack;
/// stops early with `limit + 1` once a whole row is past `limit`.
fn typo_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let m = b.len();
    let mut before = [0usize; TYPO_MAX_LETTERS + 1];
    let mut previous = [0usize; TYPO_MAX_LETTERS + 1];
    let mut current = [0usize; TYPO_MAX_LETTERS + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=m {
            let replace = if a[i - 1] == b[j - 1] {
                0
            } else if neighbours(a[i - 1], b[j - 1]) {
                1
            } else {
                2
            };
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + replace);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current[..=m].iter().all(|&d| d > limit) {
            return limit + 1;
        }
        before = previous;
        previous = current;
    }
    previous[m]
}

/// Row and column (in quarter keys, rows staggered) of `a`..=`z` on a QWERTY keyboard.
const KEYS: [(u8, u8); 26] = [
    (1, 1),
    (2, 19),
    (2, 11),
    (1, 9),
    (0, 8),
    (1, 13),
    (1, 17),
    (1, 21),
    (0, 28),
    (1, 25), // a-j
    (1, 29),
    (1, 33),
    (2, 27),
    (2, 23),
    (0, 32),
    (0, 36),
    (0, 0),
    (0, 12),
    (1, 5),
    (0, 16), // k-t
    (0, 24),
    (2, 15),
    (0, 4),
    (2, 7),
    (0, 20),
    (2, 3), // u-z
];

/// Whether two letters sit next to each other on a QWERTY keyboard: beside each other on
/// one row, or touching on the row above or below.
fn neighbours(a: char, b: char) -> bool {
    let place = |c: char| {
        c.is_ascii_lowercase()
            .then(|| KEYS[(c as u8 - b'a') as usize])
    };
    match (place(a), place(b)) {
        (Some((ra, ca)), Some((rb, cb))) if a != b => {
            (ra == rb && ca.abs_diff(cb) == 4) || (ra.abs_diff(rb) == 1 && ca.abs_diff(cb) < 4)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyboard_neighbours() {
        assert!(neighbours('g', 'h') && neighbours('a', 'q') && neighbours('a', 'z'));
        assert!(!neighbours('g', 'j') && !neighbours('e', 'p') && !neighbours('a', 'x'));
        assert!(!neighbours('a', 'a'));
    }

    #[test]
    fn typos_by_length_and_keyboard() {
        // (term, answer word, a plausible typo)
        let cases = [
            ("budget", "budgte", true),  // two letters swapped: one edit
            ("budget", "budgey", true),  // t and y are neighbours
            ("budget", "budgez", false), // t and z are not
            ("scale", "scalp", false),   // e and p are far apart
            ("risk", "rysk", false),     // four letters: no tolerance
            ("security", "securty", true),
            ("infrastructure", "infrastrucure", true),
            ("infrastructure", "infrsatructyre", true), // two edits for nine or more letters
            ("budget", "bduegt", false),                // but one below nine
            ("contracts", "contractors", false),        // two letters more is another form
            ("budget", "nudget", false),                // the first letter stands
            ("budget", "budg3t", false),                // letters only
        ];
        for (term, word, expected) in cases {
            assert_eq!(is_typo(term, word), expected, "{term} ~ {word}");
        }
    }

    #[test]
    fn the_letter_bound_never_exceeds_twice_the_distance() {
        let pairs = [
            ("budget", "budgte"),
            ("scale", "scalp"),
            ("cost", "cots"),
            ("abc", "xyz"),
        ];
        for (a, b) in pairs {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert!(
                letters_differ_by(&a, &b) <= 2 * typo_distance(&a, &b, 10),
                "{a:?} {b:?}"
            );
        }
    }
}
