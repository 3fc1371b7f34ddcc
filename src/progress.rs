//! A learner's progress: the attempts they scored, the scores they flagged, their practice
//! settings, and everything derived from them (what to practise next, trends, bests, streak,
//! the backup file). Pure: time comes in as a [`Clock`], storage lives in `crate::services::storage`.
//!
//! The history is the only record. What the scheduler knows about a card (when it is next
//! due, how well it is remembered) is replayed from the attempts each time it is needed, so
//! a backup holds nothing that could disagree with the history it came from.

mod backup;
mod chart;
mod model;
mod schedule;
mod state;
mod stats;
mod today;

pub use backup::{BackupError, SCHEMA, decode, encode, flags_json};
pub use chart::{Chart, line_chart};
pub use model::{Attempt, Clock, DAY_MS, Flag, Millis, Progress, Settings, date};
pub use schedule::{Memory, Pick, Recall, allowed, pick, rating};
pub use state::{ImportMode, ProgressAction, ProgressState, Undo};
pub use stats::{CardBest, DayPoint, Streak, Weakest, best_per_card, page, streak, trend, weakest};
pub use today::{Today, today};
