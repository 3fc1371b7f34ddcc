//! The answer cut into marked stretches for display: where a concept landed, where jargon
//! was used, where a quantity stands. A stretch can be several at once ("two weeks" is both
//! a quantity and, on many cards, a cost concept), so a stretch says all that covers it.

use super::score::Report;
use super::text::Span;

/// A stretch of the answer and what covers it, by index into the report's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    /// The stretch; stretches never overlap and come in text order.
    pub span: Span,
    /// Index into [`Report::matched`], when a concept landed here.
    pub concept: Option<usize>,
    /// Index into [`Report::jargon`], when jargon was used here.
    pub jargon: Option<usize>,
    /// Index into [`Report::quantities`], when a quantity stands here.
    pub quantity: Option<usize>,
}

/// The marked stretches of a report's answer, in text order, not overlapping. Text between
/// them is plain. Where two concepts (or two jargon terms) cover the same stretch, the one
/// listed first in the report is named.
pub fn highlights(report: &Report) -> Vec<Highlight> {
    // (span, which list, index in it)
    let mut marks: Vec<(Span, u8, usize)> = Vec::new();
    for (i, hit) in report.matched.iter().enumerate() {
        marks.extend(hit.spans.iter().map(|&s| (s, 0, i)));
    }
    for (i, hit) in report.jargon.iter().enumerate() {
        marks.extend(hit.spans.iter().map(|&s| (s, 1, i)));
    }
    for (i, q) in report.quantities.iter().enumerate() {
        marks.push((q.span, 2, i));
    }
    marks.retain(|(s, _, _)| s.start < s.end);
    crate::sort::sort_by_key(&mut marks, |&(s, kind, i)| (s.start, kind, i));
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|(s, _, _)| [s.start, s.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Highlight> = Vec::new();
    // Marks that may still cover the next piece: sorted by start, so a window suffices.
    let mut from = 0;
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        while from < marks.len() && marks[from].0.end <= start {
            from += 1;
        }
        let mut found = Highlight {
            span: Span { start, end },
            concept: None,
            jargon: None,
            quantity: None,
        };
        for &(span, kind, index) in &marks[from..] {
            if span.start > start {
                break;
            }
            if span.end < end {
                continue;
            }
            let slot = match kind {
                0 => &mut found.concept,
                1 => &mut found.jargon,
                _ => &mut found.quantity,
            };
            slot.get_or_insert(index);
        }
        if found.concept.is_some() || found.jargon.is_some() || found.quantity.is_some() {
            out.push(found);
        }
    }
    out
}
