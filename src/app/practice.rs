//! The practice loop: card → answer (with live feedback) → score → retry, flag or next card.
//! `#/practice` sends the learner to the card the scheduler picks.

mod state;

pub use state::{PracticeAction, PracticeState};

use super::rubric::{begun, use_card_rubric};
use super::{Library, Route, use_deck, use_library, use_progress, use_title};
use crate::components::{
    AnswerBoxProps, Countdown, FlagForm, PracticeSettings, ScorePanel, Submit, answer_box,
    card_view, deck_wait, live_score,
};
use crate::deck::{Card, Deck};
use crate::progress::{Attempt, Clock, Flag, Memory, Progress, Settings, date, pick};
use crate::rubric::scored_part;
use crate::services::clock;
use crate::studio::Have;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// Properties of [`PracticePage`].
#[derive(Properties, PartialEq)]
pub struct PracticePageProps {
    /// The deck id from the route; the scheduler's pick when absent.
    #[prop_or_default]
    pub deck: Option<AttrValue>,
    /// The card id from the route; the scheduler's pick when absent.
    #[prop_or_default]
    pub card: Option<AttrValue>,
}

/// The route of a picked card.
fn route_of(deck: &str, card: &str) -> Route {
    Route::PracticeCard {
        deck: deck.to_owned(),
        card: card.to_owned(),
    }
}

/// Shows the card a route names; `#/practice` moves on to the scheduler's pick.
#[component]
pub fn PracticePage(props: &PracticePageProps) -> Html {
    let library = use_library();
    let retry = use_deck(props.deck.as_ref().map(AttrValue::to_string));
    let progress = use_progress()
        .map(|p| p.progress.clone())
        .unwrap_or_default();
    let (Some(deck), Some(card)) = (&props.deck, &props.card) else {
        return html! { <PickNext {library} {progress} /> };
    };
    if let have @ (Have::Coming(outline) | Have::Failed(outline, _)) = library.have(deck) {
        let title = outline
            .cards
            .iter()
            .find(|c| c.id == **card)
            .map_or("Practice", |c| c.title.as_str());
        return html! {
            <Titled title={AttrValue::from(title.to_owned())}>
                <section class="page practice">{ deck_wait(have, &retry) }</section>
            </Titled>
        };
    }
    match find(&library, deck, card) {
        Ok((deck, index)) => {
            let card = &deck.cards[index];
            let memory = Memory::new(&progress.attempts);
            let clock = clock::now();
            let next = pick(
                &library,
                &memory,
                &progress.settings,
                clock,
                Some((&deck.id, &card.id)),
            )
            .card()
            .map(|(d, c)| route_of(&d.id, &c.id));
            let why = why_now(&memory, clock, deck, card);
            html! {
                <Titled title={card.title.clone()}>
                    <Practice
                        card={Rc::new(card.clone())}
                        deck_id={deck.id.clone()}
                        deck_title={deck.title.clone()}
                        {next}
                        {why}
                        settings={progress.settings.clone()}
                    />
                </Titled>
            }
        }
        Err(message) => html! {
            <Titled title="Card not found">
                <section class="page" data-testid="card-not-found">
                    <h1>{ "Card not found" }</h1>
                    <p role="alert">{ message }</p>
                    <p><Link<Route> to={Route::Home}>{ "Choose a deck on the home page" }</Link<Route>></p>
                </section>
            </Titled>
        },
    }
}

#[derive(Properties, PartialEq)]
struct TitledProps {
    title: AttrValue,
    children: Html,
}

/// Sets the page title around its children.
#[component]
fn Titled(props: &TitledProps) -> Html {
    use_title(&props.title);
    props.children.clone()
}

/// Why this card is up now, in words.
fn why_now(memory: &Memory, clock: Clock, deck: &Deck, card: &Card) -> AttrValue {
    match memory.get(&deck.id, &card.id) {
        None => "New card".into(),
        Some(recall) if recall.due <= clock.now => "Due for review".into(),
        Some(recall) => format!(
            "Not due until {}: practising ahead",
            date(clock.day(recall.due))
        )
        .into(),
    }
}

#[derive(Properties, PartialEq)]
struct PickNextProps {
    library: Library,
    progress: Rc<Progress>,
}

/// `#/practice`: shows the scheduler's pick and moves to its address, or says why there is none.
#[component]
fn PickNext(props: &PickNextProps) -> Html {
    use_title("Practice");
    let navigator = use_navigator();
    let memory = Memory::new(&props.progress.attempts);
    let choice = pick(
        &props.library,
        &memory,
        &props.progress.settings,
        clock::now(),
        None,
    );
    let target = choice.card().map(|(d, c)| route_of(&d.id, &c.id));
    use_effect_with(target.clone(), move |target| {
        if let (Some(target), Some(navigator)) = (target, navigator) {
            navigator.replace(target);
        }
    });
    // The pick is drawn at once, as its own address will draw it: a "finding" line first
    // would be replaced by the card a frame later, moving everything below it.
    if let Some((deck, card)) = choice.card() {
        let (deck, card) = (
            AttrValue::from(deck.id.clone()),
            AttrValue::from(card.id.clone()),
        );
        return html! { <PracticePage deck={Some(deck)} card={Some(card)} /> };
    }
    let message = if props.progress.settings.new_per_day == 0 {
        "No card is due, and new cards are set to none a day."
    } else {
        "No card matches what you chose to practise."
    };
    html! {
        <section class="page practice" data-testid="practice-pick">
            <h1>{ "Practice" }</h1>
            <p role="status">{ message }</p>
            <SettingsPanel settings={props.progress.settings.clone()} open=true />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SettingsPanelProps {
    settings: Settings,
    #[prop_or_default]
    open: bool,
}

/// The "what comes next" settings, saved with progress.
#[component]
fn SettingsPanel(props: &SettingsPanelProps) -> Html {
    let library = use_library();
    let progress = use_progress();
    let on_change = Callback::from(move |settings: Settings| {
        if let Some(progress) = &progress {
            progress.settings(settings);
        }
    });
    html! {
        <PracticeSettings settings={props.settings.clone()} {library} {on_change} open={props.open} />
    }
}

/// The deck and the index of the card a route names, or what is missing, in words.
fn find<'a>(library: &'a Library, deck: &str, card: &str) -> Result<(&'a Deck, usize), String> {
    library
        .card(deck, card)
        .ok_or_else(|| match library.get(deck) {
            None => format!("There is no deck called “{deck}”."),
            Some(found) => format!("The deck “{}” has no card called “{card}”.", found.title),
        })
}

#[derive(Properties, PartialEq)]
struct PracticeProps {
    card: Rc<Card>,
    deck_id: AttrValue,
    deck_title: AttrValue,
    next: Option<Route>,
    why: AttrValue,
    settings: Settings,
}

#[component]
fn Practice(props: &PracticeProps) -> Html {
    let state = use_reducer({
        let card = props.card.clone();
        move || PracticeState::new(card)
    });
    let progress = use_progress();
    // Why the card came up, as it stood when it was opened (scoring it changes the answer).
    let why = use_state(|| props.why.clone());
    let answer = use_state(String::new);
    let rubric = use_card_rubric(&props.card, begun(&answer));
    let answer_ref = use_node_ref();
    let heading_ref = use_node_ref();
    // The countdown runs until the learner scores; a retry starts it again.
    let countdown_round = use_state(|| 0u32);

    // Move focus to the feedback when it appears and back to the box when it goes.
    {
        let (answer_ref, heading_ref) = (answer_ref.clone(), heading_ref.clone());
        use_effect_with(state.report.is_some(), move |&shown| {
            let target = if shown { &heading_ref } else { &answer_ref };
            if let Some(el) = target.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    // Every score is recorded once, when it appears.
    {
        let (progress, deck, card) = (
            progress.clone(),
            props.deck_id.clone(),
            props.card.id.clone(),
        );
        use_effect_with(state.report.clone(), move |report| {
            if let (Some(report), Some(progress)) = (report, progress) {
                let attempt = Attempt::new(&deck, &card, clock::now().now, report);
                progress.record(attempt);
            }
        });
    }

    let on_input = {
        let answer = answer.clone();
        Callback::from(move |text: String| answer.set(text))
    };
    let on_submit = {
        let (state, answer, rubric) = (state.clone(), answer.clone(), rubric.clone());
        Callback::from(move |()| {
            let scored = scored_part(&answer);
            let report = Rc::new(rubric.get().score(scored));
            state.dispatch(PracticeAction::Score(scored.to_owned(), report));
        })
    };
    let on_retry = {
        let (state, countdown_round) = (state.clone(), countdown_round.clone());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(PracticeAction::Retry);
            countdown_round.set(*countdown_round + 1);
        })
    };
    let on_expire = on_submit.clone();
    let on_flag = {
        let (state, progress) = (state.clone(), progress.clone());
        let (deck, card) = (props.deck_id.clone(), props.card.id.clone());
        Callback::from(move |note: String| {
            let Some(report) = &state.report else { return };
            if let Some(progress) = &progress {
                progress.flag(Flag {
                    deck: deck.to_string(),
                    card: card.to_string(),
                    at: clock::now().now,
                    total: report.total,
                    answer: state.scored_answer.to_string(),
                    note,
                });
            }
            state.dispatch(PracticeAction::Flagged);
        })
    };

    // Nothing to score until the first word, and then until the rubric is compiled (a few tasks).
    let live = rubric.live(&answer);
    let scored_total = state.report.as_ref().map(|r| r.total);
    html! {
        <section class="page practice" data-testid="practice">
            <p class="muted deck-name">
                { &props.deck_title }{ " · " }<span data-testid="why">{ &*why }</span>
            </p>
            { card_view(&props.card) }
            if let Some(seconds) = props.settings.countdown {
                <Countdown
                    key={*countdown_round}
                    {seconds}
                    running={state.report.is_none()}
                    {on_expire}
                />
            }
            { answer_box(&AnswerBoxProps {
                value: AttrValue::from((*answer).clone()),
                audience: AttrValue::from(props.card.audience.clone()),
                guide: crate::rubric::length_guide(&props.card),
                on_input,
                on_submit,
                node_ref: answer_ref,
                submit: Submit::Score,
            }) }
            { live_score(live.as_ref()) }
            // Announced once per score, never per keystroke.
            <p class="visually-hidden" aria-live="polite" data-testid="announce">
                { scored_total.map(|t| format!("Scored {t} out of 100.")).unwrap_or_default() }
            </p>
            if let Some(notice) = state.notice {
                <p class="notice" role="status" data-testid="notice">{ notice }</p>
            }
            if let Some(report) = &state.report {
                <ScorePanel
                    report={report.clone()}
                    answer={state.scored_answer.clone()}
                    model_answer={AttrValue::from(props.card.model_answer.clone())}
                    {heading_ref}
                />
                <FlagForm flagged={state.flagged} {on_flag} />
                <div class="after-score">
                    <button type="button" data-testid="retry" onclick={on_retry}>{ "Try again" }</button>
                    if let Some(next) = &props.next {
                        <Link<Route> to={next.clone()} classes="button primary">{ "Next card" }</Link<Route>>
                    }
                </div>
            }
            <SettingsPanel settings={props.settings.clone()} />
        </section>
    }
}
