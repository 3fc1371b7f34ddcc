//! Shared Yew components, one per file.

mod answer_box;
mod banner;
mod card_view;
mod copy_button;
mod countdown;
mod deck_wait;
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

pub use answer_box::{AnswerBoxProps, Submit, answer_box, limit_notice};
pub use banner::{Undo, banner, undo_slot};
pub use card_view::card_view;
pub use copy_button::{CopyButton, CopyButtonProps};
pub use countdown::{Countdown, CountdownProps};
pub use deck_wait::{busy_line, deck_wait};
pub use field::{described_by, field, field_id, problem_note, select_box, text_box};
pub use flag_form::{FlagForm, FlagFormProps};
pub use highlighted_answer::highlighted_answer;
pub use leaderboard::leaderboard;
pub use live_score::live_score;
pub use practice_settings::{PracticeSettings, PracticeSettingsProps};
pub use qr_code::{QrCode, QrCodeProps, qr_path};
pub use reveal_panel::reveal_panel;
pub use score_panel::{ScorePanel, ScorePanelProps};
pub use trend_chart::{TrendChartProps, trend_chart};
