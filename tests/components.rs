//! Components rendered natively with Yew's server renderer (STYLE rule 15).

mod util;

use boardroom::app::{PracticeAction, PracticeState};
use boardroom::components::{CardView, CardViewProps, ScorePanel, ScorePanelProps};
use boardroom::rubric::score;
use std::rc::Rc;
use yew::LocalServerRenderer;

#[tokio::test]
async fn card_view_shows_audience_context_and_prompt() {
    let props = CardViewProps {
        card: Rc::new(util::card()),
    };
    let html = LocalServerRenderer::<CardView>::with_props(props)
        .hydratable(false)
        .render()
        .await;
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
async fn score_panel_explains_the_report() {
    let answer = "We onboard customers in two weeks, but refactor first.";
    let report = Rc::new(score(&util::card(), answer));
    let props = ScorePanelProps {
        report,
        answer: answer.into(),
        heading_ref: Default::default(),
    };
    let html = LocalServerRenderer::<ScorePanel>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-testid="total">30<"#), "{html}");
    assert!(html.contains("Opportunity"), "{html}");
    assert!(html.contains("you said “onboard”"), "{html}");
    assert!(html.contains("What breaks?"), "{html}");
    assert!(html.contains("Jargon to drop"), "{html}");
    assert!(
        html.contains(r#"width="100""#),
        "a full opportunity bar: {html}"
    );
}

#[tokio::test]
async fn deck_text_is_escaped_not_rendered_as_html() {
    let mut card = util::card();
    card.title = "<script>alert(1)</script>".into();
    let html = LocalServerRenderer::<CardView>::with_props(CardViewProps {
        card: Rc::new(card),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

#[test]
fn practice_state_scores_retries_and_skips_no_ops() {
    let start = Rc::new(PracticeState::new(Rc::new(util::card())));
    let same = start.clone().apply(PracticeAction::Retry);
    assert!(
        Rc::ptr_eq(&start, &same),
        "retry with nothing to clear is a no-op"
    );

    let empty = start.clone().apply(PracticeAction::Score("  ".into()));
    assert!(empty.report.is_none());
    assert!(empty.notice.is_some());
    assert!(Rc::ptr_eq(
        &empty,
        &empty.clone().apply(PracticeAction::Score(String::new()))
    ));

    let scored = empty.apply(PracticeAction::Score("We onboard customers.".into()));
    assert_eq!(scored.report.as_ref().map(|r| r.total), Some(30));
    assert_eq!(scored.notice, None);
    assert_eq!(scored.scored_answer, "We onboard customers.");

    let retried = scored.apply(PracticeAction::Retry);
    assert!(retried.report.is_none());
}
