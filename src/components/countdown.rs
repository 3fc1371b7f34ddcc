//! An optional countdown for a card: time left, and the answer scored when it runs out.

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Properties of [`Countdown`].
#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    /// Seconds to count down from.
    pub seconds: u32,
    /// Whether the clock is ticking (it stops once the answer is scored).
    pub running: bool,
    /// Called once when the time runs out.
    pub on_expire: Callback<()>,
}

/// Shows `m:ss` left; at zero, calls `on_expire` once. Key it to restart.
#[component]
pub fn Countdown(props: &CountdownProps) -> Html {
    let left = use_state(|| props.seconds);
    // The interval outlives renders: it reads the latest callback, not the first one.
    let on_expire = use_mut_ref(|| props.on_expire.clone());
    *on_expire.borrow_mut() = props.on_expire.clone();
    {
        let left = left.clone();
        use_effect_with((props.running, *left == 0), move |&(running, done)| {
            let interval = (running && !done).then(|| {
                let left = left.clone();
                let mut remaining = *left;
                Interval::new(1_000, move || {
                    remaining = remaining.saturating_sub(1);
                    left.set(remaining);
                    if remaining == 0 {
                        on_expire.borrow().emit(());
                    }
                })
            });
            move || drop(interval)
        });
    }
    let (minutes, seconds) = (*left / 60, *left % 60);
    let urgent = *left <= 10;
    html! {
        <p class={classes!("countdown", urgent.then_some("urgent"))} data-testid="countdown">
            <span class="muted">{ if *left == 0 { "Time is up" } else { "Time left " } }</span>
            if *left > 0 {
                <strong>{ format!("{minutes}:{seconds:02}") }</strong>
            }
        </p>
    }
}
