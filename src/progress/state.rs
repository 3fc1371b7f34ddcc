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
    /// What storage held when the app started, anything to tell the learner about it, and
    /// stored text that could not be read (offered back to the learner as a file). Nothing
    /// is saved before this arrives, so an empty first render never overwrites storage.
    Loaded(Rc<Progress>, Option<String>, Option<Rc<str>>),
    /// Something the learner must know about their data (a save that failed).
    Notice(String),
    /// The learner has read the notice.
    DismissNotice,
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
    /// Whether storage has been read: until then nothing may be saved.
    pub ready: bool,
    /// A message about the learner's stored data, until dismissed.
    pub notice: Option<String>,
    /// Stored text that could not be read, so the learner can still download it.
    pub unreadable: Option<Rc<str>>,
}

impl ProgressState {
    /// State holding `progress`, ready, with nothing to undo.
    pub fn new(progress: Progress) -> ProgressState {
        ProgressState {
            progress: Rc::new(progress),
            undo: None,
            ready: true,
            notice: None,
            unreadable: None,
        }
    }

    /// The state after `action`; the same `Rc` when nothing changes.
    pub fn apply(self: Rc<Self>, action: ProgressAction) -> Rc<Self> {
        let changed = |progress: Progress, undo: Option<Undo>| {
            Rc::new(ProgressState {
                progress: Rc::new(progress),
                undo,
                ..(*self).clone()
            })
        };
        let undo_for = |message: String| {
            Some(Undo {
                message,
                before: self.progress.clone(),
            })
        };
        match action {
            ProgressAction::Loaded(progress, notice, unreadable) => Rc::new(ProgressState {
                progress,
                undo: None,
                ready: true,
                notice,
                unreadable,
            }),
            ProgressAction::Notice(message) if self.notice.as_ref() == Some(&message) => self,
            ProgressAction::Notice(message) => Rc::new(ProgressState {
                notice: Some(message),
                ..(*self).clone()
            }),
            ProgressAction::DismissNotice if self.notice.is_none() => self,
            ProgressAction::DismissNotice => Rc::new(ProgressState {
                notice: None,
                ..(*self).clone()
            }),
            ProgressAction::Record(attempt) => {
                let mut progress = (*self.progress).clone();
                progress.record(attempt);
                changed(progress, self.undo.clone())
            }
            ProgressAction::Flag(flag) => {
                let mut progress = (*self.progress).clone();
                progress.add_flag(flag);
                changed(progress, self.undo.clone())
            }
            ProgressAction::RemoveFlag(index) if index < self.progress.flags.len() => {
                let mut progress = (*self.progress).clone();
                let flag = progress.flags.remove(index);
                let message = format!("The flag on “{}” was deleted.", flag.card);
                changed(progress, undo_for(message))
            }
            ProgressAction::RemoveFlag(_) => self,
            ProgressAction::Settings(settings) if settings == self.progress.settings => self,
            ProgressAction::Settings(settings) => {
                let progress = Progress {
                    settings,
                    ..(*self.progress).clone()
                };
                changed(progress, self.undo.clone())
            }
            ProgressAction::Import(backup, ImportMode::Merge) => {
                let mut progress = (*self.progress).clone();
                progress.merge(&backup);
                if progress == *self.progress {
                    return self;
                }
                changed(progress, self.undo.clone())
            }
            ProgressAction::Import(backup, ImportMode::Replace) => {
                let message = "Your progress was replaced by the backup.".to_owned();
                let undo = undo_for(message).filter(|_| !self.progress.is_empty());
                Rc::new(ProgressState {
                    progress: backup,
                    undo,
                    ..(*self).clone()
                })
            }
            ProgressAction::Reset if *self.progress == Progress::default() => self,
            ProgressAction::Reset => changed(
                Progress::default(),
                undo_for("Everything was cleared.".into()),
            ),
            ProgressAction::Undo => match &self.undo {
                Some(undo) => Rc::new(ProgressState {
                    progress: undo.before.clone(),
                    undo: None,
                    ..(*self).clone()
                }),
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
    fn nothing_is_ready_until_storage_is_read() {
        let start = Rc::new(ProgressState::default());
        assert!(!start.ready);
        let stored = Rc::new(Progress {
            attempts: vec![attempt("a", 1, 50)],
            ..Progress::default()
        });
        let loaded = start.apply(ProgressAction::Loaded(
            stored.clone(),
            Some("kept aside".into()),
            Some("{broken".into()),
        ));
        assert!(loaded.ready);
        assert_eq!(loaded.progress, stored);
        assert_eq!(loaded.notice.as_deref(), Some("kept aside"));
        assert_eq!(loaded.unreadable.as_deref(), Some("{broken"));
        let dismissed = loaded.apply(ProgressAction::DismissNotice);
        assert_eq!(dismissed.notice, None);
        assert!(dismissed.ready);
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
            ProgressAction::DismissNotice,
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
