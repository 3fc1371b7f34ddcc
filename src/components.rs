//! Shared Yew components, one per file.

mod answer_box;
mod card_view;
mod score_panel;

pub use answer_box::{AnswerBox, AnswerBoxProps};
pub use card_view::{CardView, CardViewProps};
pub use score_panel::{ScorePanel, ScorePanelProps};
