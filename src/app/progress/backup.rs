//! The backup on the progress page: export, import (merge or replace, asked) and reset
//! (confirmed, undoable).

use super::ContextProps;
use crate::progress::{ImportMode, Progress, date, decode, encode};
use crate::services::files;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

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
pub(super) fn Backup(props: &ContextProps) -> Html {
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
