//! The mentions a score reads: spans merged into one mention however many terms saw them,
//! each concept's mentions in one buffer, and which tokens a span covers.

use crate::rubric::text::{Span, Token};

/// Sorted spans with overlapping ones merged: one mention, however many terms saw it.
pub(super) fn merge_overlapping(mut spans: Vec<Span>) -> Vec<Span> {
    let kept = merge_in_place(&mut spans);
    spans.truncate(kept);
    spans
}

/// [`merge_overlapping`] of `spans`, copied out, leaving `spans` empty for the next use.
pub(super) fn merged(spans: &mut Vec<Span>) -> Vec<Span> {
    let kept = merge_in_place(spans);
    let out = spans[..kept].to_vec();
    spans.clear();
    out
}

/// [`merge_overlapping`] in place: sorts `spans`, merges overlapping ones into the first
/// of them, and returns how many are kept at the front.
fn merge_in_place(spans: &mut [Span]) -> usize {
    if spans.len() < 2 {
        return spans.len();
    }
    spans.sort_unstable();
    let mut kept = 1;
    for i in 1..spans.len() {
        if spans[i].start < spans[kept - 1].end {
            spans[kept - 1] = spans[kept - 1].cover(spans[i]);
        } else {
            spans[kept] = spans[i];
            kept += 1;
        }
    }
    kept
}

/// Each concept's mentions, merged, in one buffer: concept `k`'s positive mentions (seen by
/// its positive terms and amounts) are group `2k`, its negative ones ("no children") group
/// `2k + 1`. One allocation for all of them, where a vector per concept cost several.
pub(super) struct Mentions {
    pub(super) spans: Vec<Span>,
    /// Where each group ends in `spans`.
    ends: Vec<usize>,
}

impl Mentions {
    pub(super) fn with_capacity(concepts: usize, spans: usize) -> Mentions {
        Mentions {
            spans: Vec::with_capacity(spans),
            ends: Vec::with_capacity(2 * concepts),
        }
    }

    /// Merges the group just added and closes it.
    pub(super) fn end_group(&mut self) {
        let from = self.ends.last().copied().unwrap_or(0);
        let kept = merge_in_place(&mut self.spans[from..]);
        self.spans.truncate(from + kept);
        self.ends.push(self.spans.len());
    }

    /// How many concepts it holds.
    pub(super) fn len(&self) -> usize {
        self.ends.len() / 2
    }

    /// The mentions of concept `k`, each with whether a negative term saw it: positive
    /// ones first, each group in text order.
    pub(super) fn of(&self, k: usize) -> impl Iterator<Item = (Span, bool)> + '_ {
        let group = |g: usize| {
            let from = if g == 0 { 0 } else { self.ends[g - 1] };
            &self.spans[from..self.ends[g]]
        };
        let positive = group(2 * k).iter().map(|&s| (s, false));
        positive.chain(group(2 * k + 1).iter().map(|&s| (s, true)))
    }
}

/// Where the tokens of an answer stand among its bytes: for each byte offset (and the end),
/// how many tokens start before it. The tokens of a span are then found in constant time,
/// where a binary search per mention cost a twentieth of every score.
pub(super) struct TokenAt(Vec<u32>);

impl TokenAt {
    /// The table for `tokens` of a text `len` bytes long.
    pub(super) fn new(tokens: &[Token], len: usize) -> TokenAt {
        let mut before = Vec::with_capacity(len + 1);
        for (k, token) in tokens.iter().enumerate() {
            // Up to and including its first byte, k tokens start before.
            before.resize(token.span.start + 1, k as u32);
        }
        before.resize(len + 1, tokens.len() as u32);
        TokenAt(before)
    }

    /// How many tokens start before byte `at`.
    fn before(&self, at: usize) -> usize {
        let last = self.0.last().copied().unwrap_or(0);
        self.0.get(at).copied().unwrap_or(last) as usize
    }

    /// The index of the first token inside `span`.
    pub(super) fn first(&self, span: Span) -> usize {
        self.before(span.start)
    }

    /// The indices of the tokens inside `span` (in text order).
    pub(super) fn range(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.first(span);
        start..self.before(span.end).max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tokens_of_a_span_are_those_a_search_of_token_starts_finds() {
        for text in ["", "  Sign-ups fail, we lose $4,000.  ", "a", "éé cost ü x"] {
            let tokens = crate::rubric::text::tokenize(text);
            let starts: Vec<usize> = tokens.iter().map(|t| t.span.start).collect();
            let at = TokenAt::new(&tokens, text.len());
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    let span = Span { start, end };
                    let first = starts.partition_point(|&s| s < start);
                    let last = starts.partition_point(|&s| s < end).max(first);
                    assert_eq!(at.range(span), first..last, "{text:?} {span:?}");
                    assert_eq!(at.first(span), first);
                }
            }
        }
    }

    #[test]
    fn overlapping_spans_merge_into_one_mention() {
        let spans = vec![
            Span { start: 5, end: 9 },
            Span { start: 0, end: 6 },
            Span { start: 12, end: 14 },
        ];
        assert_eq!(
            merge_overlapping(spans),
            [Span { start: 0, end: 9 }, Span { start: 12, end: 14 }]
        );
    }
}
