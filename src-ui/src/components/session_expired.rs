//! "Session expired": the password again, over the page, which stays as it was underneath.

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use webitel_hooks_model::commands::{
    SecondFactorArgs, SessionInfo, SignIn, SignInArgs, SignInOutcome, SignOut, SignOutArgs,
    SubmitSecondFactor,
};
use webitel_hooks_model::{AppError, Password, ProfileId, ProfileTarget};
use yew::prelude::*;

use crate::hooks::{trap_tab, use_dialog_focus, Expired};
use crate::i18n::t;
use crate::ipc;

#[derive(Properties, PartialEq)]
pub struct SessionExpiredProps {
    pub expired: Expired,
    /// The session kept nothing in the keyring: signing in again keeps nothing either.
    #[prop_or_default]
    pub session_only: bool,
    pub on_signed_in: Callback<SessionInfo>,
    /// Sign out instead: to the Sign-in screen for this profile.
    pub on_signed_out: Callback<ProfileId>,
}

#[component]
pub fn SessionExpiredDialog(props: &SessionExpiredProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), None, &[]);
    let password = use_state(String::new);
    let remember = use_state(|| false);
    let code = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let error = use_state(|| None::<AppError>);
    let profile_id = props.expired.profile_id;

    let can_submit = !*busy
        && match &*code {
            Some(code) => !code.trim().is_empty(),
            None => !password.is_empty(),
        };

    let onsubmit = {
        let password = password.clone();
        let remember = *remember;
        let code = code.clone();
        let busy = busy.clone();
        let error = error.clone();
        let on_signed_in = props.on_signed_in.clone();
        let session_only = props.session_only;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !can_submit {
                return;
            }
            busy.set(true);
            error.set(None);
            let password = password.clone();
            let code = code.clone();
            let busy = busy.clone();
            let error = error.clone();
            let on_signed_in = on_signed_in.clone();
            spawn_local(async move {
                let answer = match &*code {
                    Some(typed) => {
                        let args = SecondFactorArgs {
                            profile_id,
                            code: typed.trim().to_owned(),
                        };
                        ipc::invoke::<SubmitSecondFactor>(&args)
                            .await
                            .map(|session| SignInOutcome::SignedIn { session })
                    }
                    None => {
                        let args = SignInArgs {
                            profile: ProfileTarget::Existing { profile_id },
                            password: Password::new((*password).clone()),
                            remember: remember && !session_only,
                            session_only,
                        };
                        ipc::invoke::<SignIn>(&args).await
                    }
                };
                busy.set(false);
                match answer {
                    Ok(SignInOutcome::SignedIn { session }) => on_signed_in.emit(session),
                    Ok(SignInOutcome::SecondFactorRequired { .. }) => code.set(Some(String::new())),
                    Err(err) => {
                        match &*code {
                            Some(_) => code.set(Some(String::new())),
                            None => password.set(String::new()),
                        }
                        error.set(Some(err));
                    }
                }
            });
        })
    };

    let on_sign_out = {
        let on_signed_out = props.on_signed_out.clone();
        let busy = busy.clone();
        Callback::from(move |_: MouseEvent| {
            busy.set(true);
            let on_signed_out = on_signed_out.clone();
            spawn_local(async move {
                // Signed out locally whatever the server answers.
                let _ = ipc::invoke::<SignOut>(&SignOutArgs { wipe_cache: false }).await;
                on_signed_out.emit(profile_id);
            });
        })
    };

    let onkeydown = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| trap_tab(&e, &dialog))
    };

    let fields = match &*code {
        Some(value) => {
            let oninput = {
                let code = code.clone();
                Callback::from(move |e: InputEvent| {
                    code.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
                })
            };
            html! {
                <div class="field">
                    <label for="expired-code">{ t("sign-in-code") }</label>
                    <input id="expired-code" class="text-input code-input" type="text"
                        aria-label={t("sign-in-code")} inputmode="numeric"
                        autocomplete="one-time-code" data-autofocus="true"
                        value={value.clone()} {oninput} disabled={*busy} />
                </div>
            }
        }
        None => {
            let oninput = {
                let password = password.clone();
                Callback::from(move |e: InputEvent| {
                    password.set(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            let onchange = {
                let remember = remember.clone();
                Callback::from(move |e: Event| {
                    remember.set(e.target_unchecked_into::<HtmlInputElement>().checked())
                })
            };
            html! {
                <>
                    <div class="field">
                        <label for="expired-password">{ t("sign-in-password") }</label>
                        <input id="expired-password" class="text-input" type="password"
                            aria-label={t("sign-in-password")} autocomplete="current-password"
                            data-autofocus="true" value={(*password).clone()} {oninput}
                            disabled={*busy} />
                    </div>
                    <label class={classes!("check", props.session_only.then_some("check-disabled"))}>
                        <input type="checkbox" aria-label={t("sign-in-remember")} checked={*remember}
                            {onchange} disabled={*busy || props.session_only} />
                        <span>{ t("sign-in-remember") }</span>
                    </label>
                </>
            }
        }
    };

    html! {
        <div class="backdrop backdrop-session">
            <div class="modal modal-small" role="dialog" aria-modal="true"
                aria-label={t("expired-title")} aria-describedby="expired-text"
                ref={dialog} {onkeydown}>
                <form class="modal-form" {onsubmit}>
                    <header class="modal-header"><h2>{ t("expired-title") }</h2></header>
                    <div class="modal-body">
                        <p id="expired-text">{ props.expired.message.clone() }</p>
                        <p class="muted">{ t("expired-kept") }</p>
                        { fields }
                        if let Some(err) = &*error {
                            <p class="dialog-alert" role="alert">{ err.message.clone() }</p>
                        }
                    </div>
                    <footer class="modal-footer">
                        <button type="button" class="button" onclick={on_sign_out} disabled={*busy}>
                            { t("profiles-sign-out") }
                        </button>
                        <button type="submit" class="button button-primary" disabled={!can_submit}>
                            if *busy {
                                <span class="button-spinner" aria-hidden="true"></span>
                            }
                            { if code.is_some() { t("sign-in-verify") } else { t("sign-in-submit") } }
                        </button>
                    </footer>
                </form>
            </div>
        </div>
    }
}
