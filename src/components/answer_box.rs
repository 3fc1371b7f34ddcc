//! The answer box: a labelled text area, its word count, and the Score button.

use crate::deck::{addressee, count};
use crate::rubric::{MAX_ANSWER_CHARS, scored_part};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// What [`answer_box`] draws.
pub struct AnswerBoxProps {
    /// The text in the box.
    pub value: AttrValue,
    /// Who the learner is talking to, for the label.
    pub audience: AttrValue,
    /// The card's length guide in words (see `rubric::length_guide`).
    pub guide: usize,
    /// Called with the new text on every edit.
    pub on_input: Callback<String>,
    /// Called when the learner asks for a score (button or Ctrl/Cmd+Enter).
    pub on_submit: Callback<()>,
    /// Focus target, so the page can return the learner here on retry.
    pub node_ref: NodeRef,
    /// What the button does: score the answer here, or, in a game, send it or reveal it.
    pub submit: Submit,
}

/// What the answer box's button does, which is also what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Submit {
    /// Score the answer on this screen (practice).
    #[default]
    Score,
    /// Send it to the game as this round's answer (a player's phone, the hot seat).
    Send,
    /// Reveal the room's agreed answer on the projector (group mode).
    Reveal,
}

impl Submit {
    /// The button's label.
    pub fn label(self) -> &'static str {
        match self {
            Submit::Score => "Score",
            Submit::Send => "Send",
            Submit::Reveal => "Reveal",
        }
    }

    /// Whether the answer leaves this box for the game's record.
    fn sends(self) -> bool {
        self == Submit::Send
    }
}

/// A text area that submits on Ctrl+Enter (Cmd+Enter on a Mac) and shows its word count. A
/// plain function, not a component: it keeps no state, and each component costs the wasm.
pub fn answer_box(props: &AnswerBoxProps) -> Html {
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(area.value());
        })
    };
    let on_keydown = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_submit.emit(());
            }
        })
    };
    let on_click = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |_: MouseEvent| on_submit.emit(()))
    };
    let words = props.value.split_whitespace().count();
    let (guide, long) = (props.guide, words > 2 * props.guide);
    let count = format!("{} of about {guide}", count(words, "word"));
    html! {
        <div class="answer-box">
            <label for="answer">{ format!("What would you say to {}?", addressee(&props.audience)) }</label>
            <textarea
                id="answer"
                data-testid="answer"
                rows="7"
                ref={props.node_ref.clone()}
                value={props.value.clone()}
                aria-describedby="answer-help"
                oninput={on_input}
                onkeydown={on_keydown}
            />
            <div class="answer-actions">
                // The count comes last, so its changing width moves nothing after it.
                <p id="answer-help" class="muted">
                    { format!("Ctrl+Enter to {} · ", props.submit.label().to_lowercase()) }
                    <span class={classes!("word-count", long.then_some("long"))} data-testid="word-count">{ count }</span>
                    if long {
                        { ": past twice that, length starts to cost points" }
                    }
                </p>
                <button type="button" class="primary" data-testid="score" onclick={on_click}>{ props.submit.label() }</button>
            </div>
            { limit_notice(&props.value, props.submit.sends()) }
        </div>
    }
}

/// When `answer` is a whole document pasted: the box keeps it all, and this says that only
/// its first [`MAX_ANSWER_CHARS`] characters are scored (and, in a game, `sent`).
pub fn limit_notice(answer: &str, sent: bool) -> Html {
    if scored_part(answer).len() == answer.len() {
        return Html::default();
    }
    html! {
        <p class="notice" role="status" data-testid="answer-limit">
            { format!(
                "This answer is {} characters: only the first {MAX_ANSWER_CHARS} (about 3,000 words) are scored{}. The rest stays in the box; an executive would want a few hundred words.",
                answer.chars().count(),
                if sent { " and sent" } else { "" },
            ) }
        </p>
    }
}
