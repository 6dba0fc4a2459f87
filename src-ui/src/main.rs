//! The Yew user interface of Webitel Hooks, built for the webview by trunk.

mod app;
mod ipc;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
