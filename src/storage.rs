//! Everything the app reads from or writes to the browser outside the page: local storage,
//! files the learner downloads or picks, and the clock. The only module that does.
//!
//! Progress is stored under [`PROGRESS_KEY`] as a backup document (see
//! [`crate::progress::encode`]). Data that cannot be read is never thrown away: it is copied
//! to [`ASIDE_KEY`] and the learner is told, and the app starts clean.

use crate::deck::Deck;
use crate::game::SavedGame;
use crate::progress::{BackupError, Clock, Progress, decode, encode};
use crate::rubric::Thesaurus;
use crate::studio::{decode_shelf, encode_shelf};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Where progress lives; the `v1` names the key's layout, the document its own schema.
pub const PROGRESS_KEY: &str = "boardroom/v1/progress";
/// Where unreadable progress is kept aside.
pub const ASIDE_KEY: &str = "boardroom/v1/progress-unreadable";
/// Where the game in progress on this device is kept, so a reload resumes it.
pub const GAME_KEY: &str = "boardroom/v1/game";
/// Where a kept game that could not be read is put aside.
pub const GAME_ASIDE_KEY: &str = "boardroom/v1/game-unreadable";

/// Where the learner's own decks live.
pub const DECKS_KEY: &str = "boardroom/v1/decks";
/// Where stored decks that could not be read are kept aside.
pub const DECKS_ASIDE_KEY: &str = "boardroom/v1/decks-unreadable";

/// What storage held at start, and what the learner should be told about it.
pub struct Loaded {
    /// The progress read (empty when there was none or it could not be read).
    pub progress: Progress,
    /// A message about what went wrong, if anything did.
    pub notice: Option<String>,
    /// The stored text that could not be read, if any.
    pub unreadable: Option<String>,
}

impl Loaded {
    /// Nothing stored yet, or nothing could be read: a clean start with `notice`.
    fn clean(notice: Option<String>) -> Loaded {
        Loaded {
            progress: Progress::default(),
            notice,
            unreadable: None,
        }
    }
}

fn local_storage() -> Option<Storage> {
    // Both steps throw in some private modes and when storage is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

const NO_STORAGE: &str = "This browser does not let Boardroom keep anything (private browsing or blocked storage). \
     You can practise, but your progress will be gone when you close the tab: export a backup on the Progress page to keep it.";

/// Reads the stored progress (see the module docs for what happens to unreadable data).
pub fn load_progress() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::clean(Some(NO_STORAGE.into()));
    };
    let text = match storage.get_item(PROGRESS_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::clean(None),
        Err(_) => return Loaded::clean(Some(NO_STORAGE.into())),
    };
    match decode(&text) {
        Ok(progress) => Loaded {
            progress,
            notice: None,
            unreadable: None,
        },
        Err(error) => {
            let kept = storage.set_item(ASIDE_KEY, &text).is_ok();
            let why = match &error {
                BackupError::Newer(_) => format!("Your saved progress could not be read: {error}."),
                BackupError::Invalid(_) => {
                    format!("Your saved progress was damaged and could not be read ({error}).")
                }
            };
            let then = if kept {
                format!(
                    " It is kept aside in this browser's storage under “{ASIDE_KEY}”, and Boardroom started afresh."
                )
            } else {
                " Storage is too full to keep it aside: download it now, before new progress is saved over it.".to_owned()
            };
            Loaded {
                progress: Progress::default(),
                notice: Some(why + &then),
                unreadable: Some(text),
            }
        }
    }
}

/// Saves progress; the error says what failed in words the learner can act on.
pub fn save_progress(progress: &Progress) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| NO_STORAGE.to_owned())?;
    storage
        .set_item(PROGRESS_KEY, &encode(progress))
        .map_err(|_| {
            "Your latest progress could not be saved: this browser's storage is full or blocked. \
             Export a backup on the Progress page so nothing is lost."
                .to_owned()
        })
}

/// The game in progress on this device, if there is one this build can resume.
pub fn load_game() -> Option<SavedGame> {
    let text = local_storage()?.get_item(GAME_KEY).ok()??;
    SavedGame::decode(&text)
}

/// At start: a kept game this build cannot read is moved aside under [`GAME_ASIDE_KEY`] (so
/// it is no longer offered to resume), and the message says so. `None` when all is well.
pub fn check_game() -> Option<String> {
    let storage = local_storage()?;
    let text = storage.get_item(GAME_KEY).ok()??;
    let why = SavedGame::read(&text).err()?;
    let kept = storage.set_item(GAME_ASIDE_KEY, &text).is_ok();
    let then = if kept {
        let _ = storage.remove_item(GAME_KEY);
        format!(" Its text is kept aside in this browser's storage under “{GAME_ASIDE_KEY}”.")
    } else {
        " Storage is too full to keep it aside.".to_owned()
    };
    Some(format!(
        "The game kept on this device could not be read: {why}.{then} To play on, join the game again with its link or code."
    ))
}

/// Keeps the game in progress, or says that a reload would lose it.
pub fn save_game(saved: &SavedGame) -> Result<(), String> {
    local_storage()
        .and_then(|s| s.set_item(GAME_KEY, &saved.encode()).ok())
        .ok_or_else(|| {
            "This browser's storage is full or blocked, so the game is not kept: reloading this page would start it again.".to_owned()
        })
}

/// Forgets the game in progress.
pub fn clear_game() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(GAME_KEY);
    }
}

/// The learner's own decks, and a message when some could not be read (their text is then
/// kept aside under [`DECKS_ASIDE_KEY`], unless storage is too full to).
pub fn load_decks() -> (Vec<Deck>, Option<String>) {
    let Some(text) = local_storage().and_then(|s| s.get_item(DECKS_KEY).ok().flatten()) else {
        return (Vec::new(), None);
    };
    let stored = decode_shelf(&text);
    if stored.problems.is_empty() {
        return (stored.decks, None);
    }
    let kept = local_storage().is_some_and(|s| s.set_item(DECKS_ASIDE_KEY, &text).is_ok());
    let mut notice = format!(
        "Some of your decks could not be read: {}.",
        stored.problems.join("; ")
    );
    notice.push_str(if kept {
        " What was stored is kept aside in this browser's storage under “boardroom/v1/decks-unreadable”."
    } else {
        " Storage is too full to keep it aside."
    });
    (stored.decks, Some(notice))
}

/// Stores the learner's own decks; the error says what failed in words they can act on.
pub fn save_decks(decks: &[Deck]) -> Result<(), String> {
    local_storage()
        .and_then(|s| s.set_item(DECKS_KEY, &encode_shelf(decks)).ok())
        .ok_or_else(|| {
            "Your decks could not be saved: this browser's storage is full or blocked. Export each deck you changed as a file so nothing is lost.".to_owned()
        })
}

/// The text at `url`, fetched by the browser; the error explains network and CORS failures
/// and how to work around them.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let workaround = "Workaround: open the address in a new tab, save the file, and import it from the file instead.";
    let window = web_sys::window().ok_or("This page has no window to fetch from.")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| {
            format!(
                "The browser could not fetch “{url}”. Either it cannot reach that address (you are offline, or the address is wrong), \
                 or that server does not let other sites read its files (it sends no CORS header allowing it; the browser hides which). {workaround}"
            )
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("“{url}” did not give a response."))?;
    if !response.ok() {
        return Err(format!(
            "The server answered “{} {}” for “{url}”: check the address. {workaround}",
            response.status(),
            response.status_text()
        ));
    }
    if let Some(length) = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<f64>().ok())
    {
        if length > f64::from(MAX_DECK_MB) * 1024.0 * 1024.0 {
            return Err(format!(
                "“{url}” is {:.1} MB; a deck can be at most {MAX_DECK_MB} MB.",
                length / 1024.0 / 1024.0
            ));
        }
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| format!("“{url}” could not be read as text."))?,
    )
    .await
    .map_err(|_| format!("The download of “{url}” broke off. {workaround}"))?;
    text.as_string()
        .ok_or_else(|| format!("“{url}” is not a text file."))
}

/// The time now and the learner's offset from UTC.
pub fn clock() -> Clock {
    let now = js_sys::Date::new_0();
    Clock {
        now: now.get_time() as i64,
        // `getTimezoneOffset` is minutes behind UTC; the clock counts minutes ahead.
        offset_minutes: -(now.get_timezone_offset() as i32),
    }
}

/// Offers `text` to the learner as a file called `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    // Every step fails the same way for the learner: the file did not arrive.
    let fail = || format!("The browser would not save “{name}”.");
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| fail())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let link: web_sys::HtmlAnchorElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into().ok())
        .ok_or_else(fail)?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The largest backup file read: ten times a heavy user's years of practice, small enough
/// that reading it cannot stall the page.
pub const MAX_BACKUP_MB: u32 = 20;
/// The largest deck file read, as the deck format allows.
pub const MAX_DECK_MB: u32 = (crate::deck::MAX_DECK_BYTES >> 20) as u32;

/// Reads a file the learner picked, as text; `what` names the kind of file (“a backup”) in
/// the message when it is larger than `max_mb` megabytes.
pub async fn read_file(file: web_sys::File, max_mb: u32, what: &str) -> Result<String, String> {
    let limit = f64::from(max_mb) * 1024.0 * 1024.0;
    if file.size() > limit {
        return Err(format!(
            "“{}” is {:.1} MB; {what} can be at most {max_mb} MB.",
            file.name(),
            file.size() / 1024.0 / 1024.0
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| format!("The browser could not read “{}”.", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("“{}” is not a text file.", file.name()))
}

thread_local! {
    /// The drafting thesaurus once fetched: one copy for the page's life.
    static THESAURUS: RefCell<Option<Rc<Thesaurus>>> = const { RefCell::new(None) };
}

/// The file beside `index.html` that holds the drafting thesaurus (see
/// [`Thesaurus`](crate::rubric::Thesaurus)); the build copies it there, and the service
/// worker keeps it for offline use.
pub const THESAURUS_FILE: &str = "thesaurus.txt";

/// What an author is told when the thesaurus cannot be had.
pub const THESAURUS_UNAVAILABLE: &str = "The list of synonyms could not be loaded (offline on a first visit?), so this draft uses only the model answer's own words.";

/// Run `then` with the drafting thesaurus: at once when this page has it, else once it has
/// been fetched (the first time a draft needs it: most visits never draft, so it is not part
/// of the app's first load). When it cannot be had, `then` gets an empty one and
/// [`THESAURUS_UNAVAILABLE`], and the draft goes ahead without synonyms.
pub fn with_thesaurus(then: Box<dyn FnOnce(Rc<Thesaurus>, Option<&'static str>)>) {
    if let Some(loaded) = THESAURUS.with(|t| t.borrow().clone()) {
        then(loaded, None);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = fetch_text(THESAURUS_FILE).await.ok();
        match text.and_then(|text| Thesaurus::parse(&text).ok()) {
            Some(parsed) => {
                let parsed = Rc::new(parsed);
                THESAURUS.with(|t| *t.borrow_mut() = Some(parsed.clone()));
                then(parsed, None);
            }
            None => then(Rc::default(), Some(THESAURUS_UNAVAILABLE)),
        }
    });
}
