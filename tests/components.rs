//! Components rendered natively with Yew's server renderer (STYLE rule 15).

mod util;

use boardroom::app::{PracticeAction, PracticeState};
use boardroom::components::{
    QrCode, QrCodeProps, ScorePanel, ScorePanelProps, TrendChartProps, card_view, deck_wait,
    live_score, qr_path, trend_chart,
};
use boardroom::progress::DayPoint;
use boardroom::rubric::score;
use boardroom::studio::Have;
use std::rc::Rc;
use yew::{Callback, Html, LocalServerRenderer, Properties, component, html};

/// What a plain view function drew, to render it as a component would be.
#[derive(Properties, PartialEq)]
struct ShownProps {
    html: Html,
}

#[component]
fn Shown(props: &ShownProps) -> Html {
    props.html.clone()
}

/// The HTML text of `html`, a plain view function's output, from Yew's server renderer.
async fn render(html: Html) -> String {
    LocalServerRenderer::<Shown>::with_props(ShownProps { html })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn card_view_shows_audience_context_and_prompt() {
    let html = render(card_view(&util::card())).await;
    assert!(html.contains("Refactor the gateway"), "{html}");
    assert!(html.contains("VP of Sales"), "{html}");
    assert!(html.contains("Sales asks why."), "{html}");
    assert!(
        html.contains("We need to refactor the API gateway."),
        "{html}"
    );
    assert!(html.contains("Medium"), "{html}");
}

#[tokio::test]
async fn score_panel_names_the_opposite_of_a_point_made_by_a_denial() {
    let card = boardroom::rubric::draft(
        "In a binary tree, what is a leaf node?",
        "A leaf is a node that has no children.",
    );
    let answer = "A leaf is a node that has two children.";
    let props = ScorePanelProps {
        report: Rc::new(score(&card, answer)),
        answer: answer.into(),
        model_answer: card.model_answer.clone().into(),
        heading_ref: Default::default(),
        compact: false,
        actions: Html::default(),
    };
    let html = LocalServerRenderer::<ScorePanel>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(
        html.contains(
            "You said “children” as something that is there: the point is that it is not."
        ),
        "{html}"
    );
}

#[tokio::test]
async fn the_compact_score_panel_puts_bars_the_best_tip_and_the_way_on_before_the_rest() {
    let answer = "We onboard customers in two weeks, but refactor first.";
    let report = Rc::new(score(&util::card(), answer));
    let best = report.tips[0].text.clone();
    let props = ScorePanelProps {
        report,
        answer: answer.into(),
        model_answer: "The model answer.".into(),
        heading_ref: Default::default(),
        compact: true,
        actions: html! { <button data-testid="next-round">{ "Start round 2" }</button> },
    };
    let html = LocalServerRenderer::<ScorePanel>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(
        !html.contains(r#"data-testid="total""#),
        "the page's heading has the score: {html}"
    );
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {html}"))
    };
    assert!(at("dimension-bars") < at(&best), "{html}");
    assert!(at(&best) < at("Start round 2"), "{html}");
    assert!(at("Start round 2") < at("more-feedback"), "{html}");
    assert!(at("more-feedback") < at("highlighted-answer"), "{html}");
    assert!(at("more-feedback") < at("Show the model answer"), "{html}");
}

#[tokio::test]
async fn score_panel_explains_the_report() {
    let answer = "We onboard customers in two weeks, but refactor first.";
    let report = Rc::new(score(&util::card(), answer));
    let props = ScorePanelProps {
        report,
        answer: answer.into(),
        model_answer: "The model answer.".into(),
        heading_ref: Default::default(),
        compact: false,
        actions: Html::default(),
    };
    let html = LocalServerRenderer::<ScorePanel>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-testid="total">41<"#), "{html}");
    assert!(html.contains("Opportunity"), "{html}");
    assert!(html.contains("you said “onboard”"), "{html}");
    assert!(html.contains("What breaks?"), "{html}");
    assert!(html.contains("Jargon to drop"), "{html}");
    // The answer is shown with its marks, each explained in text.
    assert!(
        html.contains(r#"<mark class="mark opportunity">onboard<span class="visually-hidden"> (opportunity: More customers)</span></mark>"#),
        "{html}"
    );
    assert!(html.contains("(jargon, try “restructure”)"), "{html}");
    assert!(html.contains("a number"), "{html}");
    assert!(html.contains("Show the model answer"), "{html}");
    assert!(
        html.contains(r#"width="100""#),
        "a full opportunity bar: {html}"
    );
}

#[tokio::test]
async fn deck_text_is_escaped_not_rendered_as_html() {
    let mut card = util::card();
    card.title = "<script>alert(1)</script>".into();
    let html = render(card_view(&card)).await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

/// The action the practice screen sends when `answer` is scored on the demo card.
fn score_action(answer: &str) -> PracticeAction {
    PracticeAction::Score(answer.into(), Rc::new(score(&util::card(), answer)))
}

#[test]
fn practice_state_scores_retries_and_skips_no_ops() {
    let start = Rc::new(PracticeState::new(Rc::new(util::card())));
    let same = start.clone().apply(PracticeAction::Retry);
    assert!(
        Rc::ptr_eq(&start, &same),
        "retry with nothing to clear is a no-op"
    );

    let empty = start.clone().apply(score_action("  "));
    assert!(empty.report.is_none());
    assert!(empty.notice.is_some());
    assert!(Rc::ptr_eq(&empty, &empty.clone().apply(score_action(""))));

    let scored = empty.apply(score_action("We onboard customers."));
    assert_eq!(scored.report.as_ref().map(|r| r.total), Some(41));
    assert_eq!(scored.notice, None);
    assert_eq!(scored.scored_answer, "We onboard customers.");

    let retried = scored.apply(PracticeAction::Retry);
    assert!(retried.report.is_none());
}

#[test]
fn practice_state_flags_once_and_only_a_shown_score() {
    let start = Rc::new(PracticeState::new(Rc::new(util::card())));
    let unscored = start.clone().apply(PracticeAction::Flagged);
    assert!(Rc::ptr_eq(&start, &unscored), "nothing to flag yet");
    let scored = start.apply(score_action("We onboard customers."));
    let flagged = scored.clone().apply(PracticeAction::Flagged);
    assert!(flagged.flagged);
    let again = flagged.clone().apply(score_action("We onboard customers."));
    assert!(
        Rc::ptr_eq(&flagged, &again),
        "the same answer again changes nothing"
    );
    let retried = flagged.apply(PracticeAction::Retry);
    assert!(!retried.flagged && retried.report.is_none());
}

#[tokio::test]
async fn live_score_keeps_its_place_before_and_while_typing() {
    let report = score(&util::card(), "We onboard customers.");
    let empty = render(live_score(None)).await;
    assert!(empty.contains("will show here as you type"), "{empty}");
    let typing = render(live_score(Some(&report))).await;
    assert!(
        typing.contains(r#"data-testid="live-total">41<"#),
        "{typing}"
    );
    assert!(typing.contains("Opportunity 100"), "{typing}");
}

#[tokio::test]
async fn trend_chart_draws_the_line_and_says_it_in_words() {
    let props = TrendChartProps {
        title: "Risk".into(),
        class: "risk".into(),
        points: vec![
            DayPoint {
                day: 20_770,
                value: 40.0,
            },
            DayPoint {
                day: 20_779,
                value: 72.5,
            },
        ],
        last_day: 20_779,
        days: 30,
    };
    let html = render(trend_chart(&props)).await;
    assert!(
        html.contains(r#"<path d="M225.9 70.8 L314.0 35.7""#),
        "{html}"
    );
    assert_eq!(html.matches("<circle").count(), 2, "{html}");
    assert!(
        html.contains("Risk: 2 days practised in the last 30; 40 on 2026-11-13, 72 on 2026-11-22."),
        "{html}"
    );
}

#[test]
fn the_answer_box_addresses_the_audience_once() {
    use boardroom::deck::addressee;
    assert_eq!(addressee("CFO"), "the CFO");
    assert_eq!(addressee("VP of Sales"), "the VP of Sales");
    assert_eq!(addressee("a customer"), "a customer");
    assert_eq!(addressee("The board"), "The board");
}

#[tokio::test]
async fn answer_box_addresses_the_audience_and_says_what_its_button_does() {
    use boardroom::components::{AnswerBoxProps, Submit, answer_box};
    let render = |audience: &'static str, value: String, submit: Submit| {
        render(answer_box(&AnswerBoxProps {
            value: value.into(),
            audience: audience.into(),
            guide: 40,
            on_input: Default::default(),
            on_submit: Default::default(),
            node_ref: Default::default(),
            submit,
        }))
    };
    let html = render("the board", String::new(), Submit::Score).await;
    assert!(html.contains("What would you say to the board?"), "{html}");
    assert!(html.contains(">Score</button>"), "{html}");
    let long = "word ".repeat(5_000);
    let sent = render("CFO", long.clone(), Submit::Send).await;
    assert!(sent.contains("What would you say to the CFO?"), "{sent}");
    assert!(
        sent.contains(">Send</button>") && sent.contains("are scored and sent."),
        "{sent}"
    );
    let revealed = render("CFO", long, Submit::Reveal).await;
    assert!(revealed.contains(">Reveal</button>"), "{revealed}");
    assert!(
        revealed.contains("are scored.") && !revealed.contains("sent"),
        "the group's answer is not sent anywhere: {revealed}"
    );
}

/// The banners, drawn inside a component so the server renderer can draw them.
#[yew::component]
fn Banners() -> yew::Html {
    use boardroom::components::{Undo, banner, undo_slot};
    use yew::{Callback, html};
    let undo = Undo {
        message: "Deleted “Sales”.",
        on_undo: Callback::noop(),
        on_dismiss: Callback::noop(),
    };
    html! {
        <>
            { banner("decks-notice".into(), true, "Your decks could not be saved.", html! { <button>{ "Dismiss" }</button> }) }
            { undo_slot("deck-undo", Some(undo)) }
            { undo_slot("undo", None) }
        </>
    }
}

#[tokio::test]
async fn banners_say_what_happened_and_keep_their_live_region() {
    let html = LocalServerRenderer::<Banners>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-testid="decks-notice""#), "{html}");
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("Your decks could not be saved."), "{html}");
    assert!(html.contains(r#"data-testid="deck-undo-notice""#), "{html}");
    assert!(html.contains(r#"data-testid="deck-undo""#), "{html}");
    assert!(html.contains("Deleted “Sales”."), "{html}");
    // The empty slot is still there, so the next undo offered is announced.
    assert_eq!(html.matches(r#"role="status""#).count(), 2, "{html}");
    assert!(!html.contains(r#"data-testid="undo-notice""#), "{html}");
}

#[tokio::test]
async fn deck_wait_says_a_deck_is_coming_or_why_it_is_not_with_a_retry() {
    let deck = util::deck();
    let outline = deck.outline();
    let retry = Callback::noop();
    let coming = render(deck_wait(Have::Coming(&outline), &retry)).await;
    assert!(coming.contains("deck-coming"), "{coming}");
    assert!(coming.contains("role=\"status\""), "{coming}");
    assert!(
        coming.contains(&format!("Loading the deck “{}”…", outline.title)),
        "{coming}"
    );
    let failed = render(deck_wait(
        Have::Failed(&outline, "It could not be loaded."),
        &retry,
    ))
    .await;
    assert!(failed.contains("role=\"alert\""), "{failed}");
    assert!(failed.contains("It could not be loaded."), "{failed}");
    assert!(failed.contains("Try again"), "{failed}");
    assert!(
        !failed.contains("deck-coming"),
        "a failure does not hold the page: {failed}"
    );
    for done in [Have::Whole(&deck), Have::Unknown] {
        assert_eq!(render(deck_wait(done, &retry)).await, "", "{done:?}");
    }
}

#[tokio::test]
async fn a_qr_code_first_draws_a_blank_square_then_its_code_or_why_not() {
    // The first frame (all a server render draws: the effect that works out the code does not
    // run) holds the code's place, hidden from screen readers until it is there.
    let props = QrCodeProps {
        text: "http://127.0.0.1/#/play/join?deck=architecture".into(),
        label: "QR code of the join link".into(),
    };
    let first = LocalServerRenderer::<QrCode>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(first.contains(r#"class="qr""#), "{first}");
    assert!(first.contains(r#"aria-hidden="true""#), "{first}");
    assert!(!first.contains(r#"data-testid="qr""#), "{first}");
    // What the next task draws: a square code with its quiet margin, or nothing for a text
    // longer than any QR code holds.
    let (side, path) = qr_path("http://127.0.0.1/#/play/join?deck=architecture").unwrap();
    assert!(side > 21 + 8 && path.starts_with('M'), "{side} {path}");
    assert_eq!(qr_path(&"x".repeat(5_000)), None);
}
