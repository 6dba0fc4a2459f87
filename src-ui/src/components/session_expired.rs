//! "Session expired": the password again, over the page, which stays as it was underneath.

use web_sys::HtmlInputElement;
use webitel_hooks_model::commands::{
    SecondFactorArgs, SessionInfo, SignIn, SignInArgs, SignInOutcome, SignOut, SignOutArgs,
    SubmitSecondFactor,
};
use webitel_hooks_model::{Password, ProfileId, ProfileTarget};
use yew::prelude::*;

use super::dialog::dialog_alert;
use crate::hooks::{trap_tab, use_dialog_focus, use_submit, Expired};
use crate::i18n::{error_text, t};
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
    let submit = use_submit();
    let busy = submit.busy();
    let profile_id = props.expired.profile_id;

    let can_submit = !busy
        && match &*code {
            Some(code) => !code.trim().is_empty(),
            None => !password.is_empty(),
        };

    let onsubmit = {
        let password = password.clone();
        let remember = *remember;
        let code = code.clone();
        let submit = submit.clone();
        let on_signed_in = props.on_signed_in.clone();
        let session_only = props.session_only;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !can_submit {
                return;
            }
            let call = {
                let password = password.clone();
                let code = code.clone();
                async move {
                    match &*code {
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
                                profile: ProfileTarget::Existing {
                                    profile_id,
                                    ca_certificate_pem: None,
                                },
                                password: Password::new((*password).clone()),
                                remember: remember && !session_only,
                                session_only,
                            };
                            ipc::invoke::<SignIn>(&args).await
                        }
                    }
                }
            };
            let password = password.clone();
            let code = code.clone();
            let on_signed_in = on_signed_in.clone();
            submit.run(call, move |answer| match answer {
                Ok(SignInOutcome::SignedIn { session }) => {
                    on_signed_in.emit(session);
                    Ok(())
                }
                Ok(SignInOutcome::SecondFactorRequired { .. }) => {
                    code.set(Some(String::new()));
                    Ok(())
                }
                Err(err) => {
                    match &*code {
                        Some(_) => code.set(Some(String::new())),
                        None => password.set(String::new()),
                    }
                    Err(err)
                }
            });
        })
    };

    let on_sign_out = {
        let on_signed_out = props.on_signed_out.clone();
        let submit = submit.clone();
        Callback::from(move |_: MouseEvent| {
            let on_signed_out = on_signed_out.clone();
            submit.send(
                async move {
                    // Signed out locally whatever the server answers.
                    let _ = ipc::invoke::<SignOut>(&SignOutArgs { wipe_cache: false }).await;
                    Ok(())
                },
                move |()| on_signed_out.emit(profile_id),
            );
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
                        value={value.clone()} {oninput} disabled={busy} />
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
                            disabled={busy} />
                    </div>
                    <label class={classes!("check", props.session_only.then_some("check-disabled"))}>
                        <input type="checkbox" aria-label={t("sign-in-remember")} checked={*remember}
                            {onchange} disabled={busy || props.session_only} />
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
                        <p id="expired-text">{ error_text(&props.expired.error) }</p>
                        <p class="muted">{ t("expired-kept") }</p>
                        { fields }
                        { dialog_alert(submit.error()) }
                    </div>
                    <footer class="modal-footer">
                        <button type="button" class="button" onclick={on_sign_out} disabled={busy}>
                            { t("profiles-sign-out") }
                        </button>
                        <button type="submit" class="button button-primary" disabled={!can_submit}>
                            if busy {
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
