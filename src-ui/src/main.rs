//! The Yew user interface of Webitel Hooks, built for the webview by trunk.

mod app;
mod components;
mod hooks;
mod i18n;
mod ipc;
mod language;
mod pages;
mod state;
mod timing;

fn main() {
    timing::mark_once("ui-started");
    yew::Renderer::<language::Root>::new().render();
}
