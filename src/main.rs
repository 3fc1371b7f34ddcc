//! The web app's entry point, built by Trunk.

/// Talc in place of the standard library's dlmalloc: 2.9 KB less wasm (gzip), with the same
/// speed and memory in the browser benchmarks (`make bench`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    // Into its own element: mounted on the body, Yew would clear it, and with it the page
    // drawn at build time that stays until the first page is ready (see `app::Shell`).
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => yew::Renderer::<boardroom::app::App>::with_root(root).render(),
        None => yew::Renderer::<boardroom::app::App>::new().render(),
    };
}
