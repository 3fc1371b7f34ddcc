//! The network: the app's own files (the drafting thesaurus) and a deck address the learner
//! gives. Nothing the learner writes is ever sent.

use super::files::MAX_DECK_MB;
use crate::rubric::Thesaurus;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

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
