//! The practice loop: card → answer → feedback → retry or next card.

use super::{Route, use_library, use_title};
use crate::components::{AnswerBox, CardView, ScorePanel};
use crate::deck::{Card, Deck};
use crate::rubric::{Report, score};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the practice screen knows beyond the text being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeState {
    /// The card being practised.
    pub card: Rc<Card>,
    /// The feedback for the last scored answer, until the learner retries.
    pub report: Option<Rc<Report>>,
    /// The answer `report` is about (the box may have changed since).
    pub scored_answer: AttrValue,
    /// A message for the learner when there is nothing to score.
    pub notice: Option<&'static str>,
}

/// What the learner can do on the practice screen.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeAction {
    /// Score this answer.
    Score(String),
    /// Put the feedback away and try the card again.
    Retry,
}

/// Shown when Score is pressed on an empty box.
pub const EMPTY_NOTICE: &str = "Write what you would say first, then press Score.";

impl PracticeState {
    /// A fresh attempt at `card`.
    pub fn new(card: Rc<Card>) -> Self {
        PracticeState {
            card,
            report: None,
            scored_answer: AttrValue::default(),
            notice: None,
        }
    }

    /// The state after `action`; the same `Rc` when nothing changes, so Yew skips the render.
    pub fn apply(self: Rc<Self>, action: PracticeAction) -> Rc<Self> {
        match action {
            PracticeAction::Score(answer) if answer.trim().is_empty() => {
                if self.notice == Some(EMPTY_NOTICE) && self.report.is_none() {
                    return self;
                }
                Rc::new(PracticeState {
                    report: None,
                    notice: Some(EMPTY_NOTICE),
                    ..(*self).clone()
                })
            }
            PracticeAction::Score(answer) => {
                let report = score(&self.card, &answer);
                Rc::new(PracticeState {
                    card: self.card.clone(),
                    report: Some(Rc::new(report)),
                    scored_answer: answer.into(),
                    notice: None,
                })
            }
            PracticeAction::Retry if self.report.is_none() && self.notice.is_none() => self,
            PracticeAction::Retry => Rc::new(PracticeState {
                report: None,
                notice: None,
                ..(*self).clone()
            }),
        }
    }
}

impl Reducible for PracticeState {
    type Action = PracticeAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        self.apply(action)
    }
}

/// Properties of [`PracticePage`].
#[derive(Properties, PartialEq)]
pub struct PracticePageProps {
    /// The deck id from the route; the first deck when absent.
    #[prop_or_default]
    pub deck: Option<AttrValue>,
    /// The card id from the route; the deck's first card when absent.
    #[prop_or_default]
    pub card: Option<AttrValue>,
}

/// Finds the card to practise, or says why there is none.
#[component]
pub fn PracticePage(props: &PracticePageProps) -> Html {
    let library = use_library();
    let (title, body) = match find(&library, props.deck.as_deref(), props.card.as_deref()) {
        Ok((deck, index)) => {
            let card = &deck.cards[index];
            let next = (deck.cards.len() > 1).then(|| Route::PracticeCard {
                deck: deck.id.clone(),
                card: deck.cards[(index + 1) % deck.cards.len()].id.clone(),
            });
            let body = html! {
                <Practice card={Rc::new(card.clone())} {next} deck_title={deck.title.clone()} />
            };
            (card.title.as_str(), body)
        }
        Err(message) => (
            "Card not found",
            html! {
                <section class="page" data-testid="card-not-found">
                    <h1>{ "Card not found" }</h1>
                    <p role="alert">{ message }</p>
                    <p><Link<Route> to={Route::Home}>{ "Choose a deck on the home page" }</Link<Route>></p>
                </section>
            },
        ),
    };
    use_title(title);
    body
}

/// The deck and the index of the card a route names.
fn find<'a>(
    decks: &'a [Deck],
    deck: Option<&str>,
    card: Option<&str>,
) -> Result<(&'a Deck, usize), String> {
    let found = match deck {
        Some(id) => decks
            .iter()
            .find(|d| d.id == id)
            .ok_or_else(|| format!("There is no deck called “{id}”."))?,
        None => decks.first().ok_or("No decks are installed.")?,
    };
    let index = match card {
        Some(id) => found
            .cards
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(|| format!("The deck “{}” has no card called “{id}”.", found.title))?,
        None => 0,
    };
    Ok((found, index))
}

#[derive(Properties, PartialEq)]
struct PracticeProps {
    card: Rc<Card>,
    deck_title: AttrValue,
    next: Option<Route>,
}

#[component]
fn Practice(props: &PracticeProps) -> Html {
    let state = use_reducer({
        let card = props.card.clone();
        move || PracticeState::new(card)
    });
    let answer = use_state(String::new);
    let answer_ref = use_node_ref();
    let heading_ref = use_node_ref();

    // Move focus to the feedback when it appears and back to the box when it goes.
    {
        let (answer_ref, heading_ref) = (answer_ref.clone(), heading_ref.clone());
        use_effect_with(state.report.clone(), move |report| {
            let target = if report.is_some() {
                &heading_ref
            } else {
                &answer_ref
            };
            if let Some(el) = target.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }

    let on_input = {
        let answer = answer.clone();
        Callback::from(move |text: String| answer.set(text))
    };
    let on_submit = {
        let (state, answer) = (state.clone(), answer.clone());
        Callback::from(move |()| state.dispatch(PracticeAction::Score((*answer).clone())))
    };
    let on_retry = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(PracticeAction::Retry))
    };

    html! {
        <section class="page practice" data-testid="practice">
            <p class="muted deck-name">{ &props.deck_title }</p>
            <CardView card={props.card.clone()} />
            <AnswerBox
                value={AttrValue::from((*answer).clone())}
                audience={AttrValue::from(props.card.audience.clone())}
                {on_input}
                {on_submit}
                node_ref={answer_ref}
            />
            if let Some(notice) = state.notice {
                <p class="notice" role="status" data-testid="notice">{ notice }</p>
            }
            if let Some(report) = &state.report {
                <ScorePanel report={report.clone()} answer={state.scored_answer.clone()} {heading_ref} />
                <div class="after-score">
                    <button type="button" data-testid="retry" onclick={on_retry}>{ "Try again" }</button>
                    if let Some(next) = &props.next {
                        <Link<Route> to={next.clone()} classes="button">{ "Next card" }</Link<Route>>
                    }
                </div>
            }
        </section>
    }
}
