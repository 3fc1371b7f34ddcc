//! Shared Yew components, one per file.

mod answer_box;
mod banner;
mod card_view;
mod copy_button;
mod countdown;
mod field;
mod flag_form;
mod highlighted_answer;
mod leaderboard;
mod live_score;
mod practice_settings;
mod qr_code;
mod reveal_panel;
mod score_panel;
mod trend_chart;

pub use answer_box::{AnswerBox, AnswerBoxProps, Submit, limit_notice};
pub use banner::{Undo, banner, undo_slot};
pub use card_view::{CardView, CardViewProps};
pub use copy_button::{CopyButton, CopyButtonProps};
pub use countdown::{Countdown, CountdownProps};
pub use field::{described_by, field, field_id, problem_note, select_box, text_box};
pub use flag_form::{FlagForm, FlagFormProps};
pub use highlighted_answer::{HighlightedAnswer, HighlightedAnswerProps};
pub use leaderboard::{Leaderboard, LeaderboardProps};
pub use live_score::{LiveScore, LiveScoreProps};
pub use practice_settings::{PracticeSettings, PracticeSettingsProps};
pub use qr_code::{QrCode, QrCodeProps, qr_path};
pub use reveal_panel::{RevealPanel, RevealPanelProps};
pub use score_panel::{ScorePanel, ScorePanelProps};
pub use trend_chart::{TrendChart, TrendChartProps};
