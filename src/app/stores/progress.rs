//! The learner's progress as every page sees it: [`use_progress`] and its verbs.

use super::{Persisted, Store};
use crate::progress::{
    Attempt, Flag, ImportMode, Progress, ProgressAction, ProgressState, Settings,
};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for ProgressState {
    type Action = ProgressAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        self.apply(action)
    }
}

impl Persisted for ProgressState {
    type Doc = Progress;

    fn loaded(doc: Progress) -> ProgressAction {
        ProgressAction::Loaded(Rc::new(doc))
    }

    fn revision(&self) -> u64 {
        self.revision
    }

    fn doc(&self) -> &Progress {
        &self.progress
    }
}

/// The learner's progress, with what can be done to it.
pub type ProgressStore = Store<ProgressState>;

impl ProgressStore {
    /// Keep a scored answer.
    pub fn record(&self, attempt: Attempt) {
        self.dispatch(ProgressAction::Record(attempt));
    }

    /// Keep a flag on a score.
    pub fn flag(&self, flag: Flag) {
        self.dispatch(ProgressAction::Flag(flag));
    }

    /// Delete the flag at `index` (undoable).
    pub fn remove_flag(&self, index: usize) {
        self.dispatch(ProgressAction::RemoveFlag(index));
    }

    /// Change the practice settings.
    pub fn settings(&self, settings: Settings) {
        self.dispatch(ProgressAction::Settings(settings));
    }

    /// Bring in a backup (a replace is undoable).
    pub fn import(&self, backup: Rc<Progress>, mode: ImportMode) {
        self.dispatch(ProgressAction::Import(backup, mode));
    }

    /// Delete everything (undoable).
    pub fn reset(&self) {
        self.dispatch(ProgressAction::Reset);
    }

    /// Put back what the last destructive action removed.
    pub fn undo(&self) {
        self.dispatch(ProgressAction::Undo);
    }

    /// Forget the undo.
    pub fn forget(&self) {
        self.dispatch(ProgressAction::Forget);
    }
}

/// The learner's progress from context (`None` where no provider is mounted, as in isolated
/// component tests).
#[hook]
pub fn use_progress() -> Option<ProgressStore> {
    use_context::<ProgressStore>()
}
