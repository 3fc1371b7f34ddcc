//! The clock: the one place the app reads the time (the pure core is handed it).

use crate::progress::Clock;

/// The time now and the learner's offset from UTC.
pub fn now() -> Clock {
    let now = js_sys::Date::new_0();
    Clock {
        now: now.get_time() as i64,
        // `getTimezoneOffset` is minutes behind UTC; the clock counts minutes ahead.
        offset_minutes: -(now.get_timezone_offset() as i32),
    }
}
