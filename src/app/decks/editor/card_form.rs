//! The studio's form for the chosen card: its fields, "Draft from model answer", its concepts
//! and its example answers.

use crate::components::{field as field_box, field_id, problem_note, select_box, text_box};
use crate::deck::{Dimension, Expect};
use crate::studio::{CardField, ConceptField, Field, FieldProblem, Studio, StudioAction};
use yew::prelude::*;

/// What drafting the rubric needs from the page.
pub struct Drafting {
    /// Whether a draft is waiting for the thesaurus.
    pub busy: bool,
    /// Asks for the draft.
    pub on_draft: Callback<MouseEvent>,
}

/// The problem the checker found at `path`, if any.
pub(super) fn problem<'a>(problems: &'a [FieldProblem], path: &str) -> Option<&'a str> {
    problems
        .iter()
        .find(|p| p.field == path)
        .map(|p| p.message.as_str())
}

/// What the control for `field` reports: its value, as [`StudioAction::Set`]. One closure
/// for every control, so the wasm holds one copy of it.
fn typed(act: &Callback<StudioAction>, field: Field) -> Callback<String> {
    act.reform(move |value| StudioAction::Set(field, value))
}

/// One labelled text field for `field` on the chosen card `card`.
pub(super) fn text_field(
    act: &Callback<StudioAction>,
    problems: &[FieldProblem],
    (field, card): (Field, usize),
    label: &str,
    value: &str,
    rows: u32,
) -> Html {
    let path = field.path(card);
    let id = field_id(&path);
    let found = problem(problems, &path);
    field_box(
        &id,
        label,
        text_box(&id, value, rows, found, typed(act, field)),
        found,
    )
}

/// One labelled drop-down for `field` on the chosen card `card`.
fn select_field(
    act: &Callback<StudioAction>,
    problems: &[FieldProblem],
    (field, card): (Field, usize),
    label: &str,
    options: &[(&str, &str)],
    selected: &str,
) -> Html {
    let path = field.path(card);
    let id = field_id(&path);
    let control = select_box(&id, options, selected, typed(act, field));
    field_box(&id, label, control, problem(problems, &path))
}

/// The deck's card `studio.selected()` as a form (nothing when the deck has no card).
pub fn card_form(
    studio: &Studio,
    problems: &[FieldProblem],
    act: &Callback<StudioAction>,
    drafting: Drafting,
) -> Html {
    let selected = studio.selected();
    let Some(card) = studio.draft.cards.get(selected) else {
        return Html::default();
    };
    let count = studio.draft.cards.len();
    let on = |action: StudioAction| act.reform(move |_: MouseEvent| action.clone());
    let card_text = |key: CardField, label: &str, value: &str, rows: u32| {
        text_field(
            act,
            problems,
            (Field::Card(key), selected),
            label,
            value,
            rows,
        )
    };
    let levels = [("1", "1 · easy"), ("2", "2 · medium"), ("3", "3 · hard")];
    let difficulty = select_field(
        act,
        problems,
        (Field::Card(CardField::Difficulty), selected),
        "Difficulty",
        &levels,
        &card.difficulty.to_string(),
    );
    let dimensions: Vec<(&str, &str)> = Dimension::ALL
        .into_iter()
        .map(|d| (d.as_str(), d.title()))
        .collect();
    let concepts = card.concepts.iter().enumerate().map(|(k, concept)| {
        let concept_text = |key: ConceptField, label: &str, value: &str, rows: u32| {
            text_field(act, problems, (Field::Concept(k, key), selected), label, value, rows)
        };
        let dimension = select_field(
            act,
            problems,
            (Field::Concept(k, ConceptField::Dimension), selected),
            "Dimension",
            &dimensions,
            concept.dimension.as_str(),
        );
        html! {
            <fieldset class={classes!("concept", concept.dimension.as_str())} data-testid="concept">
                <legend>{ format!("Concept {}", k + 1) }</legend>
                { dimension }
                { concept_text(ConceptField::Label, "Label: the idea in a few words", &concept.label, 1) }
                { concept_text(ConceptField::Terms, "Words that show it, one per line (a trailing * matches any ending)", &concept.terms, 3) }
                { concept_text(ConceptField::Weight, "Weight (1 to 10)", &concept.weight, 1) }
                { concept_text(ConceptField::Hint, "Hint shown when it is missed", &concept.hint, 1) }
                <button type="button" class="danger" onclick={on(StudioAction::RemoveConcept(k))}>{ format!("Remove concept {}", k + 1) }</button>
            </fieldset>
        }
    });
    let bands = [
        (Expect::Low.as_str(), "low (under 35)"),
        (Expect::Mid.as_str(), "mid (35 to 70)"),
        (Expect::High.as_str(), "high (over 70)"),
    ];
    let examples = card.examples.iter().enumerate().map(|(k, example)| {
        let answer = (Field::ExampleAnswer(k), selected);
        let expect = (Field::ExampleExpect(k), selected);
        html! {
            <fieldset class="example">
                <legend>{ format!("Example answer {}", k + 1) }</legend>
                { text_field(act, problems, answer, "Answer", &example.answer, 2) }
                { select_field(act, problems, expect, "Must score", &bands, example.expect.as_str()) }
                <button type="button" onclick={on(StudioAction::RemoveExample(k))}>{ format!("Remove example {}", k + 1) }</button>
            </fieldset>
        }
    });
    let can_draft =
        !card.prompt.trim().is_empty() && !card.model_answer.trim().is_empty() && !drafting.busy;
    let concepts_path = format!("cards[{selected}].concepts");
    html! {
        <div class="card-form" data-testid="card-form">
            <h2>{ format!("Card {} of {count}", selected + 1) }</h2>
            { card_text(CardField::Id, "Card id (a-z, 0-9 and -)", &card.id, 1) }
            { card_text(CardField::Title, "Title", &card.title, 1) }
            { card_text(CardField::Prompt, "Prompt: what the engineer would say, in jargon", &card.prompt, 2) }
            { card_text(CardField::Context, "Context: the situation, and who is asking", &card.context, 3) }
            { card_text(CardField::Audience, "Audience (CFO, VP of Sales, …)", &card.audience, 1) }
            { difficulty }
            { card_text(CardField::Tags, "Tags, separated by commas", &card.tags, 1) }
            { card_text(CardField::ModelAnswer, "Model answer: what a strong answer sounds like", &card.model_answer, 5) }
            <p>
                <button type="button" data-testid="draft-rubric" disabled={!can_draft} aria-busy={drafting.busy.then_some("true")} onclick={drafting.on_draft}>{ if drafting.busy { "Drafting…" } else { "Draft from model answer" } }</button>
                <span class="muted">{ if can_draft { " Proposes concepts and jargon from the prompt and model answer, in place of these (undo brings them back)." } else { " Write a prompt and a model answer to draft concepts and jargon from them." } }</span>
            </p>
            { card_text(CardField::Jargon, "Jargon to avoid, one per line", &card.jargon, 3) }
            { problem_note(&field_id(&concepts_path), problem(problems, &concepts_path)) }
            { for concepts }
            <p><button type="button" data-testid="concept-add" onclick={on(StudioAction::AddConcept)}>{ "Add concept" }</button></p>
            { for examples }
            <p><button type="button" data-testid="example-add" onclick={on(StudioAction::AddExample)}>{ "Add example answer" }</button></p>
        </div>
    }
}
