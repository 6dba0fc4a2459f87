//! The header's profile menu: switch to another server profile, add one, rename or remove the
//! active one, sign out. A menu button (Enter, Space or the arrows open it; the arrows move;
//! Escape closes and focus returns to the button) and its dialogs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use webitel_hooks_model::commands::{
    ListProfiles, NoArgs, ProfileRef, RemoveProfile, RenameProfile, RenameProfileArgs,
    ResumeProfile, SessionInfo, SignOut, SignOutArgs,
};
use webitel_hooks_model::{AppError, Profile, ProfileId};
use yew::prelude::*;

use crate::hooks::{trap_tab, use_dialog_focus, SessionState};
use crate::i18n::t;
use crate::ipc;
use crate::state::sign_in::Preselect;

/// The profile a session belongs to.
fn active_profile<'a>(session: &SessionInfo, profiles: &'a [Profile]) -> Option<&'a Profile> {
    profiles.iter().find(|p| p.id == session.profile_id)
}

#[derive(Debug, Clone, PartialEq)]
enum Dialog {
    Rename,
    Remove,
    SignOut,
}

#[derive(Properties, PartialEq)]
pub struct ProfileMenuProps {
    pub session: SessionInfo,
    /// Where the window goes next: another session, or the Sign-in screen.
    pub on_session: Callback<SessionState>,
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
    let dialog = use_state(|| None::<Dialog>);
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
                                    <span class="menu-name">{ p.name.clone() }</span>
                                    <span class="menu-detail">{ format!("{} · {}", p.username, p.server) }</span>
                                </span>
                            </button>
                        }
                    }) }
                    <div class="menu-separator" role="separator"></div>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item" onclick={on_add}>
                        { t("profiles-add") }
                    </button>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        disabled={active.is_none()} onclick={open_dialog(Dialog::Rename)}>
                        { t("profiles-rename") }
                    </button>
                    <button type="button" role="menuitem" tabindex="-1" class="menu-item"
                        disabled={active.is_none()} onclick={open_dialog(Dialog::Remove)}>
                        { t("profiles-remove") }
                    </button>
                    <div class="menu-separator" role="separator"></div>
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
        (Some(Dialog::Rename), Some(profile)) => {
            let on_renamed = {
                let dialog = dialog.clone();
                let profiles = profiles.clone();
                Callback::from(move |renamed: Profile| {
                    let mut list = (*profiles).clone();
                    if let Some(p) = list.iter_mut().find(|p| p.id == renamed.id) {
                        *p = renamed;
                    }
                    profiles.set(list);
                    dialog.set(None);
                })
            };
            html! { <RenameDialog profile={profile.clone()} {opener} on_close={close_dialog} {on_renamed} /> }
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

/// Escape closes; Tab stays inside.
fn dialog_keys(dialog: &NodeRef, on_close: &Callback<()>) -> Callback<KeyboardEvent> {
    let dialog = dialog.clone();
    let on_close = on_close.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_close.emit(());
        } else {
            trap_tab(&e, &dialog);
        }
    })
}

const AFTER_MENU: &[&str] = &["button.profile-button"];

#[derive(Properties, PartialEq)]
struct RenameProps {
    profile: Profile,
    opener: Option<HtmlElement>,
    on_close: Callback<()>,
    on_renamed: Callback<Profile>,
}

#[component]
fn RenameDialog(props: &RenameProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let name = use_state(|| props.profile.name.clone());
    let busy = use_state(|| false);
    let error = use_state(|| None::<AppError>);
    let trimmed = name.trim().to_owned();
    let can_save = !*busy && !trimmed.is_empty() && trimmed != props.profile.name;
    let onsubmit = {
        let busy = busy.clone();
        let error = error.clone();
        let on_renamed = props.on_renamed.clone();
        let profile_id = props.profile.id;
        let trimmed = trimmed.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !can_save {
                return;
            }
            busy.set(true);
            let busy = busy.clone();
            let error = error.clone();
            let on_renamed = on_renamed.clone();
            let args = RenameProfileArgs {
                profile_id,
                name: trimmed.clone(),
            };
            spawn_local(async move {
                match ipc::invoke::<RenameProfile>(&args).await {
                    Ok(profile) => on_renamed.emit(profile),
                    Err(err) => {
                        error.set(Some(err));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-small" role="dialog" aria-modal="true"
                aria-label={t("rename-title")} ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <form class="modal-form" {onsubmit}>
                    <header class="modal-header"><h2>{ t("rename-title") }</h2></header>
                    <div class="modal-body">
                        <div class="field">
                            <label for="rename-name">{ t("rename-name") }</label>
                            <input id="rename-name" class="text-input" type="text" data-autofocus="true"
                                aria-label={t("rename-name")} value={(*name).clone()} {oninput}
                                disabled={*busy} maxlength="80" />
                            <p class="field-note">{ format!("{} · {}", props.profile.username, props.profile.server) }</p>
                        </div>
                        if let Some(err) = &*error {
                            <p class="dialog-alert" role="alert">{ err.message.clone() }</p>
                        }
                    </div>
                    <footer class="modal-footer">
                        <button type="button" class="button" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                            { t("dialog-cancel") }
                        </button>
                        <button type="submit" class="button button-primary" disabled={!can_save}>
                            { t("modal-save") }
                        </button>
                    </footer>
                </form>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RemoveProps {
    profile: Profile,
    opener: Option<HtmlElement>,
    on_close: Callback<()>,
    on_removed: Callback<()>,
}

#[component]
fn RemoveDialog(props: &RemoveProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let busy = use_state(|| false);
    let error = use_state(|| None::<AppError>);
    let on_remove = {
        let busy = busy.clone();
        let error = error.clone();
        let on_removed = props.on_removed.clone();
        let profile_id = props.profile.id;
        Callback::from(move |_: MouseEvent| {
            busy.set(true);
            let busy = busy.clone();
            let error = error.clone();
            let on_removed = on_removed.clone();
            spawn_local(async move {
                match ipc::invoke::<RemoveProfile>(&ProfileRef { profile_id }).await {
                    Ok(()) => on_removed.emit(()),
                    Err(err) => {
                        error.set(Some(err));
                        busy.set(false);
                    }
                }
            });
        })
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-small" role="alertdialog" aria-modal="true"
                aria-label={t("remove-title")} aria-describedby="remove-text" ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <header class="modal-header"><h2>{ t("remove-title") }</h2></header>
                <div class="modal-body">
                    <p id="remove-text">
                        { t("remove-text") }{ " " }
                        <strong>{ props.profile.name.clone() }</strong>
                        { format!(" ({} · {})", props.profile.username, props.profile.server) }
                    </p>
                    <p class="muted">{ t("remove-detail") }</p>
                    if let Some(err) = &*error {
                        <p class="dialog-alert" role="alert">{ err.message.clone() }</p>
                    }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true" disabled={*busy}
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("dialog-cancel") }
                    </button>
                    <button type="button" class="button button-danger" disabled={*busy} onclick={on_remove}>
                        { t("remove-confirm") }
                    </button>
                </footer>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SignOutProps {
    opener: Option<HtmlElement>,
    on_close: Callback<()>,
    on_signed_out: Callback<()>,
}

#[component]
fn SignOutDialog(props: &SignOutProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let wipe = use_state(|| false);
    let busy = use_state(|| false);
    let error = use_state(|| None::<AppError>);
    let on_sign_out = {
        let busy = busy.clone();
        let error = error.clone();
        let on_signed_out = props.on_signed_out.clone();
        let wipe_cache = *wipe;
        Callback::from(move |_: MouseEvent| {
            busy.set(true);
            let busy = busy.clone();
            let error = error.clone();
            let on_signed_out = on_signed_out.clone();
            spawn_local(async move {
                match ipc::invoke::<SignOut>(&SignOutArgs { wipe_cache }).await {
                    Ok(()) => on_signed_out.emit(()),
                    Err(err) => {
                        error.set(Some(err));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let on_wipe = {
        let wipe = wipe.clone();
        Callback::from(move |e: Event| {
            wipe.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-small" role="alertdialog" aria-modal="true"
                aria-label={t("sign-out-title")} aria-describedby="sign-out-text" ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <header class="modal-header"><h2>{ t("sign-out-title") }</h2></header>
                <div class="modal-body">
                    <p id="sign-out-text">{ t("sign-out-text") }</p>
                    <label class="check">
                        <input type="checkbox" aria-label={t("sign-out-wipe")} checked={*wipe}
                            onchange={on_wipe} disabled={*busy} />
                        <span>{ t("sign-out-wipe") }</span>
                    </label>
                    if let Some(err) = &*error {
                        <p class="dialog-alert" role="alert">{ err.message.clone() }</p>
                    }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true" disabled={*busy}
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("dialog-cancel") }
                    </button>
                    <button type="button" class="button button-primary" disabled={*busy} onclick={on_sign_out}>
                        { t("sign-out-confirm") }
                    </button>
                </footer>
            </div>
        </div>
    }
}
