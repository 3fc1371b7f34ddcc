//! `#/progress`: what the learner has done and how it is going — trends per dimension,
//! bests, due cards, history, flags (`flags`) — and the backup, import and reset of all of it
//! (`backup`).

mod backup;
mod flags;

use super::{Library, ProgressStore, Route, use_library, use_progress, use_title};
use crate::components::{TrendChartProps, trend_chart};
use crate::deck::{Dimension, count};
use crate::progress::{
    Attempt, CardBest, Clock, Memory, Progress, Settings, best_per_card, date, page, streak, trend,
    weakest,
};
use crate::services::clock;
use backup::Backup;
use flags::Flags;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// Days the trend charts cover.
const TREND_DAYS: i64 = 30;
/// History rows per page.
const PER_PAGE: usize = 20;

/// The progress screen.
#[component]
pub fn ProgressPage() -> Html {
    use_title("Progress");
    let library = use_library();
    let Some(context) = use_progress() else {
        return Html::default();
    };
    let progress = context.progress.clone();
    // Read once per render and shared, so every section agrees on "now" and on the bests.
    let clock = clock::now();
    let section = SectionProps {
        library: library.clone(),
        progress: progress.clone(),
        clock,
        bests: Rc::new(best_per_card(&progress.attempts)),
    };
    html! {
        <section class="page progress" data-testid="progress">
            <h1>{ "Your progress" }</h1>
            { summary(&section) }
            { streaks(&ContextProps { progress: progress.clone(), context: context.clone(), clock }) }
            <h2>{ "Trends" }</h2>
            <div class="trends">
                { trend_chart(&TrendChartProps { title: "Overall".into(), class: "total".into(), days: TREND_DAYS,
                    last_day: clock.today(), points: trend(&progress.attempts, clock, None, TREND_DAYS) }) }
                { for Dimension::ALL.into_iter().map(|d| trend_chart(&TrendChartProps { title: d.title().into(),
                    class: d.as_str().into(), days: TREND_DAYS, last_day: clock.today(),
                    points: trend(&progress.attempts, clock, Some(d), TREND_DAYS) })) }
            </div>
            { bests(&section) }
            <History library={library.clone()} progress={progress.clone()} {clock} />
            <Flags library={library.clone()} progress={progress.clone()} context={context.clone()} {clock} />
            <Backup {progress} {context} {clock} />
        </section>
    }
}

/// A card's title from the library, or its ids when the deck no longer has it.
fn title_of(library: &Library, deck: &str, card: &str) -> String {
    library
        .outline(deck)
        .and_then(|d| d.card(card))
        .map(|c| c.title.clone())
        .unwrap_or_else(|| format!("{deck}/{card}"))
}

fn card_link(library: &Library, deck: &str, card: &str) -> Html {
    let known = library.outline(deck).and_then(|d| d.card(card)).is_some();
    let title = title_of(library, deck, card);
    if known {
        let to = Route::PracticeCard {
            deck: deck.to_owned(),
            card: card.to_owned(),
        };
        html! { <Link<Route> {to}>{ title }</Link<Route>> }
    } else {
        html! { <span>{ title }</span> }
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    library: Library,
    progress: Rc<Progress>,
    clock: Clock,
    /// Every practised card's best (see `best_per_card`), where the section needs it.
    #[prop_or_default]
    bests: Rc<Vec<CardBest>>,
}

/// Totals, the weakest dimension, and the cards due now.
fn summary(props: &SectionProps) -> Html {
    let (progress, clock, bests) = (&props.progress, props.clock, &props.bests);
    let memory = Memory::new(&progress.attempts);
    let due: Vec<(&str, &str, i64)> = props
        .library
        .iter()
        .flat_map(|d| d.cards.iter().map(move |c| (d, c)))
        .filter_map(|(d, c)| {
            let recall = memory.get(&d.id, &c.id)?;
            (recall.due <= clock.now).then_some((d.id.as_str(), c.id.as_str(), recall.due))
        })
        .collect();
    let answers = progress.attempts.len();
    html! {
        <>
            <p class="lede" data-testid="progress-summary">
                { format!(
                    "{} scored on {}. {} {} due for review now.",
                    count(answers, "answer"),
                    count(bests.len(), "card"),
                    due.len(),
                    if due.len() == 1 { "card is" } else { "cards are" },
                ) }
            </p>
            if let Some(weak) = weakest(&progress.attempts) {
                <p data-testid="weakest">{ weak.sentence() }</p>
            } else if answers > 0 {
                <p class="muted" data-testid="weakest">
                    { "After three answers in each of risk, cost and opportunity, your weakest will be named here." }
                </p>
            }
            if !due.is_empty() {
                <h2>{ "Due now" }</h2>
                <ul class="due-list" data-testid="due-list">
                    { for due.iter().take(10).map(|&(deck, card, _)| html! {
                        <li>{ card_link(&props.library, deck, card) }</li>
                    }) }
                </ul>
                <p><Link<Route> to={Route::Practice} classes="button primary">{ "Practise what is due" }</Link<Route>></p>
            } else if answers == 0 {
                <p><Link<Route> to={Route::Practice} classes="button primary">{ "Start practising" }</Link<Route>></p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ContextProps {
    progress: Rc<Progress>,
    context: ProgressStore,
    clock: Clock,
}

/// The opt-in streak.
fn streaks(props: &ContextProps) -> Html {
    let settings = props.progress.settings.clone();
    let on_toggle = {
        let (context, settings) = (props.context.clone(), settings.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            context.settings(Settings {
                streak: on,
                ..settings.clone()
            });
        })
    };
    let run = streak(&props.progress.attempts, props.clock);
    html! {
        <div class="streak">
            <label class="check">
                <input type="checkbox" checked={settings.streak} onchange={on_toggle} data-testid="streak-toggle" />
                { " Show my practice streak" }
            </label>
            if settings.streak {
                <p data-testid="streak">
                    { match (run.days, run.today) {
                        (0, _) => "No streak running: practise today to start one. One day off never breaks it.".to_owned(),
                        (n, true) => format!("{n}-day streak, today included. One day off never breaks it."),
                        (n, false) => format!("{n}-day streak: practise today or tomorrow to keep it."),
                    } }
                </p>
            }
        </div>
    }
}

/// Every practised card's best score.
fn bests(props: &SectionProps) -> Html {
    let (bests, clock) = (&props.bests, props.clock);
    if bests.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2>{ "Best per card" }</h2>
            <div class="table-wrap">
            <table class="bests" data-testid="bests">
                <thead><tr><th scope="col">{ "Card" }</th><th scope="col">{ "Best" }</th>
                    <th scope="col">{ "Tries" }</th><th scope="col">{ "Last" }</th></tr></thead>
                <tbody>
                    { for bests.iter().map(|b| html! {
                        <tr>
                            <td>{ card_link(&props.library, &b.deck, &b.card) }</td>
                            <td class="number">{ b.best }</td>
                            <td class="number">{ b.attempts }</td>
                            <td class="when">{ date(clock.day(b.last)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}

/// Every attempt, newest first, a page at a time.
#[component]
fn History(props: &SectionProps) -> Html {
    let at_page = use_state(|| 0usize);
    let attempts = &props.progress.attempts;
    if attempts.is_empty() {
        return Html::default();
    }
    let (rows, shown_page, pages) = page(attempts, *at_page, PER_PAGE);
    let clock = props.clock;
    let go = |to: usize| {
        let at_page = at_page.clone();
        Callback::from(move |_: MouseEvent| at_page.set(to))
    };
    let dim = |a: &Attempt, d: Dimension| {
        a.dimension(d)
            .map(|v| v.to_string())
            .unwrap_or_else(|| "–".into())
    };
    html! {
        <>
            <h2>{ "History" }</h2>
            <div class="table-wrap">
            <table class="history" data-testid="history">
                <thead><tr>
                    <th scope="col">{ "When" }</th><th scope="col">{ "Card" }</th><th scope="col">{ "Total" }</th>
                    <th scope="col">{ "Risk" }</th><th scope="col">{ "Cost" }</th><th scope="col">{ "Opportunity" }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|a| html! {
                        <tr>
                            <td class="when">{ when(clock, a.at) }</td>
                            <td>{ card_link(&props.library, &a.deck, &a.card) }</td>
                            <td class="number">{ a.total }</td>
                            <td class="number">{ dim(a, Dimension::Risk) }</td>
                            <td class="number">{ dim(a, Dimension::Cost) }</td>
                            <td class="number">{ dim(a, Dimension::Opportunity) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            if pages > 1 {
                <nav class="pager" aria-label="History pages">
                    <button type="button" disabled={shown_page == 0} onclick={go(shown_page.saturating_sub(1))}
                        data-testid="history-newer">{ "Newer" }</button>
                    <span data-testid="history-page">{ format!("Page {} of {pages}", shown_page + 1) }</span>
                    <button type="button" disabled={shown_page + 1 >= pages} onclick={go(shown_page + 1)}
                        data-testid="history-older">{ "Older" }</button>
                </nav>
            }
        </>
    }
}

/// The date and local time of an instant, `YYYY-MM-DD HH:MM`.
fn when(clock: Clock, at: i64) -> String {
    let local = at + i64::from(clock.offset_minutes) * 60_000;
    let minutes = local.rem_euclid(crate::progress::DAY_MS) / 60_000;
    format!(
        "{} {:02}:{:02}",
        date(clock.day(at)),
        minutes / 60,
        minutes % 60
    )
}
