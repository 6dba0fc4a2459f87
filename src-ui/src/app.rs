//! The window's shell: header, the session start, the Hooks tab, and a footer with the app's
//! version.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{AppInfo, GetAppInfo, NoArgs};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use crate::hooks::{use_session, SessionState};
use crate::i18n::{t, t_with};
use crate::ipc;
use crate::pages::hooks_page::HooksPage;

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
    let session = use_session();

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

    let user = match &session {
        SessionState::Ready(info) => t_with(
            "session-user",
            &[
                ("username", FluentValue::from(info.username.clone())),
                ("server", FluentValue::from(info.server.clone())),
            ],
        ),
        _ => t("session-signed-out"),
    };

    let main = match &session {
        SessionState::Waiting => html! {
            <section class="empty-state" aria-busy="true">
                <div class="spinner" aria-hidden="true"></div>
                <p role="status">{ t("session-loading") }</p>
            </section>
        },
        SessionState::Ready(info) => html! { <HooksPage session={info.clone()} /> },
        SessionState::Failed(err) => html! {
            <section class="empty-state message-screen" role="alert">
                <h2>{ t("session-failed-title") }</h2>
                <p>{ err.message.clone() }</p>
            </section>
        },
        SessionState::None => html! {
            <section class="empty-state message-screen">
                <h2>{ t("session-none-title") }</h2>
                <p>{ t("session-none") }</p>
            </section>
        },
    };

    html! {
        <div class="shell">
            <header class="shell-header">
                <img src="icon.svg" alt="" />
                <h1>{ t("app-title") }</h1>
                <span class="shell-user">{ user }</span>
            </header>
            <main class="shell-main">{ main }</main>
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
            <span>{ t_with("app-version", &[
                ("name", FluentValue::from(info.name.clone())),
                ("version", FluentValue::from(info.version.clone())),
            ]) }</span>
        },
        Version::Failed(err) => html! { <span class="error">{ err.message.clone() }</span> },
    };
    html! {
        <footer class="shell-footer">
            <span></span>
            { version }
        </footer>
    }
}
