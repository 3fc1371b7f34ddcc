//! Form fields: a label, its control and the problem under it, drawn the same way in the deck
//! studio and the game setup. Plain functions (they hold no state), so each costs the wasm no
//! component machinery of its own.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The element id for a field path: `cards[2].title` → `f-cards-2-title`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '[' | '.' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}

/// `aria-describedby` for the control `id` when it has a problem: its note's id.
pub fn described_by(id: &str, problem: Option<&str>) -> Option<AttrValue> {
    problem.map(|_| AttrValue::from(format!("{id}-problem")))
}

/// The problem under the control `id`, if it has one (named by [`described_by`]).
pub fn problem_note(id: &str, problem: Option<&str>) -> Html {
    match problem {
        Some(message) => html! {
            <p id={format!("{id}-problem")} class="error field-problem" data-testid="field-problem">{ message }</p>
        },
        None => Html::default(),
    }
}

/// A labelled control with its problem under it.
pub fn field(id: &str, label: &str, control: Html, problem: Option<&str>) -> Html {
    html! {
        <div class={classes!("field", problem.is_some().then_some("invalid"))}>
            <label for={id.to_owned()}>{ label }</label>
            { control }
            { problem_note(id, problem) }
        </div>
    }
}

/// A text box, one line or `rows` lines, that reports every change; marked invalid and
/// described by its problem when it has one.
pub fn text_box(
    id: &str,
    value: &str,
    rows: u32,
    problem: Option<&str>,
    on_input: Callback<String>,
) -> Html {
    let invalid = problem.is_some().then_some("true");
    let described = described_by(id, problem);
    let oninput = Callback::from(move |e: InputEvent| on_input.emit(value_of(&e)));
    if rows > 1 {
        html! { <textarea id={id.to_owned()} data-testid={id.to_owned()} rows={rows.to_string()} value={value.to_owned()}
        aria-invalid={invalid} aria-describedby={described} {oninput} /> }
    } else {
        html! { <input id={id.to_owned()} data-testid={id.to_owned()} value={value.to_owned()}
        aria-invalid={invalid} aria-describedby={described} {oninput} /> }
    }
}

/// A drop-down of `(value, label)` options with `selected` chosen, that reports the value
/// chosen.
pub fn select_box(
    id: &str,
    options: &[(&str, &str)],
    selected: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| on_change.emit(value_of(&e)));
    html! {
        <select id={id.to_owned()} data-testid={id.to_owned()} {onchange}>
            { for options.iter().map(|&(value, label)| html! {
                <option value={value.to_owned()} selected={value == selected}>{ label }</option>
            }) }
        </select>
    }
}

/// The value of the input, textarea or select an event came from.
fn value_of(e: &Event) -> String {
    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_become_element_ids() {
        assert_eq!(field_id("title"), "f-title");
        assert_eq!(
            field_id("cards[2].concepts[10].terms"),
            "f-cards-2-concepts-10-terms"
        );
    }
}
