//! Game logic shared by every device in a room: the seeded, versioned card order.
//!
//! Every phone in a lunch-and-learn derives the same cards in the same order from a seed in
//! the join link, with no server. That only works if the order can never drift between
//! builds, so the order comes from ChaCha8 (whose output stream `rand_chacha` fixes) and a
//! shuffle written here, not from `StdRng` or `SliceRandom::shuffle`, which may change.

mod board;
mod code;
mod deal;

pub use board::{Results, Standing};
pub use code::{CODE_VERSION, CodeError, GameId, PlayerResult, decode, encode};
pub use deal::{DEAL_VERSION, deal};
