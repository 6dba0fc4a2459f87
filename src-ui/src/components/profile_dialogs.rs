//! The profile menu's dialogs: edit the active profile (its name, its admin address), remove it,
//! sign out.

use web_sys::{HtmlElement, HtmlInputElement};
use webitel_hooks_model::commands::{
    ProfileRef, RemoveProfile, RenameProfile, RenameProfileArgs, SetAdminAddress,
    SetAdminAddressArgs, SignOut, SignOutArgs,
};
use webitel_hooks_model::{default_admin_address, Profile};
use yew::prelude::*;

use super::dialog::{dialog_alert, dialog_keys};
use crate::hooks::{use_dialog_focus, use_submit};
use crate::i18n::t;
use crate::ipc;

pub const AFTER_MENU: &[&str] = &["button.profile-button"];

#[derive(Properties, PartialEq)]
pub struct EditProfileProps {
    pub profile: Profile,
    pub opener: Option<HtmlElement>,
    pub on_close: Callback<()>,
    pub on_saved: Callback<Profile>,
}

/// The active profile's name and the admin its flow links open.
#[component]
pub fn EditProfileDialog(props: &EditProfileProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let name = use_state(|| props.profile.name.clone());
    let admin = use_state(|| props.profile.admin_address.clone().unwrap_or_default());
    let submit = use_submit();
    let trimmed = name.trim().to_owned();
    let admin_typed = admin.trim().to_owned();
    let rename = trimmed != props.profile.name;
    let readdress = admin_typed != props.profile.admin_address.clone().unwrap_or_default();
    let can_save = !submit.busy() && !trimmed.is_empty() && (rename || readdress);
    let onsubmit = {
        let submit = submit.clone();
        let on_saved = props.on_saved.clone();
        let profile = props.profile.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !can_save {
                return;
            }
            let profile = profile.clone();
            let (name, admin_address) = (trimmed.clone(), admin_typed.clone());
            let on_saved = on_saved.clone();
            submit.send(
                async move {
                    let mut saved = profile;
                    if rename {
                        let args = RenameProfileArgs {
                            profile_id: saved.id,
                            name,
                        };
                        saved = ipc::invoke::<RenameProfile>(&args).await?;
                    }
                    if readdress {
                        let args = SetAdminAddressArgs {
                            profile_id: saved.id,
                            admin_address,
                        };
                        saved = ipc::invoke::<SetAdminAddress>(&args).await?;
                    }
                    Ok(saved)
                },
                move |profile| on_saved.emit(profile),
            );
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_admin = {
        let admin = admin.clone();
        Callback::from(move |e: InputEvent| {
            admin.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-small" role="dialog" aria-modal="true"
                aria-label={t("profile-edit-title")} ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <form class="modal-form" {onsubmit}>
                    <header class="modal-header"><h2>{ t("profile-edit-title") }</h2></header>
                    <div class="modal-body">
                        <div class="field">
                            <label for="profile-name">{ t("profile-edit-name") }</label>
                            <input id="profile-name" class="text-input" type="text" data-autofocus="true"
                                aria-label={t("profile-edit-name")} value={(*name).clone()} oninput={on_name}
                                disabled={submit.busy()} maxlength="80" />
                            <p class="field-note">{ format!("{} · {}", props.profile.username, props.profile.server) }</p>
                        </div>
                        <div class="field">
                            <label for="profile-admin">{ t("profile-edit-admin") }</label>
                            <input id="profile-admin" class="text-input" type="url"
                                aria-label={t("profile-edit-admin")} value={(*admin).clone()} oninput={on_admin}
                                placeholder={default_admin_address(&props.profile.server)}
                                disabled={submit.busy()} maxlength="2000" />
                            <p class="field-note">{ t("profile-edit-admin-note") }</p>
                        </div>
                        { dialog_alert(submit.error()) }
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
pub struct RemoveProps {
    pub profile: Profile,
    pub opener: Option<HtmlElement>,
    pub on_close: Callback<()>,
    pub on_removed: Callback<()>,
}

#[component]
pub fn RemoveDialog(props: &RemoveProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let submit = use_submit();
    let busy = submit.busy();
    let on_remove = {
        let submit = submit.clone();
        let on_removed = props.on_removed.clone();
        let profile_id = props.profile.id;
        Callback::from(move |_: MouseEvent| {
            let on_removed = on_removed.clone();
            submit.send(
                async move { ipc::invoke::<RemoveProfile>(&ProfileRef { profile_id }).await },
                move |()| on_removed.emit(()),
            );
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
                    { dialog_alert(submit.error()) }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true" disabled={busy}
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("dialog-cancel") }
                    </button>
                    <button type="button" class="button button-danger" disabled={busy} onclick={on_remove}>
                        { t("remove-confirm") }
                    </button>
                </footer>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SignOutProps {
    pub opener: Option<HtmlElement>,
    pub on_close: Callback<()>,
    pub on_signed_out: Callback<()>,
}

#[component]
pub fn SignOutDialog(props: &SignOutProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let wipe = use_state(|| false);
    let submit = use_submit();
    let busy = submit.busy();
    let on_sign_out = {
        let submit = submit.clone();
        let on_signed_out = props.on_signed_out.clone();
        let wipe_cache = *wipe;
        Callback::from(move |_: MouseEvent| {
            let on_signed_out = on_signed_out.clone();
            submit.send(
                async move { ipc::invoke::<SignOut>(&SignOutArgs { wipe_cache }).await },
                move |()| on_signed_out.emit(()),
            );
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
                            onchange={on_wipe} disabled={busy} />
                        <span>{ t("sign-out-wipe") }</span>
                    </label>
                    { dialog_alert(submit.error()) }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true" disabled={busy}
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("dialog-cancel") }
                    </button>
                    <button type="button" class="button button-primary" disabled={busy} onclick={on_sign_out}>
                        { t("sign-out-confirm") }
                    </button>
                </footer>
            </div>
        </div>
    }
}
