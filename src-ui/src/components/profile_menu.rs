//! The header's profile menu: switch to another server profile, add one, rename or remove the
//! active one, the app's settings, sign out. A menu button (Enter, Space or the arrows open it; the arrows move;
//! Escape closes and focus returns to the button) and its dialogs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement};
use webitel_hooks_model::commands::{ListProfiles, NoArgs, ProfileRef, ResumeProfile, SessionInfo};
use webitel_hooks_model::{Profile, ProfileId};
use yew::prelude::*;

use super::profile_dialogs::{EditProfileDialog, RemoveDialog, SignOutDialog};
use super::settings_dialog::SettingsDialog;
use crate::hooks::SessionState;
use crate::i18n::t;
use crate::ipc;
use crate::language::LanguageSwitch;
use crate::state::sign_in::Preselect;
use crate::state::toasts::ToastKind;

/// The profile a session belongs to.
fn active_profile<'a>(session: &SessionInfo, profiles: &'a [Profile]) -> Option<&'a Profile> {
    profiles.iter().find(|p| p.id == session.profile_id)
}

#[derive(Debug, Clone, PartialEq)]
enum Dialog {
    Edit,
    Remove,
    Settings,
    SignOut,
}

#[derive(Properties, PartialEq)]
pub struct ProfileMenuProps {
    pub session: SessionInfo,
    /// Where the window goes next: another session, or the Sign-in screen.
    pub on_session: Callback<SessionState>,
    /// Shows a toast (Settings' "Diagnostics copied").
    pub notify: Callback<(ToastKind, String)>,
}

fn menu_items(menu: &NodeRef) -> Vec<HtmlElement> {
    let Some(menu) = menu.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(list) = menu.query_selector_all("[role^='menuitem']") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

#[component]
pub fn ProfileMenu(props: &ProfileMenuProps) -> Html {
    let open = use_state(|| false);
    // Where focus goes when the menu opens: the first item, or the last (Arrow Up).
    let focus_last = use_state(|| false);
    let profiles = use_state(Vec::<Profile>::new);
    // Settings opens again by itself after a change of language there rendered the window anew.
    let switch = use_context::<LanguageSwitch>();
    let dialog = use_state(|| {
        switch
            .as_ref()
            .is_some_and(|s| s.reopen_settings.take())
            .then_some(Dialog::Settings)
    });
    let switching = use_state(|| false);
    let button = use_node_ref();
    let menu = use_node_ref();

    let reload = {
        let profiles = profiles.clone();
        Callback::from(move |_: ()| {
            let profiles = profiles.clone();
            spawn_local(async move {
                if let Ok(list) = ipc::invoke::<ListProfiles>(&NoArgs {}).await {
                    profiles.set(list.profiles);
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(props.session.clone(), move |_| reload.emit(()));
    }

    // On open: focus the checked profile (or the first item); Arrow Up: the last.
    {
        let menu = menu.clone();
        let last = *focus_last;
        use_effect_with(*open, move |open| {
            if *open {
                let items = menu_items(&menu);
                let target = if last {
                    items.last().cloned()
                } else {
                    items
                        .iter()
                        .find(|i| i.get_attribute("aria-checked").as_deref() == Some("true"))
                        .or(items.first())
                        .cloned()
                };
                if let Some(target) = target {
                    let _ = target.focus();
                }
            }
        });
    }

    let close = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |refocus: bool| {
            open.set(false);
            if refocus {
                if let Some(button) = button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };

    let on_button_click = {
        let open = open.clone();
        let focus_last = focus_last.clone();
        let reload = reload.clone();
        Callback::from(move |_: MouseEvent| {
            if !*open {
                reload.emit(());
            }
            focus_last.set(false);
            open.set(!*open);
        })
    };
    let on_button_key = {
        let open = open.clone();
        let focus_last = focus_last.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                e.prevent_default();
                focus_last.set(e.key() == "ArrowUp");
                open.set(true);
            }
            _ => {}
        })
    };
    let on_menu_key = {
        let menu = menu.clone();
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            let items = menu_items(&menu);
            if items.is_empty() {
                return;
            }
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let current = items
                .iter()
                .position(|i| active.as_ref() == Some(i.unchecked_ref::<Element>()));
            let last = items.len() - 1;
            let next = match e.key().as_str() {
                "ArrowDown" => Some(current.map_or(0, |c| if c >= last { 0 } else { c + 1 })),
                "ArrowUp" => Some(current.map_or(last, |c| if c == 0 { last } else { c - 1 })),
                "Home" => Some(0),
                "End" => Some(last),
                "Escape" => {
                    e.prevent_default();
                    close.emit(true);
                    None
                }
                "Tab" => {
                    close.emit(false);
                    None
                }
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                let _ = items[next].focus();
            }
        })
    };

    let active = active_profile(&props.session, &profiles).cloned();
    let active_id = props.session.profile_id;

    let on_pick = {
        let close = close.clone();
        let on_session = props.on_session.clone();
        let switching = switching.clone();
        Callback::from(move |id: ProfileId| {
            close.emit(true);
            if id == active_id {
                return;
            }
            let on_session = on_session.clone();
            let switching = switching.clone();
            switching.set(true);
            spawn_local(async move {
                let args = ProfileRef { profile_id: id };
                let next = match ipc::invoke::<ResumeProfile>(&args).await {
                    Ok(info) => SessionState::Ready(info),
                    Err(err) => SessionState::sign_in(Preselect::Profile(id), Some(err)),
                };
                switching.set(false);
                on_session.emit(next);
            });
        })
    };

    let open_dialog = {
        let dialog = dialog.clone();
        let close = close.clone();
        move |which: Dialog| {
            let dialog = dialog.clone();
            let close = close.clone();
            Callback::from(move |_: MouseEvent| {
                // Focus goes to the menu button first, so the dialog gives it back there.
                close.emit(true);
                dialog.set(Some(which.clone()));
            })
        }
    };
    let on_add = {
        let close = close.clone();
        let on_session = props.on_session.clone();
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            close.emit(false);
            on_session.emit(SessionState::SignIn {
                preselect: Preselect::NewServer,
                reason: None,
                back: Some(session.clone()),
            });
        })
    };

    // A rename shows at once, before the session says so.
    let label = match &active {
        Some(profile) => profile.name.clone(),
        None => props.session.profile_name.clone(),
    };

    let menu_view = (*open).then(|| {
        let close_scrim = close.reform(|_: MouseEvent| false);
        html! {
            <>
                <div class="menu-scrim" onclick={close_scrim}></div>
                <div class="menu" role="menu" aria-label={t("profiles")} ref={menu.clone()}
                    onkeydown={on_menu_key}>
                    { for profiles.iter().map(|p| {
                        let checked = p.id == active_id;
                        let id = p.id;
                        let onclick = on_pick.reform(move |_: MouseEvent| id);
                        html! {
                            <button key={p.id.0} type="button" role="menuitemradio" tabindex="-1"
                                class="menu-item menu-profile"
                                aria-checked={if checked { "true" } else { "false" }} {onclick}>
                                <span class="menu-check" aria-hidden="true">
                                    if checked {
                                        <svg class="icon" viewBox="0 0 24 24" focusable="false"><path d="M5 12l5 5 9-10" /></svg>
                                    }
                                </span>
                                <span class="menu-text">
                                    <span class="menu-name" title={p.name.clone()}>{ p.name.clone() }</span>
                                    <span class="menu-detail" title={format!("{} · {}", p.username, p.server)}>{ format!("{} · {}", p.username, p.server) }</span>
                                </span>
                            </button>
                        }
                    }) }
                    <div class="menu-separator" role="separator"></div>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item" onclick={on_add}>
                        { t("profiles-add") }
                    </button>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        disabled={active.is_none()} onclick={open_dialog(Dialog::Edit)}>
                        { t("profiles-edit") }
                    </button>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        disabled={active.is_none()} onclick={open_dialog(Dialog::Remove)}>
                        { t("profiles-remove") }
                    </button>
                    <div class="menu-separator" role="separator"></div>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        onclick={open_dialog(Dialog::Settings)}>
                        { t("profiles-settings") }
                    </button>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        onclick={open_dialog(Dialog::SignOut)}>
                        { t("profiles-sign-out") }
                    </button>
                </div>
            </>
        }
    });

    let opener = button.cast::<HtmlElement>();
    let close_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |_: ()| dialog.set(None))
    };
    let dialog_view = match (&*dialog, &active) {
        (Some(Dialog::Edit), Some(profile)) => {
            let on_saved = {
                let dialog = dialog.clone();
                let profiles = profiles.clone();
                Callback::from(move |saved: Profile| {
                    let mut list = (*profiles).clone();
                    if let Some(p) = list.iter_mut().find(|p| p.id == saved.id) {
                        *p = saved;
                    }
                    profiles.set(list);
                    dialog.set(None);
                })
            };
            html! { <EditProfileDialog profile={profile.clone()} {opener} on_close={close_dialog} {on_saved} /> }
        }
        (Some(Dialog::Remove), Some(profile)) => {
            let on_removed = {
                let on_session = props.on_session.clone();
                Callback::from(move |_: ()| {
                    on_session.emit(SessionState::sign_in(Preselect::LastUsed, None))
                })
            };
            html! { <RemoveDialog profile={profile.clone()} {opener} on_close={close_dialog} {on_removed} /> }
        }
        (Some(Dialog::Settings), _) => html! {
            <SettingsDialog {opener} on_close={close_dialog} notify={props.notify.clone()} />
        },
        (Some(Dialog::SignOut), _) => {
            let on_signed_out = {
                let on_session = props.on_session.clone();
                Callback::from(move |_: ()| {
                    on_session.emit(SessionState::sign_in(Preselect::Profile(active_id), None))
                })
            };
            html! { <SignOutDialog {opener} on_close={close_dialog} {on_signed_out} /> }
        }
        _ => html! {},
    };

    html! {
        <div class="profile-menu">
            <button type="button" class="profile-button" ref={button}
                aria-label={t("profiles")} aria-haspopup="menu"
                aria-expanded={if *open { "true" } else { "false" }}
                aria-busy={if *switching { "true" } else { "false" }}
                onclick={on_button_click} onkeydown={on_button_key}>
                <span class="profile-avatar" aria-hidden="true">
                    { props.session.username.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default() }
                </span>
                <span class="profile-text">
                    <span class="profile-name">{ label }</span>
                    <span class="profile-user">{ props.session.username.clone() }</span>
                </span>
                <svg class="icon profile-chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 9l6 6 6-6" />
                </svg>
            </button>
            <div class="menu-layer">{ for menu_view }</div>
            <div class="menu-layer">{ dialog_view }</div>
        </div>
    }
}
