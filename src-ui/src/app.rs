//! The window's shell: header, the current page, and a footer with the app's version.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{AppInfo, GetAppInfo, NoArgs};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use crate::ipc;

/// Where the footer's version stands: asked once when the window opens.
#[derive(Debug, Clone, PartialEq)]
enum Version {
    Loading,
    Known(AppInfo),
    Failed(AppError),
}

#[component]
pub fn App() -> Html {
    let version = use_state(|| Version::Loading);

    {
        let version = version.clone();
        // Empty dependencies: runs once, after the first render.
        use_effect_with((), move |_| {
            spawn_local(async move {
                version.set(match ipc::invoke::<GetAppInfo>(&NoArgs {}).await {
                    Ok(info) => Version::Known(info),
                    Err(err) => Version::Failed(err),
                });
            });
        });
    }

    html! {
        <div class="shell">
            <header class="shell-header">
                <img src="icon.svg" alt="" />
                <h1>{ "Webitel Hooks" }</h1>
            </header>
            <main class="shell-main">
                <section class="empty-state">
                    <h2>{ "No server yet" }</h2>
                    <p>{ "Add a Webitel server to review and manage the hooks of its queues." }</p>
                </section>
            </main>
            <Footer version={(*version).clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FooterProps {
    version: Version,
}

#[component]
fn Footer(props: &FooterProps) -> Html {
    let version = match &props.version {
        Version::Loading => html! { <span>{ "\u{2026}" }</span> },
        Version::Known(info) => html! {
            <span>{ format!("{} {}", info.name, info.version) }</span>
        },
        Version::Failed(err) => html! { <span class="error">{ err.message.clone() }</span> },
    };
    html! {
        <footer class="shell-footer">
            <span>{ "Not signed in" }</span>
            { version }
        </footer>
    }
}
