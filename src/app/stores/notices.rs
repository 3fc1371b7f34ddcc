//! What the learner must be told about their stored data, shown above every page until
//! dismissed: one notice per problem, however often it happens.

use crate::services::storage::StorageError;
use std::rc::Rc;
use yew::prelude::*;

/// The storage problems not yet dismissed, in the order they arose.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notices {
    /// Each problem, once.
    pub shown: Vec<StorageError>,
}

/// A change to the notices.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    /// Tell the learner about a problem (nothing new when it is already shown).
    Tell(StorageError),
    /// The learner has read the notice at this position.
    Dismiss(usize),
}

impl Notices {
    /// The notices after `action`; the same `Rc` when nothing changes.
    pub fn apply(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Tell(error) if self.shown.contains(&error) => return self,
            NoticeAction::Tell(error) => next.shown.push(error),
            NoticeAction::Dismiss(at) if at < self.shown.len() => {
                next.shown.remove(at);
            }
            NoticeAction::Dismiss(_) => return self,
        }
        Rc::new(next)
    }
}

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        self.apply(action)
    }
}

/// The notices as the root provides them.
pub type NoticesContext = UseReducerHandle<Notices>;

/// The notices from context (`None` where no provider is mounted).
#[hook]
pub fn use_notices() -> Option<NoticesContext> {
    use_context::<NoticesContext>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::storage::Words;

    const WORDS: Words = Words {
        name: "decks",
        what: "Your decks",
        then: "",
        not_saved: "Your decks could not be saved.",
    };

    #[test]
    fn a_problem_is_told_once_until_dismissed() {
        let start = Rc::new(Notices::default());
        let told = start
            .apply(NoticeAction::Tell(StorageError::Unavailable))
            .apply(NoticeAction::Tell(StorageError::NotSaved(WORDS)));
        let again = told
            .clone()
            .apply(NoticeAction::Tell(StorageError::Unavailable));
        assert!(
            Rc::ptr_eq(&again, &told),
            "the same problem is not told twice"
        );
        let dismissed = told.apply(NoticeAction::Dismiss(0));
        assert_eq!(dismissed.shown, vec![StorageError::NotSaved(WORDS)]);
        let past = dismissed.clone().apply(NoticeAction::Dismiss(5));
        assert!(Rc::ptr_eq(&past, &dismissed));
        let back = dismissed.apply(NoticeAction::Tell(StorageError::Unavailable));
        assert_eq!(back.shown.len(), 2, "told again once it happens again");
    }
}
