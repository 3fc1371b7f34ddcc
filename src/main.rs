//! The web app's entry point, built by Trunk.

/// Talc in place of the standard library's dlmalloc: 2.9 KB less wasm (gzip), with the same
/// speed and memory in the browser benchmarks (`make bench`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    yew::Renderer::<boardroom::app::App>::new().render();
}
