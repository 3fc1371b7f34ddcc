//! Game logic shared by every device in a room: the seeded, versioned card order, the join
//! link and codes, the round-by-round state machine and the leaderboard.
//!
//! Every phone in a lunch-and-learn derives the same cards in the same order from a seed in
//! the join link, with no server. That only works if the order can never drift between
//! builds, so the order comes from ChaCha8 (whose output stream `rand_chacha` fixes) and a
//! shuffle written here, not from `StdRng` or `SliceRandom::shuffle`, which may change.

mod base32;
mod board;
mod deal;
mod invite;
mod pasted;
mod result_code;
mod round;
mod saved;
mod setup;
mod short_code;

pub use board::{Collected, EXAMPLE, Results, Scanned, Standing};
pub use deal::{DEAL_VERSION, deal};
pub use invite::{HostSetup, Invite, InviteError, MAX_PLAYERS, MAX_ROUNDS, SECONDS};
pub use pasted::{Found, find};
pub use result_code::{CODE_VERSION, CodeError, GameId, PlayerResult, decode, encode};
pub use round::{Answer, Match, Mode, Phase, Step};
pub use saved::{Device, GAME_FORMAT, GAME_SCHEMA, SavedGame};
pub use setup::{MAX_NAME, SetupForm, SetupProblem, player_name};
