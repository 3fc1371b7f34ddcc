//! Files: offering text to the learner as a download, and reading a file they picked.

use wasm_bindgen::JsCast;

/// The largest backup file read: ten times a heavy user's years of practice, small enough
/// that reading it cannot stall the page.
pub const MAX_BACKUP_MB: u32 = 20;
/// The largest deck file read, as the deck format allows.
pub const MAX_DECK_MB: u32 = (crate::deck::MAX_DECK_BYTES >> 20) as u32;

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

/// Reads a file the learner picked, as text; `what` names the kind of file (“a backup”) in
/// the message when it is larger than `max_mb` megabytes.
pub async fn read(file: web_sys::File, max_mb: u32, what: &str) -> Result<String, String> {
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
