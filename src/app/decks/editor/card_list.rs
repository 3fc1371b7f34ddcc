//! The studio's list of cards, with what can be done to the chosen one.

use crate::studio::{FieldProblem, Studio, StudioAction};
use yew::prelude::*;

/// How many problems card `i` has (its own fields and the card as a whole).
fn problems_of(problems: &[FieldProblem], i: usize) -> usize {
    let prefix = format!("cards[{i}]");
    problems
        .iter()
        .filter(|p| {
            p.field
                .strip_prefix(&prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
        .count()
}

/// The cards of the deck being edited, each a button that chooses it, and the card actions.
pub fn card_list(studio: &Studio, problems: &[FieldProblem], act: &Callback<StudioAction>) -> Html {
    let selected = studio.selected();
    let count = studio.draft.cards.len();
    let on = |action: StudioAction| act.reform(move |_: MouseEvent| action.clone());
    html! {
        <nav class="card-list" aria-label="Cards">
            <h2>{ format!("Cards ({count})") }</h2>
            <ol>
                { for studio.draft.cards.iter().enumerate().map(|(i, card)| {
                    let n = problems_of(problems, i);
                    let name = if card.title.trim().is_empty() { card.id.clone() } else { card.title.clone() };
                    html! {
                        <li>
                            <button type="button" class={classes!("card-pick", (i == selected).then_some("primary"))}
                                aria-current={(i == selected).then_some("true")} data-testid="card-pick"
                                onclick={on(StudioAction::Select(i))}>
                                { name }
                                if n > 0 {
                                    <span class="problem-count">{ format!(" ({n} to fix)") }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <p class="card-actions">
                <button type="button" data-testid="card-add" onclick={on(StudioAction::AddCard)}>{ "Add card" }</button>
                <button type="button" data-testid="card-duplicate" onclick={on(StudioAction::DuplicateCard)}>{ "Duplicate" }</button>
                <button type="button" data-testid="card-up" disabled={selected == 0}
                    onclick={on(StudioAction::MoveCard(-1))}>{ "Move up" }</button>
                <button type="button" data-testid="card-down" disabled={selected + 1 >= count}
                    onclick={on(StudioAction::MoveCard(1))}>{ "Move down" }</button>
                <span class="separator" aria-hidden="true"></span>
                <button type="button" class="danger card-delete" data-testid="card-delete" disabled={count <= 1}
                    onclick={on(StudioAction::DeleteCard)}>{ "Delete card" }</button>
            </p>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cards_problems_are_its_own_not_a_later_cards() {
        let problem = |field: &str| FieldProblem {
            field: field.into(),
            message: String::new(),
        };
        let problems = [
            problem("cards[1]"),
            problem("cards[1].title"),
            problem("cards[10].title"),
            problem("title"),
        ];
        assert_eq!(problems_of(&problems, 1), 2);
        assert_eq!(problems_of(&problems, 10), 1);
        assert_eq!(problems_of(&problems, 0), 0);
    }
}
