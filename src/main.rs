//! The web app's entry point, built by Trunk.

fn main() {
    yew::Renderer::<boardroom::app::App>::new().render();
}
