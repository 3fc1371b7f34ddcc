//! Geometry of the trend charts: where each point and gridline goes in an SVG of a given
//! size. The component only draws what this computes.

use super::stats::DayPoint;
use std::fmt::Write;

/// A line chart of 0–100 values over days, in SVG user units.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The SVG's width.
    pub width: f64,
    /// The SVG's height.
    pub height: f64,
    /// The line through the points (`M x y L x y ...`), empty without points.
    pub path: String,
    /// Each point's position.
    pub points: Vec<(f64, f64)>,
    /// Horizontal gridlines: their y and the value they mark.
    pub grid: Vec<(f64, u8)>,
    /// Where the plot area starts on the left (the gridline labels sit left of it).
    pub left: f64,
}

/// Room for the gridline labels ("100") left of the plot.
const LEFT: f64 = 30.0;
/// Room above and below so dots on 0 and 100 are not cut in half.
const PAD: f64 = 6.0;

/// The chart of `points` (in day order) in a `width` × `height` box: days run left to right
/// across the `days` days ending `last_day`, values 0–100 bottom to top.
pub fn line_chart(points: &[DayPoint], last_day: i64, days: i64, width: f64, height: f64) -> Chart {
    let plot_w = (width - LEFT - PAD).max(1.0);
    let plot_h = (height - 2.0 * PAD).max(1.0);
    let first_day = last_day - days + 1;
    let span = (days - 1).max(1) as f64;
    let y = |value: f64| PAD + (1.0 - value.clamp(0.0, 100.0) / 100.0) * plot_h;
    let x = |day: i64| LEFT + (day - first_day).clamp(0, days - 1) as f64 / span * plot_w;
    let placed: Vec<(f64, f64)> = points.iter().map(|p| (x(p.day), y(p.value))).collect();
    let mut path = String::new();
    for (i, (px, py)) in placed.iter().enumerate() {
        let _ = write!(path, "{}{px:.1} {py:.1}", if i == 0 { "M" } else { " L" });
    }
    Chart {
        width,
        height,
        path,
        points: placed,
        grid: [0u8, 50, 100]
            .into_iter()
            .map(|v| (y(f64::from(v)), v))
            .collect(),
        left: LEFT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_span_the_plot_from_first_to_last_day() {
        let points = [
            DayPoint { day: 1, value: 0.0 },
            DayPoint {
                day: 6,
                value: 50.0,
            },
            DayPoint {
                day: 11,
                value: 100.0,
            },
        ];
        let chart = line_chart(&points, 11, 11, 336.0, 112.0);
        assert_eq!(chart.points, [(30.0, 106.0), (180.0, 56.0), (330.0, 6.0)]);
        assert_eq!(chart.path, "M30.0 106.0 L180.0 56.0 L330.0 6.0");
        assert_eq!(chart.grid, [(106.0, 0), (56.0, 50), (6.0, 100)]);
    }

    #[test]
    fn an_empty_trend_draws_no_line() {
        let chart = line_chart(&[], 10, 30, 300.0, 100.0);
        assert!(chart.path.is_empty() && chart.points.is_empty());
    }

    #[test]
    fn a_single_day_window_does_not_divide_by_zero() {
        let chart = line_chart(
            &[DayPoint {
                day: 4,
                value: 70.0,
            }],
            4,
            1,
            130.0,
            112.0,
        );
        assert_eq!(chart.points, [(30.0, 36.0)]);
    }
}
