//! The practice screen's state (as yew's todomvc keeps its own in `state.rs`): the card,
//! the last report and what the learner did with it; `apply` is pure and tested natively.

use crate::deck::Card;
use crate::rubric::Report;
use std::rc::Rc;
use yew::prelude::*;

/// What the practice screen knows beyond the text being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeState {
    /// The card being practised.
    pub card: Rc<Card>,
    /// The feedback for the last scored answer, until the learner retries.
    pub report: Option<Rc<Report>>,
    /// The answer `report` is about (the box may have changed since).
    pub scored_answer: AttrValue,
    /// A message for the learner when there is nothing to score.
    pub notice: Option<&'static str>,
    /// Whether the learner flagged this score.
    pub flagged: bool,
}

/// What the learner can do on the practice screen.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeAction {
    /// Show this answer's report (scored by the caller with the screen's compiled rubric).
    Score(String, Rc<Report>),
    /// Put the feedback away and try the card again.
    Retry,
    /// The learner flagged the score shown.
    Flagged,
}

/// Shown when Score is pressed on an empty box.
pub const EMPTY_NOTICE: &str = "Write what you would say first, then press Score.";

impl PracticeState {
    /// A fresh attempt at `card`.
    pub fn new(card: Rc<Card>) -> Self {
        PracticeState {
            card,
            report: None,
            scored_answer: AttrValue::default(),
            notice: None,
            flagged: false,
        }
    }

    /// The state after `action`; the same `Rc` when nothing changes, so Yew skips the render.
    pub fn apply(self: Rc<Self>, action: PracticeAction) -> Rc<Self> {
        match action {
            PracticeAction::Score(answer, _) if answer.trim().is_empty() => {
                if self.notice == Some(EMPTY_NOTICE) && self.report.is_none() {
                    return self;
                }
                Rc::new(PracticeState {
                    report: None,
                    notice: Some(EMPTY_NOTICE),
                    flagged: false,
                    ..(*self).clone()
                })
            }
            PracticeAction::Score(answer, _)
                if self.report.is_some() && *self.scored_answer == answer =>
            {
                self
            }
            PracticeAction::Score(answer, report) => Rc::new(PracticeState {
                card: self.card.clone(),
                report: Some(report),
                scored_answer: answer.into(),
                notice: None,
                flagged: false,
            }),
            PracticeAction::Retry if self.report.is_none() && self.notice.is_none() => self,
            PracticeAction::Retry => Rc::new(PracticeState {
                report: None,
                scored_answer: AttrValue::default(),
                notice: None,
                flagged: false,
                ..(*self).clone()
            }),
            PracticeAction::Flagged if self.flagged || self.report.is_none() => self,
            PracticeAction::Flagged => Rc::new(PracticeState {
                flagged: true,
                ..(*self).clone()
            }),
        }
    }
}

impl Reducible for PracticeState {
    type Action = PracticeAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        self.apply(action)
    }
}
