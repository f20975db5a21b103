//! Bar charts as inline SVG, drawn from numbers alone: no script, no font file, nothing
//! fetched. Bars stand upright; each bar's label is below it, set upright too for Mongolian
//! (names: Mongolian is written so, and Chinese reads as well upright), across for numbers.
use maud::{Markup, html};

/// One bar: its label under the axis, and its value.
pub struct Bar {
    pub label: String,
    pub value: i64,
}

/// How the labels under the bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Labels {
    Across,
    /// Top to bottom, for Mongolian.
    Down,
}

const WIDTH: f64 = 640.0;
const PLOT_HEIGHT: f64 = 170.0;
const TOP: f64 = 16.0;
const LEFT: f64 = 34.0;

/// The height of the label band: upright labels need room.
fn label_band(labels: Labels, bars: &[Bar]) -> f64 {
    match labels {
        Labels::Across => 34.0,
        Labels::Down => {
            let longest = bars
                .iter()
                .map(|b| b.label.chars().count())
                .max()
                .unwrap_or(0);
            (longest as f64 * 12.0 + 12.0).clamp(40.0, 220.0)
        }
    }
}

/// A round step for the value axis, so that it has at most about four lines.
fn axis_step(max: i64) -> i64 {
    let mut step = 1;
    loop {
        for factor in [1, 2, 5] {
            if max <= step * factor * 4 {
                return step * factor;
            }
        }
        step *= 10;
    }
}

/// An upright bar chart of `bars`, titled (for screen readers) `title`.
pub fn bar_chart(title: &str, bars: &[Bar], labels: Labels, color: &str) -> Markup {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let step = axis_step(max);
    let top_value = (max + step - 1) / step * step;
    let band = label_band(labels, bars);
    let height = TOP + PLOT_HEIGHT + band;
    let slot = (WIDTH - LEFT) / bars.len().max(1) as f64;
    let bar_width = (slot * 0.7).max(1.0);
    let y = |value: i64| TOP + PLOT_HEIGHT * (1.0 - value as f64 / top_value as f64);
    let ticks: Vec<i64> = (0..=top_value / step).map(|i| i * step).collect();
    let thin = bars.len() > 16;
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height:.0}"))
            role="img" aria-label=(title) {
            @for tick in &ticks {
                line x1=(LEFT) x2=(WIDTH) y1=(fmt(y(*tick))) y2=(fmt(y(*tick)))
                    stroke="#ccc" stroke-width="0.6" {}
                text.axis x=(LEFT - 4.0) y=(fmt(y(*tick) + 3.5)) text-anchor="end" { (tick) }
            }
            @for (i, bar) in bars.iter().enumerate() {
                @let x = LEFT + slot * i as f64 + (slot - bar_width) / 2.0;
                @let centre = x + bar_width / 2.0;
                @let top = y(bar.value.max(0));
                rect x=(fmt(x)) y=(fmt(top)) width=(fmt(bar_width))
                    height=(fmt(TOP + PLOT_HEIGHT - top)) fill=(color) {}
                @if bar.value > 0 && !thin {
                    text.value x=(fmt(centre)) y=(fmt(top - 3.0)) text-anchor="middle" { (bar.value) }
                }
                @match labels {
                    Labels::Across => {
                        text.label x=(fmt(centre)) y=(fmt(TOP + PLOT_HEIGHT + 13.0))
                            text-anchor="middle" { (bar.label) }
                    }
                    Labels::Down => {
                        text.label.down x=(fmt(centre)) y=(fmt(TOP + PLOT_HEIGHT + 6.0)) { (bar.label) }
                    }
                }
            }
            line x1=(LEFT) x2=(WIDTH) y1=(fmt(TOP + PLOT_HEIGHT)) y2=(fmt(TOP + PLOT_HEIGHT))
                stroke="#000" stroke-width="1" {}
        }
    }
}

fn fmt(value: f64) -> String {
    format!("{value:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_has_round_steps_and_at_most_four_of_them() {
        for (max, step) in [
            (1, 1),
            (4, 1),
            (5, 2),
            (9, 5),
            (20, 5),
            (21, 10),
            (400, 100),
            (401, 200),
        ] {
            assert_eq!(axis_step(max), step, "{max}");
        }
    }

    #[test]
    fn the_tallest_bar_reaches_the_top_line_and_a_zero_has_no_height() {
        let bars = [
            Bar {
                label: "a".into(),
                value: 4,
            },
            Bar {
                label: "b".into(),
                value: 0,
            },
        ];
        let svg = bar_chart("t", &bars, Labels::Across, "#333").into_string();
        assert!(svg.contains(&format!("y=\"{TOP:.1}\" width")), "{svg}");
        assert!(svg.contains("height=\"0.0\""), "{svg}");
        assert!(svg.contains(">a</text>") && svg.contains(">b</text>"));
    }
}
