//! A trend as an inline SVG line chart, drawn from geometry computed in `progress::chart`.

use crate::progress::{DayPoint, date, line_chart};
use yew::prelude::*;

/// What [`trend_chart`] draws.
pub struct TrendChartProps {
    /// What the chart shows ("Overall", "Risk").
    pub title: AttrValue,
    /// A class for the line's colour (a dimension name, or "total").
    pub class: AttrValue,
    /// The daily points, in day order.
    pub points: Vec<DayPoint>,
    /// The last day shown (today).
    pub last_day: i64,
    /// How many days are shown.
    pub days: i64,
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;

/// The chart, and under it the figures in words (which is what a screen reader reads).
pub fn trend_chart(props: &TrendChartProps) -> Html {
    let chart = line_chart(&props.points, props.last_day, props.days, WIDTH, HEIGHT);
    let days = props.points.len();
    let summary = match (props.points.first(), props.points.last()) {
        (Some(first), Some(last)) if days > 1 => format!(
            "{}: {days} days practised in the last {}; {:.0} on {}, {:.0} on {}.",
            props.title,
            props.days,
            first.value,
            date(first.day),
            last.value,
            date(last.day)
        ),
        (Some(only), _) => format!(
            "{}: 1 day practised in the last {}; {:.0} on {}.",
            props.title,
            props.days,
            only.value,
            date(only.day)
        ),
        _ => format!(
            "{}: no practice in the last {} days.",
            props.title, props.days
        ),
    };
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    html! {
        <figure class={classes!("trend", props.class.to_string())} data-testid={format!("trend-{}", props.class)}>
            <figcaption>{ &props.title }</figcaption>
            <svg viewBox={view_box} aria-hidden="true">
                { for chart.grid.iter().map(|&(y, value)| html! {
                    <>
                        <line class="grid" x1={chart.left.to_string()} x2={(WIDTH - 6.0).to_string()}
                            y1={y.to_string()} y2={y.to_string()} />
                        <text class="grid-label" x={(chart.left - 4.0).to_string()} y={(y + 4.0).to_string()}
                            text-anchor="end">{ value }</text>
                    </>
                }) }
                if !chart.path.is_empty() {
                    <path class="line" d={chart.path.clone()} />
                }
                { for chart.points.iter().map(|&(x, y)| html! {
                    <circle class="dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3" />
                }) }
            </svg>
            <p class="muted trend-summary">{ summary }</p>
        </figure>
    }
}
