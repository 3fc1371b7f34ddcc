//! The progress reducer: every change to a learner's progress, with an undo for the ones
//! that destroy data (reset, a replacing import, deleting a flag).

use super::model::{Attempt, Flag, Progress, Settings};
use std::rc::Rc;

/// How an imported backup meets the progress already here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep what is here and add what the backup has that is not (settings stay).
    Merge,
    /// Throw away what is here and take the backup as it is.
    Replace,
}

/// A change to progress.
#[derive(Debug, Clone, PartialEq)]
pub enum ProgressAction {
    /// What storage held when the app started: not a change, so nothing is written back.
    Loaded(Rc<Progress>),
    /// A scored answer.
    Record(Attempt),
    /// A score the learner flagged.
    Flag(Flag),
    /// Delete the flag at this position (undoable).
    RemoveFlag(usize),
    /// New practice settings.
    Settings(Settings),
    /// A backup read from a file (a replace is undoable).
    Import(Rc<Progress>, ImportMode),
    /// Delete everything (undoable).
    Reset,
    /// Put back what the last destructive action removed.
    Undo,
    /// Forget the undo (the learner dismissed the notice).
    Forget,
}

/// What an undo would put back, and what to tell the learner about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What happened, in words ("Everything was cleared.").
    pub message: String,
    /// The progress before it happened.
    pub before: Rc<Progress>,
}

/// Progress as the app holds it: the current record and, after a destructive action, how
/// to take it back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressState {
    /// The current progress.
    pub progress: Rc<Progress>,
    /// The last destructive action, until it is undone or forgotten.
    pub undo: Option<Undo>,
    /// Counts changes to `progress` since it was loaded, so saving follows changes and
    /// nothing else (0: as loaded, or as started).
    pub revision: u64,
}

impl ProgressState {
    /// State holding `progress`, with nothing to undo.
    pub fn new(progress: Progress) -> ProgressState {
        ProgressState {
            progress: Rc::new(progress),
            undo: None,
            revision: 0,
        }
    }

    /// The state after `action`; the same `Rc` when nothing changes.
    pub fn apply(self: Rc<Self>, action: ProgressAction) -> Rc<Self> {
        let changed = |progress: Rc<Progress>, undo: Option<Undo>| {
            Rc::new(ProgressState {
                progress,
                undo,
                revision: self.revision + 1,
            })
        };
        let progress = || (*self.progress).clone();
        let undo_for = |message: String| {
            Some(Undo {
                message,
                before: self.progress.clone(),
            })
        };
        match action {
            ProgressAction::Loaded(progress) => Rc::new(ProgressState {
                progress,
                undo: None,
                revision: 0,
            }),
            ProgressAction::Record(attempt) => {
                let mut progress = progress();
                progress.record(attempt);
                changed(Rc::new(progress), self.undo.clone())
            }
            ProgressAction::Flag(flag) => {
                let mut progress = progress();
                progress.add_flag(flag);
                changed(Rc::new(progress), self.undo.clone())
            }
            ProgressAction::RemoveFlag(index) if index < self.progress.flags.len() => {
                let mut progress = progress();
                let flag = progress.flags.remove(index);
                let message = format!("The flag on “{}” was deleted.", flag.card);
                changed(Rc::new(progress), undo_for(message))
            }
            ProgressAction::RemoveFlag(_) => self,
            ProgressAction::Settings(settings) if settings == self.progress.settings => self,
            ProgressAction::Settings(settings) => {
                let progress = Progress {
                    settings,
                    ..progress()
                };
                changed(Rc::new(progress), self.undo.clone())
            }
            ProgressAction::Import(backup, ImportMode::Merge) => {
                let mut progress = progress();
                progress.merge(&backup);
                if progress == *self.progress {
                    return self;
                }
                changed(Rc::new(progress), self.undo.clone())
            }
            ProgressAction::Import(backup, ImportMode::Replace) => {
                let message = "Your progress was replaced by the backup.".to_owned();
                let undo = undo_for(message).filter(|_| !self.progress.is_empty());
                changed(backup, undo)
            }
            ProgressAction::Reset if *self.progress == Progress::default() => self,
            ProgressAction::Reset => {
                changed(Rc::default(), undo_for("Everything was cleared.".into()))
            }
            ProgressAction::Undo => match &self.undo {
                Some(undo) => changed(undo.before.clone(), None),
                None => self,
            },
            ProgressAction::Forget if self.undo.is_none() => self,
            ProgressAction::Forget => Rc::new(ProgressState {
                undo: None,
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(card: &str, at: i64, total: u8) -> Attempt {
        Attempt {
            deck: "d".into(),
            card: card.into(),
            at,
            total,
            risk: Some(total),
            cost: None,
            opportunity: None,
        }
    }

    fn flag(at: i64) -> Flag {
        Flag {
            deck: "d".into(),
            card: "a".into(),
            at,
            total: 40,
            answer: "It saves money.".into(),
            note: "said it plainly".into(),
        }
    }

    fn run(actions: Vec<ProgressAction>) -> Rc<ProgressState> {
        actions
            .into_iter()
            .fold(Rc::new(ProgressState::default()), ProgressState::apply)
    }

    #[test]
    fn only_changes_count_as_revisions_to_save() {
        let start = Rc::new(ProgressState::default());
        let stored = Rc::new(Progress {
            attempts: vec![attempt("a", 1, 50)],
            ..Progress::default()
        });
        let loaded = start.apply(ProgressAction::Loaded(stored.clone()));
        assert_eq!(loaded.progress, stored);
        assert_eq!(loaded.revision, 0, "what storage held is not written back");
        let recorded = loaded.apply(ProgressAction::Record(attempt("b", 2, 60)));
        assert_eq!(recorded.revision, 1);
        let reset = recorded.apply(ProgressAction::Reset);
        let forgotten = reset.clone().apply(ProgressAction::Forget);
        assert_eq!(
            forgotten.revision, reset.revision,
            "forgetting an undo saves nothing"
        );
        let undone = reset.clone().apply(ProgressAction::Undo);
        assert_eq!(undone.revision, reset.revision + 1, "an undo is saved");
    }

    #[test]
    fn attempts_stay_in_time_order() {
        let state = run(vec![
            ProgressAction::Record(attempt("a", 30, 50)),
            ProgressAction::Record(attempt("b", 10, 60)),
            ProgressAction::Record(attempt("c", 20, 70)),
        ]);
        let cards: Vec<&str> = state
            .progress
            .attempts
            .iter()
            .map(|a| a.card.as_str())
            .collect();
        assert_eq!(cards, ["b", "c", "a"]);
    }

    #[test]
    fn reset_can_be_undone_once() {
        let recorded = run(vec![
            ProgressAction::Record(attempt("a", 1, 50)),
            ProgressAction::Flag(flag(2)),
        ]);
        let reset = recorded.clone().apply(ProgressAction::Reset);
        assert!(reset.progress.is_empty());
        assert_eq!(
            reset.undo.as_ref().map(|u| u.message.as_str()),
            Some("Everything was cleared.")
        );
        let undone = reset.apply(ProgressAction::Undo);
        assert_eq!(undone.progress, recorded.progress);
        assert_eq!(undone.undo, None);
        let again = undone.clone().apply(ProgressAction::Undo);
        assert!(Rc::ptr_eq(&again, &undone), "nothing left to undo");
    }

    #[test]
    fn no_ops_return_the_same_state() {
        let empty = Rc::new(ProgressState::default());
        for action in [
            ProgressAction::Reset,
            ProgressAction::Undo,
            ProgressAction::Forget,
            ProgressAction::RemoveFlag(0),
            ProgressAction::Settings(Settings::default()),
            ProgressAction::Import(Rc::default(), ImportMode::Merge),
        ] {
            let next = empty.clone().apply(action.clone());
            assert!(Rc::ptr_eq(&next, &empty), "{action:?} changed the state");
        }
    }

    #[test]
    fn merge_adds_only_what_is_missing_and_keeps_settings() {
        let mine = run(vec![
            ProgressAction::Record(attempt("a", 1, 50)),
            ProgressAction::Settings(Settings {
                streak: true,
                ..Settings::default()
            }),
        ]);
        let backup = Progress {
            attempts: vec![attempt("a", 1, 50), attempt("b", 2, 60)],
            flags: vec![flag(3)],
            settings: Settings::default(),
        };
        let merged = mine.apply(ProgressAction::Import(
            Rc::new(backup.clone()),
            ImportMode::Merge,
        ));
        assert_eq!(merged.progress.attempts, backup.attempts);
        assert_eq!(merged.progress.flags, backup.flags);
        assert!(merged.progress.settings.streak);
        let twice = merged
            .clone()
            .apply(ProgressAction::Import(Rc::new(backup), ImportMode::Merge));
        assert!(Rc::ptr_eq(&twice, &merged), "merging again adds nothing");
    }

    #[test]
    fn replace_takes_the_backup_and_can_be_undone() {
        let mine = run(vec![ProgressAction::Record(attempt("a", 1, 50))]);
        let backup = Rc::new(Progress {
            attempts: vec![attempt("z", 9, 90)],
            ..Progress::default()
        });
        let replaced = mine
            .clone()
            .apply(ProgressAction::Import(backup.clone(), ImportMode::Replace));
        assert_eq!(replaced.progress, backup);
        assert_eq!(replaced.apply(ProgressAction::Undo).progress, mine.progress);
    }

    #[test]
    fn deleting_a_flag_can_be_undone() {
        let flagged = run(vec![ProgressAction::Flag(flag(1))]);
        let removed = flagged.clone().apply(ProgressAction::RemoveFlag(0));
        assert!(removed.progress.flags.is_empty());
        assert_eq!(
            removed.undo.as_ref().map(|u| u.message.as_str()),
            Some("The flag on “a” was deleted.")
        );
        assert_eq!(
            removed.apply(ProgressAction::Undo).progress,
            flagged.progress
        );
    }
}
