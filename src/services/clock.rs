//! The clock: the one place the app reads the time (the pure core is handed it), and work put
//! off to a task of its own.

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

/// Runs `work` in a task of its own, after the current one. A slow phone can then paint and
/// answer input between two long pieces of work, instead of running them as one long task.
/// Gives the timer: dropping it before the task runs cancels the work (a screen's cleanup);
/// `forget()` it where nothing will cancel it.
#[must_use = "dropping the timer cancels the work: keep it, or forget() it"]
pub fn next_task(work: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(0, work)
}
