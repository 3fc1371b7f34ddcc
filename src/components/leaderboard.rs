//! The leaderboard table and the podium above it.

use crate::game::Standing;
use yew::prelude::*;

/// Ranks, names, per-round totals and points for `standings` in a game of `rounds`; ties
/// share a rank; `with_podium`, the top three stand above the table. (A plain function: it
/// has no state.)
pub fn leaderboard(standings: &[Standing], rounds: u8, with_podium: bool) -> Html {
    if standings.is_empty() {
        return html! { <p class="muted" data-testid="leaderboard-empty">{ "No results yet." }</p> };
    }
    html! {
        <>
            if with_podium {
                { podium(standings) }
            }
            <div class="table-wrap">
                <table class="leaderboard" data-testid="leaderboard">
                    <caption>{ "Leaderboard" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Rank" }</th>
                            <th scope="col">{ "Name" }</th>
                            { for (1..=rounds).map(|r| html! { <th scope="col" class="num">{ format!("R{r}") }</th> }) }
                            <th scope="col" class="num">{ "Points" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for standings.iter().map(|s| html! {
                            <tr>
                                <td>{ s.rank }</td>
                                <th scope="row">{ &s.result.name }</th>
                                { for s.result.totals.iter().map(|t| html! {
                                    <td class="num">{ t.map_or_else(|| "–".to_string(), |t| t.to_string()) }</td>
                                }) }
                                <td class="num"><strong>{ s.points }</strong></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}

/// The players on ranks 1 to 3 (all of them when tied), second place drawn on the left.
fn podium(standings: &[Standing]) -> Html {
    let step = |rank: usize, class: &'static str| {
        let names: Vec<&Standing> = standings.iter().filter(|s| s.rank == rank).collect();
        let Some(first) = names.first() else {
            return Html::default();
        };
        let points = first.points;
        let names: Vec<&str> = names.iter().map(|s| s.result.name.as_str()).collect();
        html! {
            <li class={classes!("podium-step", class)} data-testid={format!("podium-{rank}")}>
                <span class="podium-names">{ names.join(", ") }</span>
                <span class="podium-points">{ format!("{points} points") }</span>
                <span class="podium-rank">{ ordinal(rank) }</span>
            </li>
        }
    };
    html! {
        <ol class="podium" data-testid="podium" aria-label="Podium">
            { step(1, "first") }
            { step(2, "second") }
            { step(3, "third") }
        </ol>
    }
}

fn ordinal(rank: usize) -> &'static str {
    match rank {
        1 => "1st",
        2 => "2nd",
        _ => "3rd",
    }
}
