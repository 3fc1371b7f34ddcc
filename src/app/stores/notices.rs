//! What the learner must be told about their stored data, shown above every page until
//! dismissed: each problem once, however often it happens, all in one notice.

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
    /// The learner has read them (one notice holds them all).
    DismissAll,
}

impl Notices {
    /// The notices after `action`; the same `Rc` when nothing changes.
    pub fn apply(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Tell(error) if self.shown.contains(&error) => return self,
            NoticeAction::Tell(error) => next.shown.push(error),
            NoticeAction::DismissAll if self.shown.is_empty() => return self,
            NoticeAction::DismissAll => next.shown.clear(),
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
        set_aside: "Your decks could not be read, so they were set aside.",
        not_saved: "Your decks could not be saved.",
    };

    #[test]
    fn a_problem_is_told_once_until_dismissed() {
        let start = Rc::new(Notices::default());
        let told = start
            .apply(NoticeAction::Tell(StorageError::Unavailable))
            .apply(NoticeAction::Tell(StorageError::NotSaved(&WORDS)));
        let again = told
            .clone()
            .apply(NoticeAction::Tell(StorageError::Unavailable));
        assert!(
            Rc::ptr_eq(&again, &told),
            "the same problem is not told twice"
        );
        assert_eq!(told.shown.len(), 2, "two problems, shown together");
        let dismissed = told.apply(NoticeAction::DismissAll);
        assert!(dismissed.shown.is_empty());
        let again = dismissed.clone().apply(NoticeAction::DismissAll);
        assert!(
            Rc::ptr_eq(&again, &dismissed),
            "nothing to dismiss is no change"
        );
        let back = dismissed.apply(NoticeAction::Tell(StorageError::Unavailable));
        assert_eq!(back.shown.len(), 1, "told again once it happens again");
    }
}
