//! The window's shell: header (with the sync bar), the session start, the banners, the Hooks
//! tab, toasts, and a footer with the app's version.

use std::collections::HashSet;
use std::rc::Rc;

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::{AppInfo, NoArgs, SessionInfo, SyncNow};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use crate::components::banners::{ConflictsBanner, OfflineBanner};
use crate::components::conflict_dialog::ConflictDialog;
use crate::components::profile_menu::ProfileMenu;
use crate::components::session_expired::SessionExpiredDialog;
use crate::components::sync_bar::SyncBar;
use crate::components::toasts::Toasts;
use crate::hooks::{use_session, use_sync, SessionHandle, SessionState};
use crate::i18n::{error_text, t, t_with};
use crate::ipc;
use crate::pages::hooks_page::HooksPage;
use crate::pages::journal_page::JournalPage;
use crate::pages::sign_in_page::SignInPage;
use crate::state::conflicts::ConflictTarget;
use crate::state::refresh::RefreshReason;
use crate::state::sign_in::Preselect;
use crate::state::sync;
use crate::state::toasts::{self, ToastKind, ToastsState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The app's name and version for the footer, as read once before the first render
    /// (`language::Root`), or why they could not be.
    pub info: Rc<Result<AppInfo, AppError>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let SessionHandle { state, expired } = use_session();
    let sync = use_sync();
    let syncing = use_state(|| false);
    // The conflict dialog, open at a conflict, with the control that opened it.
    let conflict = use_state(|| None::<(ConflictTarget, Option<HtmlElement>)>);
    let toasts = use_reducer(ToastsState::default);
    // The main area's tab: the Hooks registry, or the change journal.
    let tab = use_state(|| MainTab::Hooks);
    let notify = use_callback(
        toasts.dispatcher(),
        |(kind, text): (ToastKind, String), toasts| {
            toasts.dispatch(toasts::Action::Push(kind, text))
        },
    );

    // The session's notice (the cache was rebuilt) is told once, whatever renders follow.
    {
        let notice = match &*state {
            SessionState::Ready(info) => info
                .notice
                .as_ref()
                .map(|n| (info.profile_id, error_text(n))),
            _ => None,
        };
        let told = use_mut_ref(HashSet::new);
        let notify = notify.clone();
        use_effect_with(notice, move |notice| {
            if let Some((profile_id, text)) = notice.clone() {
                if told.borrow_mut().insert((profile_id, text.clone())) {
                    notify.emit((ToastKind::Info, text));
                }
            }
        });
    }

    let on_session = {
        let state = state.clone();
        let expired = expired.clone();
        Callback::from(move |next: SessionState| {
            expired.set(None);
            state.set(next);
        })
    };
    let on_signed_in = on_session.reform(SessionState::Ready);

    let footer = html! { <Footer info={props.info.clone()} /> };

    match &*state {
        SessionState::Waiting => html! {
            <div class="shell">
                <Header />
                <main class="shell-main">
                    <section class="empty-state" aria-busy="true">
                        <div class="spinner" aria-hidden="true"></div>
                        <p role="status">{ t("session-loading") }</p>
                    </section>
                </main>
                { footer }
            </div>
        },
        SessionState::SignIn {
            preselect,
            reason,
            back,
        } => {
            let on_cancel = back.clone().map(|info| {
                let on_session = on_session.clone();
                Callback::from(move |_: ()| on_session.emit(SessionState::Ready(info.clone())))
            });
            html! {
                <div class="shell shell-bare">
                    <main class="shell-main shell-scroll">
                        <SignInPage preselect={*preselect} reason={reason.clone()}
                            {on_signed_in} {on_cancel} />
                    </main>
                    { footer }
                </div>
            }
        }
        SessionState::Ready(info) => {
            let expired_view = (*expired).clone().map(|expired_now| {
                let on_renewed = {
                    let on_session = on_session.clone();
                    let sync = sync.dispatcher();
                    Callback::from(move |info: SessionInfo| {
                        on_session.emit(SessionState::Ready(info));
                        sync.dispatch(sync::Action::Refresh(RefreshReason::SessionRenewed));
                    })
                };
                let on_signed_out = on_session.reform(|profile_id| {
                    SessionState::sign_in(Preselect::Profile(profile_id), None)
                });
                html! {
                    <SessionExpiredDialog expired={expired_now} session_only={info.session_only}
                        on_signed_in={on_renewed} {on_signed_out} />
                }
            });
            let on_sync_now = {
                let sync = sync.dispatcher();
                let syncing = syncing.clone();
                let notify = notify.clone();
                Callback::from(move |_: ()| {
                    syncing.set(true);
                    let sync = sync.clone();
                    let syncing = syncing.clone();
                    let notify = notify.clone();
                    spawn_local(async move {
                        match ipc::invoke::<SyncNow>(&NoArgs {}).await {
                            Ok(status) => sync.dispatch(sync::Action::Status(status)),
                            Err(err) => {
                                if toasts::shows_as_toast(&err) {
                                    notify.emit((ToastKind::Error, error_text(&err)));
                                }
                            }
                        }
                        syncing.set(false);
                    });
                })
            };
            let open_conflict = {
                let conflict = conflict.clone();
                Callback::from(move |at: (ConflictTarget, Option<HtmlElement>)| {
                    conflict.set(Some(at))
                })
            };
            let conflict_view = (*conflict).clone().map(|(target, opener)| {
                let on_close = {
                    let conflict = conflict.clone();
                    let sync = sync.dispatcher();
                    Callback::from(move |choices: u32| {
                        conflict.set(None);
                        if choices > 0 {
                            sync.dispatch(sync::Action::Refresh(RefreshReason::ConflictsResolved));
                        }
                    })
                };
                html! { <ConflictDialog {target} {opener} {on_close} /> }
            });
            let offline = sync.offline(info.offline);
            let conflicts = sync.conflicts();
            // A page per profile: switching profiles reads the new server's queues.
            let key = info.profile_id.0;
            html! {
                <div class="shell">
                    <Header sync={html! {
                        <SyncBar status={sync.status.clone()} busy={*syncing} {on_sync_now} />
                    }}>
                        <ProfileMenu session={info.clone()} on_session={on_session.clone()}
                            notify={notify.clone()} />
                    </Header>
                    <main class="shell-main shell-stack">
                        if offline {
                            <OfflineBanner server={AttrValue::from(info.server.clone())}
                                pending={sync.pending()} />
                        }
                        if conflicts > 0 {
                            <ConflictsBanner count={conflicts}
                                on_review={open_conflict.reform(|opener| (ConflictTarget::First, opener))} />
                        }
                        <MainTabs tab={*tab} on_tab={tab.setter().to_callback()} />
                        // Kept while the journal shows, so that the picked queue, its page and
                        // the filters are there on coming back.
                        <div class="main-view" hidden={*tab != MainTab::Hooks}>
                            <HooksPage {key} session={info.clone()} refresh={sync.refresh}
                                notify={notify.clone()}
                                on_conflict={open_conflict} />
                        </div>
                        if *tab == MainTab::Journal {
                            <JournalPage {key} refresh={sync.refresh} notify={notify.clone()}
                                permissions={info.permissions} />
                        }
                    </main>
                    { footer }
                    // Always there, so that the dialog's coming and going leaves the page
                    // (and its place) as it is.
                    <div class="session-layer">{ for expired_view }</div>
                    <div class="conflict-layer">{ for conflict_view }</div>
                    <Toasts toasts={toasts.toasts.clone()}
                        on_dismiss={toasts.dispatcher().to_callback().reform(toasts::Action::Dismiss)} />
                </div>
            }
        }
    }
}

/// What the main area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MainTab {
    Hooks,
    Journal,
}

#[derive(Properties, PartialEq)]
struct MainTabsProps {
    tab: MainTab,
    on_tab: Callback<MainTab>,
}

#[component]
fn MainTabs(props: &MainTabsProps) -> Html {
    let button = |tab: MainTab, name: &'static str, label_id: &'static str| {
        let on_tab = props.on_tab.reform(move |_: MouseEvent| tab);
        html! {
            <button type="button" role="tab" data-main-tab={name}
                aria-selected={(props.tab == tab).to_string()} onclick={on_tab}>
                { t(label_id) }
            </button>
        }
    };
    html! {
        <nav class="main-tabs" role="tablist" aria-label={t("main-tabs")}>
            { button(MainTab::Hooks, "hooks", "main-tab-hooks") }
            { button(MainTab::Journal, "journal", "main-tab-journal") }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct HeaderProps {
    /// Right of the title: the sync bar, once signed in.
    #[prop_or_default]
    sync: Html,
    #[prop_or_default]
    children: Html,
}

#[component]
fn Header(props: &HeaderProps) -> Html {
    html! {
        <header class="shell-header">
            <img src="icon.svg" alt="" />
            <h1>{ t("app-title") }</h1>
            { props.sync.clone() }
            <div class="shell-user">{ props.children.clone() }</div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct FooterProps {
    info: Rc<Result<AppInfo, AppError>>,
}

#[component]
fn Footer(props: &FooterProps) -> Html {
    let version = match &*props.info {
        Ok(info) => html! {
            <span>{ t_with("app-version", &[
                ("name", FluentValue::from(info.name.clone())),
                ("version", FluentValue::from(info.version.clone())),
            ]) }</span>
        },
        Err(err) => html! { <span class="error">{ error_text(err) }</span> },
    };
    html! {
        <footer class="shell-footer">
            <span></span>
            { version }
        </footer>
    }
}
