//! All browser I/O outside the page itself, as the realworld example's `services/`: local
//! storage ([`storage`], the only code that touches it), the files a learner downloads or
//! picks ([`files`]), the network ([`net`]), the camera that scans result codes ([`camera`])
//! and the clock ([`clock`]). Pages and stores call these; the pure core never does.

pub mod camera;
pub mod clock;
pub mod files;
pub mod net;
pub mod storage;
