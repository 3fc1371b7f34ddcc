//! `#/decks/<id>/edit`: the deck studio. The deck's fields, a list of its cards (add,
//! duplicate, delete with undo, reorder), a form for every field of the chosen card with its
//! problems as you type, "Draft from model answer", and a Try-it box that scores a test
//! answer against the card as it stands. The deck saves itself whenever it is valid.

use super::duplicate;
use crate::app::{Route, Same, use_library, use_shelf, use_title};
use crate::components::{LiveScore, ScorePanel, Undo, limit_notice, undo_slot};
use crate::deck::{self, Dimension, Example, Expect, addressee};
use crate::rubric::{Rubric, Thesaurus, scored_part};
use crate::services::net;
use crate::studio::{ConceptDraft, DeckDraft, FieldProblem};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// What [`DeckEditPage`] edits.
#[derive(Properties, PartialEq)]
pub struct DeckEditPageProps {
    /// The deck id from the address.
    pub id: AttrValue,
}

/// The editor's state: the deck as typed, the chosen card, and the last destructive change
/// (for undo).
#[derive(Clone, PartialEq)]
struct Studio {
    draft: DeckDraft,
    selected: usize,
    undo: Option<(String, DeckDraft, usize)>,
}

/// Writes a field's new value into the deck as typed.
type Setter = Rc<dyn Fn(&mut DeckDraft, String)>;

/// An element id for a field path: `cards[2].title` → `f-cards-2-title`.
fn field_id(path: &str) -> String {
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

/// `#/decks/<id>/edit`.
#[component]
pub fn DeckEditPage(props: &DeckEditPageProps) -> Html {
    let library = use_library();
    let shelf = use_shelf();
    let navigator = use_navigator();
    let id = props.id.to_string();
    let installed = library.get(&id).cloned();
    let is_new = installed.is_none();
    let studio = {
        let installed = installed.clone();
        let id = id.clone();
        use_state(move || Studio {
            draft: installed
                .as_ref()
                .map_or_else(|| DeckDraft::blank(&id), DeckDraft::from_deck),
            selected: 0,
            undo: None,
        })
    };
    let trial = use_state(String::new);
    // Whether a draft is waiting for the thesaurus to arrive.
    let drafting = use_state(|| false);
    use_title(&format!(
        "Edit {}",
        if studio.draft.title.trim().is_empty() {
            &id
        } else {
            &studio.draft.title
        }
    ));

    // Checked on every render: the form follows every keystroke.
    // Checked once per change of the form (the form follows every keystroke), and saved
    // whenever the deck is valid and differs from what is installed. Only checks, no round
    // trip through the file format (which the property tests hold for every valid deck), so
    // a large deck stays quick to type in.
    let checked = use_memo(studio.draft.clone(), |draft| draft.check());
    {
        let (shelf, checked) = (shelf.clone(), checked.clone());
        let bundled = library.is_bundled(&id);
        use_effect_with(Same(checked), move |Same(checked)| {
            let (deck, problems) = &**checked;
            if let (Some(shelf), false, true) = (shelf, bundled, problems.is_empty()) {
                if shelf.decks.iter().find(|d| d.id == deck.id) != Some(deck) {
                    shelf.put(deck.clone());
                }
            }
        });
    }
    let (checked, problems) = &*checked;
    let saved = installed.as_ref() == Some(checked);

    if library.is_bundled(&id) {
        let on_duplicate = match &shelf {
            Some(shelf) => duplicate(shelf, &library, &navigator, &id),
            None => Callback::noop(),
        };
        return html! {
            <section class="page studio-page" data-testid="studio-read-only">
                <h1>{ format!("“{}” is built in", installed.as_ref().map_or("", |d| d.title.as_str())) }</h1>
                <p>{ "Built-in decks are read-only, so they stay the same for everyone. Duplicate it to make a copy of your own to edit." }</p>
                <p class="banner-actions">
                    <button type="button" class="primary" data-testid="duplicate" onclick={on_duplicate}>{ "Duplicate to edit" }</button>
                    <Link<Route> to={Route::Decks} classes="button">{ "All decks" }</Link<Route>>
                </p>
            </section>
        };
    }

    let selected = studio
        .selected
        .min(studio.draft.cards.len().saturating_sub(1));
    let change = {
        let studio = studio.clone();
        move |f: Setter| {
            let studio = studio.clone();
            Callback::from(move |e: Event| {
                let mut next = (*studio).clone();
                f(&mut next.draft, value_of(&e));
                studio.set(next);
            })
        }
    };
    let problem = |path: &str| problems.iter().find(|p| p.field == path).cloned();
    // One labelled field: an input, textarea or select, its problem under it.
    let field = |path: String, label: &str, control: Html| -> Html {
        let found = problem(&path);
        let id = field_id(&path);
        html! {
            <div class={classes!("field", found.is_some().then_some("invalid"))}>
                <label for={id.clone()}>{ label }</label>
                { control }
                if let Some(FieldProblem { message, .. }) = found {
                    <p id={format!("{id}-problem")} class="error field-problem" data-testid="field-problem">{ message }</p>
                }
            </div>
        }
    };
    let described =
        |path: &str| problem(path).map(|_| AttrValue::from(format!("{}-problem", field_id(path))));
    let text = |path: String, value: &str, rows: u32, set: Setter| -> Html {
        let id = field_id(&path);
        let invalid = problem(&path).is_some().then_some("true");
        let on = change(set);
        let oninput = {
            let on = on.clone();
            Callback::from(move |e: InputEvent| on.emit(e.into()))
        };
        if rows > 1 {
            html! { <textarea id={id.clone()} data-testid={id} rows={rows.to_string()} value={value.to_owned()}
            aria-invalid={invalid} aria-describedby={described(&path)} {oninput} /> }
        } else {
            html! { <input id={id.clone()} data-testid={id} value={value.to_owned()}
            aria-invalid={invalid} aria-describedby={described(&path)} {oninput} /> }
        }
    };

    // The deck's own fields.
    let header = html! {
        <fieldset class="deck-fields">
            <legend>{ format!("Deck “{id}”") }</legend>
            { field("title".into(), "Title", text("title".into(), &studio.draft.title, 1, Rc::new(|d, v| d.title = v))) }
            { field("description".into(), "Description: one or two sentences on what the deck practises", text("description".into(), &studio.draft.description, 2, Rc::new(|d, v| d.description = v))) }
            { field("language".into(), "Language (a tag such as en)", text("language".into(), &studio.draft.language, 1, Rc::new(|d, v| d.language = v))) }
        </fieldset>
    };

    // The card list and what can be done to the chosen card.
    let act = |f: Rc<dyn Fn(&mut Studio)>| {
        let studio = studio.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*studio).clone();
            f(&mut next);
            studio.set(next);
        })
    };
    let count = studio.draft.cards.len();
    let card_problems = |i: usize| {
        let prefix = format!("cards[{i}]");
        problems
            .iter()
            .filter(|p| p.field.starts_with(&prefix) && p.field[prefix.len()..].starts_with('.'))
            .count()
            + problems.iter().filter(|p| p.field == prefix).count()
    };
    let list = html! {
        <nav class="card-list" aria-label="Cards">
            <h2>{ format!("Cards ({count})") }</h2>
            <ol>
                { for studio.draft.cards.iter().enumerate().map(|(i, card)| {
                    let n = card_problems(i);
                    let name = if card.title.trim().is_empty() { card.id.clone() } else { card.title.clone() };
                    html! {
                        <li>
                            <button type="button" class={classes!("card-pick", (i == selected).then_some("primary"))}
                                aria-current={(i == selected).then_some("true")} data-testid="card-pick"
                                onclick={act(Rc::new(move |s: &mut Studio| s.selected = i))}>
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
                <button type="button" data-testid="card-add" onclick={act(Rc::new(move |s: &mut Studio| s.selected = s.draft.add_card(selected)))}>{ "Add card" }</button>
                <button type="button" data-testid="card-duplicate" onclick={act(Rc::new(move |s: &mut Studio| s.selected = s.draft.duplicate_card(selected)))}>{ "Duplicate" }</button>
                <button type="button" data-testid="card-up" disabled={selected == 0}
                    onclick={act(Rc::new(move |s: &mut Studio| s.selected = s.draft.move_card(selected, -1)))}>{ "Move up" }</button>
                <button type="button" data-testid="card-down" disabled={selected + 1 >= count}
                    onclick={act(Rc::new(move |s: &mut Studio| s.selected = s.draft.move_card(selected, 1)))}>{ "Move down" }</button>
                <button type="button" class="danger" data-testid="card-delete" disabled={count <= 1}
                    onclick={act(Rc::new(move |s: &mut Studio| {
                        let before = s.draft.clone();
                        let removed = s.draft.cards.remove(selected);
                        s.undo = Some((format!("Deleted the card “{}”.", if removed.title.is_empty() { &removed.id } else { &removed.title }), before, selected));
                        s.selected = selected.min(s.draft.cards.len() - 1);
                    }))}>{ "Delete" }</button>
            </p>
        </nav>
    };

    let Some(card) = studio.draft.cards.get(selected) else {
        return Html::default();
    };
    let at = |key: &str| format!("cards[{selected}].{key}");
    let card_text = |key: &'static str,
                     label: &str,
                     value: &str,
                     rows: u32,
                     set: fn(&mut crate::studio::CardDraft, String)| {
        field(
            at(key),
            label,
            text(
                at(key),
                value,
                rows,
                Rc::new(move |d: &mut DeckDraft, v| set(&mut d.cards[selected], v)),
            ),
        )
    };
    let difficulty = {
        let on = change(Rc::new(move |d: &mut DeckDraft, v: String| {
            d.cards[selected].difficulty = v.parse().unwrap_or(2)
        }));
        let id = field_id(&at("difficulty"));
        field(
            at("difficulty"),
            "Difficulty",
            html! {
                <select id={id.clone()} data-testid={id} onchange={on}>
                    { for [(1u8, "1 · easy"), (2, "2 · medium"), (3, "3 · hard")].into_iter().map(|(n, name)| html! {
                        <option value={n.to_string()} selected={card.difficulty == n}>{ name }</option>
                    }) }
                </select>
            },
        )
    };
    let concepts = card.concepts.iter().enumerate().map(|(k, concept)| {
        let path = |key: &str| format!("cards[{selected}].concepts[{k}].{key}");
        let set = |f: fn(&mut ConceptDraft, String)| -> Setter {
            Rc::new(move |d: &mut DeckDraft, v| f(&mut d.cards[selected].concepts[k], v))
        };
        let dimension = {
            let on = change(set(|c, v| {
                c.dimension = Dimension::ALL.into_iter().find(|d| d.as_str() == v).unwrap_or(c.dimension)
            }));
            let id = field_id(&path("dimension"));
            field(path("dimension"), "Dimension", html! {
                <select id={id.clone()} data-testid={id} onchange={on}>
                    { for Dimension::ALL.into_iter().map(|d| html! {
                        <option value={d.as_str()} selected={concept.dimension == d}>{ d.title() }</option>
                    }) }
                </select>
            })
        };
        let remove = act(Rc::new(move |s: &mut Studio| {
            let before = s.draft.clone();
            s.draft.cards[selected].concepts.remove(k);
            s.undo = Some((format!("Removed concept {}.", k + 1), before, selected));
        }));
        html! {
            <fieldset class={classes!("concept", concept.dimension.as_str())} data-testid="concept">
                <legend>{ format!("Concept {}", k + 1) }</legend>
                { dimension }
                { field(path("label"), "Label: the idea in a few words", text(path("label"), &concept.label, 1, set(|c, v| c.label = v))) }
                { field(path("terms"), "Words that show it, one per line (a trailing * matches any ending)", text(path("terms"), &concept.terms, 3, set(|c, v| c.terms = v))) }
                { field(path("weight"), "Weight (1 to 10)", text(path("weight"), &concept.weight, 1, set(|c, v| c.weight = v))) }
                { field(path("hint"), "Hint shown when it is missed", text(path("hint"), &concept.hint, 1, set(|c, v| c.hint = v))) }
                <button type="button" class="danger" onclick={remove}>{ format!("Remove concept {}", k + 1) }</button>
            </fieldset>
        }
    });
    let add_concept = act(Rc::new(move |s: &mut Studio| {
        s.draft.cards[selected]
            .concepts
            .push(ConceptDraft::blank(Dimension::Risk))
    }));
    let examples = card.examples.iter().enumerate().map(|(k, example)| {
        let path = |key: &str| format!("cards[{selected}].examples[{k}].{key}");
        let answer = text(path("answer"), &example.answer, 2, Rc::new(move |d: &mut DeckDraft, v| d.cards[selected].examples[k].answer = v));
        let on_expect = change(Rc::new(move |d: &mut DeckDraft, v: String| {
            if let Some(band) = Expect::ALL.into_iter().find(|b| b.as_str() == v) {
                d.cards[selected].examples[k].expect = band;
            }
        }));
        let id = field_id(&path("expect"));
        let remove = act(Rc::new(move |s: &mut Studio| {
            let before = s.draft.clone();
            s.draft.cards[selected].examples.remove(k);
            s.undo = Some((format!("Removed example answer {}.", k + 1), before, selected));
        }));
        html! {
            <fieldset class="example">
                <legend>{ format!("Example answer {}", k + 1) }</legend>
                { field(path("answer"), "Answer", answer) }
                { field(path("expect"), "Must score", html! {
                    <select id={id.clone()} data-testid={id} onchange={on_expect}>
                        { for [(Expect::Low, "low (under 35)"), (Expect::Mid, "mid (35 to 70)"), (Expect::High, "high (over 70)")].into_iter().map(|(b, name)| html! {
                            <option value={b.as_str()} selected={example.expect == b}>{ name }</option>
                        }) }
                    </select>
                }) }
                <button type="button" onclick={remove}>{ format!("Remove example {}", k + 1) }</button>
            </fieldset>
        }
    });
    let add_example = act(Rc::new(move |s: &mut Studio| {
        s.draft.cards[selected].examples.push(Example {
            answer: String::new(),
            expect: Expect::Mid,
        })
    }));
    // Drafting needs the thesaurus: fetched on the first draft (a moment, said on the
    // button), at once after that.
    let draft_rubric = {
        let (studio, drafting) = (studio.clone(), drafting.clone());
        Callback::from(move |_: MouseEvent| {
            let apply = {
                let studio = studio.clone();
                move |thesaurus: &Thesaurus, note: Option<&str>| {
                    let mut next = (*studio).clone();
                    let before = next.draft.clone();
                    next.draft.cards[selected] = next.draft.cards[selected].drafted(thesaurus);
                    let done =
                        "Replaced the concepts and jargon with a draft from the model answer.";
                    next.undo = Some((
                        note.map_or_else(|| done.to_owned(), |n| format!("{done} {n}")),
                        before,
                        selected,
                    ));
                    studio.set(next);
                }
            };
            drafting.set(true);
            let drafting = drafting.clone();
            net::with_thesaurus(Box::new(move |thesaurus, why| {
                apply(&thesaurus, why);
                drafting.set(false);
            }));
        })
    };
    let can_draft =
        !card.prompt.trim().is_empty() && !card.model_answer.trim().is_empty() && !*drafting;

    // Try it: the card as it stands now, scored as the learner would be.
    let tried = checked.cards.get(selected).cloned();
    let scorable = tried
        .as_ref()
        .is_some_and(|c| c.concepts.iter().any(|k| !k.terms.is_empty()));
    let report = tried
        .as_ref()
        .filter(|_| scorable)
        .map(|c| Rc::new(Rubric::new(c).score(scored_part(&trial))));
    let on_trial = {
        let trial = trial.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            trial.set(area.value());
        })
    };
    let undo = studio.undo.as_ref().map(|(message, _, _)| {
        let on_undo = act(Rc::new(|s: &mut Studio| {
            if let Some((_, before, at)) = s.undo.take() {
                s.draft = before;
                s.selected = at;
            }
        }));
        let on_dismiss = act(Rc::new(|s: &mut Studio| s.undo = None));
        Undo {
            message,
            on_undo,
            on_dismiss,
        }
    });
    let status = if problems.is_empty() {
        if saved {
            "Saved in this browser.".to_owned()
        } else {
            "Saving…".to_owned()
        }
    } else {
        format!(
            "{} — {} to fix before it can be saved{}.",
            if is_new {
                "Not saved yet"
            } else {
                "Changes not saved"
            },
            deck::count(problems.len(), "problem"),
            if is_new {
                ""
            } else {
                "; the last valid version is kept"
            }
        )
    };
    html! {
        <section class="page studio-page" data-testid="studio">
            <p><Link<Route> to={Route::Decks}>{ "← All decks" }</Link<Route>></p>
            <h1>{ format!("Edit “{}”", if studio.draft.title.trim().is_empty() { id.as_str() } else { studio.draft.title.as_str() }) }</h1>
            <p role="status" class={classes!("save-status", (!problems.is_empty()).then_some("unsaved"))} data-testid="save-status">{ status }</p>
            { undo_slot("studio-undo", undo) }
            { header }
            <div class="studio">
                { list }
                <div class="card-form" data-testid="card-form">
                    <h2>{ format!("Card {} of {count}", selected + 1) }</h2>
                    { card_text("id", "Card id (a-z, 0-9 and -)", &card.id, 1, |c, v| c.id = v) }
                    { card_text("title", "Title", &card.title, 1, |c, v| c.title = v) }
                    { card_text("prompt", "Prompt: what the engineer would say, in jargon", &card.prompt, 2, |c, v| c.prompt = v) }
                    { card_text("context", "Context: the situation, and who is asking", &card.context, 3, |c, v| c.context = v) }
                    { card_text("audience", "Audience (CFO, VP of Sales, …)", &card.audience, 1, |c, v| c.audience = v) }
                    { difficulty }
                    { card_text("tags", "Tags, separated by commas", &card.tags, 1, |c, v| c.tags = v) }
                    { card_text("model_answer", "Model answer: what a strong answer sounds like", &card.model_answer, 5, |c, v| c.model_answer = v) }
                    <p>
                        <button type="button" data-testid="draft-rubric" disabled={!can_draft} aria-busy={drafting.then_some("true")} onclick={draft_rubric}>{ if *drafting { "Drafting…" } else { "Draft from model answer" } }</button>
                        <span class="muted">{ if can_draft { " Proposes concepts and jargon from the prompt and model answer, in place of these (undo brings them back)." } else { " Write a prompt and a model answer to draft concepts and jargon from them." } }</span>
                    </p>
                    { card_text("jargon", "Jargon to avoid, one per line", &card.jargon, 3, |c, v| c.jargon = v) }
                    if let Some(FieldProblem { message, .. }) = problem(&at("concepts")) {
                        <p class="error field-problem" data-testid="field-problem">{ message }</p>
                    }
                    { for concepts }
                    <p><button type="button" data-testid="concept-add" onclick={add_concept}>{ "Add concept" }</button></p>
                    { for examples }
                    <p><button type="button" data-testid="example-add" onclick={add_example}>{ "Add example answer" }</button></p>
                </div>
                <aside class="try-it" aria-labelledby="try-heading" data-testid="try-it">
                    <h2 id="try-heading">{ "Try it" }</h2>
                    <label for="try-answer">{ format!("Answer as if to {}; the score follows this card as you edit it", addressee(&card.audience)) }</label>
                    <textarea id="try-answer" rows="6" data-testid="try-answer" value={(*trial).clone()} oninput={on_trial} />
                    { limit_notice(&trial, false) }
                    if let Some(report) = report {
                        <LiveScore report={report.clone()} typed={!trial.trim().is_empty()} />
                        if !trial.trim().is_empty() {
                            <ScorePanel report={report} answer={AttrValue::from(scored_part(&trial).to_owned())} model_answer={AttrValue::from(card.model_answer.clone())} />
                        }
                    } else {
                        <p class="muted">{ "Give the card a concept with at least one word to try it." }</p>
                    }
                </aside>
            </div>
        </section>
    }
}
