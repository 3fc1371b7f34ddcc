//! `#/progress`: what the learner has done and how it is going — trends per dimension,
//! bests, due cards, history, flags — and the backup, import and reset of all of it.

use super::{Library, ProgressStore, Route, use_library, use_progress, use_title};
use crate::components::TrendChart;
use crate::deck::{Dimension, count};
use crate::progress::{
    Attempt, CardBest, Clock, ImportMode, Memory, Progress, Settings, best_per_card, date, decode,
    encode, flags_json, page, streak, trend, weakest,
};
use crate::services::{clock, files};
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
    let bests = Rc::new(best_per_card(&progress.attempts));
    html! {
        <section class="page progress" data-testid="progress">
            <h1>{ "Your progress" }</h1>
            <Summary library={library.clone()} progress={progress.clone()} {clock} bests={bests.clone()} />
            <Streaks progress={progress.clone()} context={context.clone()} {clock} />
            <h2>{ "Trends" }</h2>
            <div class="trends">
                <TrendChart title="Overall" class="total" days={TREND_DAYS} last_day={clock.today()}
                    points={trend(&progress.attempts, clock, None, TREND_DAYS)} />
                { for Dimension::ALL.into_iter().map(|d| html! {
                    <TrendChart title={d.title()} class={d.as_str()} days={TREND_DAYS} last_day={clock.today()}
                        points={trend(&progress.attempts, clock, Some(d), TREND_DAYS)} />
                }) }
            </div>
            <Bests library={library.clone()} progress={progress.clone()} {clock} {bests} />
            <History library={library.clone()} progress={progress.clone()} {clock} />
            <Flags library={library.clone()} progress={progress.clone()} context={context.clone()} {clock} />
            <Backup {progress} {context} {clock} />
        </section>
    }
}

/// A card's title from the library, or its ids when the deck no longer has it.
fn title_of(library: &Library, deck: &str, card: &str) -> String {
    library
        .card(deck, card)
        .map(|(d, index)| d.cards[index].title.clone())
        .unwrap_or_else(|| format!("{deck}/{card}"))
}

fn card_link(library: &Library, deck: &str, card: &str) -> Html {
    let known = library.card(deck, card).is_some();
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
#[component]
fn Summary(props: &SectionProps) -> Html {
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
#[component]
fn Streaks(props: &ContextProps) -> Html {
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
#[component]
fn Bests(props: &SectionProps) -> Html {
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

#[derive(Properties, PartialEq)]
struct FlagsProps {
    library: Library,
    progress: Rc<Progress>,
    context: ProgressStore,
    clock: Clock,
}

/// Flagged scores, exportable for deck authors, each deletable (with undo).
#[component]
fn Flags(props: &FlagsProps) -> Html {
    let flags = &props.progress.flags;
    let error = use_state(|| None::<String>);
    if flags.is_empty() {
        return html! {
            <>
                <h2>{ "Flagged scores" }</h2>
                <p class="muted" data-testid="no-flags">
                    { "None yet. When a score seems too low, flag it after scoring: it is kept here for the deck's author." }
                </p>
            </>
        };
    }
    let clock = props.clock;
    let export = {
        let (flags, error) = (flags.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("boardroom-flags-{}.json", date(clock.today()));
            error.set(files::download(&name, &flags_json(&flags), "application/json").err());
        })
    };
    html! {
        <>
            <h2>{ "Flagged scores" }</h2>
            <ul class="flags" data-testid="flags">
                { for flags.iter().enumerate().map(|(i, f)| {
                    let context = props.context.clone();
                    let remove = Callback::from(move |_: MouseEvent| context.remove_flag(i));
                    html! {
                        <li>
                            <p>
                                <strong>{ card_link(&props.library, &f.deck, &f.card) }</strong>
                                { format!(" — scored {} on {}", f.total, date(clock.day(f.at))) }
                            </p>
                            if !f.note.is_empty() {
                                <p>{ "Your note: " }<q>{ &f.note }</q></p>
                            }
                            <blockquote><p>{ &f.answer }</p></blockquote>
                            <button type="button" onclick={remove}
                                aria-label={format!("Delete the flag on {}", title_of(&props.library, &f.deck, &f.card))}>
                                { "Delete" }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p><button type="button" onclick={export} data-testid="export-flags">{ "Export flags (JSON)" }</button></p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
        </>
    }
}

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Reading,
    /// Read and valid: merge or replace?
    Ask(Rc<Progress>, String),
    Failed(String),
    Done(String),
}

/// Export, import (merge or replace, asked) and reset (confirmed, undoable).
#[component]
fn Backup(props: &ContextProps) -> Html {
    let import = use_state(|| Import::Idle);
    let confirm_reset = use_state(|| false);
    let export_error = use_state(|| None::<String>);
    let progress = &props.progress;

    let export = {
        let (progress, export_error, clock) = (progress.clone(), export_error.clone(), props.clock);
        Callback::from(move |_: MouseEvent| {
            let name = format!("boardroom-progress-{}.json", date(clock.today()));
            export_error.set(files::download(&name, &encode(&progress), "application/json").err());
        })
    };
    let on_file = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be picked again after a failure.
            input.set_value("");
            let import = import.clone();
            import.set(Import::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let outcome = match files::read(file, files::MAX_BACKUP_MB, "a backup").await {
                    Err(message) => Import::Failed(message),
                    Ok(text) => match decode(&text) {
                        Ok(backup) => Import::Ask(Rc::new(backup), name),
                        Err(error) => {
                            Import::Failed(format!("“{name}” could not be imported: {error}."))
                        }
                    },
                };
                import.set(outcome);
            });
        })
    };
    let apply = |mode: ImportMode| {
        let (import, context) = (import.clone(), props.context.clone());
        Callback::from(move |_: MouseEvent| {
            if let Import::Ask(backup, name) = &*import {
                let count = backup.attempts.len();
                context.import(backup.clone(), mode);
                let how = match mode {
                    ImportMode::Merge => "merged into your progress",
                    ImportMode::Replace => "now your progress",
                };
                import.set(Import::Done(format!(
                    "“{name}” ({count} answers) is {how}."
                )));
            }
        })
    };
    let cancel_import = {
        let import = import.clone();
        Callback::from(move |_: MouseEvent| import.set(Import::Idle))
    };
    let ask_reset = {
        let confirm_reset = confirm_reset.clone();
        Callback::from(move |_: MouseEvent| confirm_reset.set(true))
    };
    let reset = {
        let (confirm_reset, context) = (confirm_reset.clone(), props.context.clone());
        Callback::from(move |_: MouseEvent| {
            context.reset();
            confirm_reset.set(false);
        })
    };
    let cancel_reset = {
        let confirm_reset = confirm_reset.clone();
        Callback::from(move |_: MouseEvent| confirm_reset.set(false))
    };

    html! {
        <>
            <h2>{ "Backup" }</h2>
            <p>{ "Your progress lives only in this browser. Export it to keep a copy or move it to another browser." }</p>
            <p class="backup-actions">
                <button type="button" onclick={export} data-testid="export">{ "Export progress" }</button>
                <label class="button" for="import-file">{ "Import progress…" }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    onchange={on_file} data-testid="import-file" />
            </p>
            if let Some(message) = &*export_error {
                <p class="error" role="alert">{ message }</p>
            }
            <div role="status" data-testid="import-status">
                { match &*import {
                    Import::Idle => Html::default(),
                    Import::Reading => html! { <p>{ "Reading the file…" }</p> },
                    Import::Done(message) => html! { <p class="notice">{ message }</p> },
                    Import::Failed(_) | Import::Ask(..) => Html::default(),
                } }
            </div>
            if let Import::Failed(message) = &*import {
                <p class="error" role="alert" data-testid="import-error">{ message }</p>
            }
            if let Import::Ask(backup, name) = &*import {
                <div class="confirm" role="group" aria-labelledby="import-question" data-testid="import-ask">
                    <p id="import-question">
                        { format!(
                            "“{name}” holds {} answers and {} flags. Merge them into your progress ({} answers here now), or replace your progress with them?",
                            backup.attempts.len(), backup.flags.len(), progress.attempts.len()
                        ) }
                    </p>
                    <p class="form-actions">
                        <button type="button" class="primary" onclick={apply(ImportMode::Merge)} data-testid="import-merge">{ "Merge" }</button>
                        <button type="button" onclick={apply(ImportMode::Replace)} data-testid="import-replace">{ "Replace" }</button>
                        <button type="button" onclick={cancel_import}>{ "Cancel" }</button>
                    </p>
                </div>
            }
            <h2>{ "Start over" }</h2>
            if *confirm_reset {
                <div class="confirm" role="group" aria-labelledby="reset-question" data-testid="reset-ask">
                    <p id="reset-question">
                        { format!(
                            "Delete {} answers, {} flags and your practice settings from this browser? You can undo it until you leave the page.",
                            progress.attempts.len(), progress.flags.len()
                        ) }
                    </p>
                    <p class="form-actions">
                        <button type="button" class="danger" onclick={reset} data-testid="reset-confirm">{ "Delete everything" }</button>
                        <button type="button" onclick={cancel_reset}>{ "Cancel" }</button>
                    </p>
                </div>
            } else {
                <p>
                    <button type="button" onclick={ask_reset} disabled={**progress == Progress::default()}
                        data-testid="reset">{ "Reset everything…" }</button>
                </p>
            }
        </>
    }
}
