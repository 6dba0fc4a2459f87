//! The Sign-in screen: a profile (or a new server), the password, Remember me, a private CA,
//! and the one-time code when the server asks for one.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use webitel_hooks_model::commands::{
    ListProfiles, NoArgs, SessionInfo, SignIn, SignInOutcome, SubmitSecondFactor,
};
use webitel_hooks_model::{AppError, ProfileId};
use yew::prelude::*;

use crate::i18n::{error_text, t};
use crate::ipc;
use crate::state::sign_in::{Action, Preselect, SignInState, Step};

/// The value of the profile list's "New server…" option.
const NEW_SERVER: &str = "new";

#[derive(Properties, PartialEq)]
pub struct SignInPageProps {
    pub preselect: Preselect,
    /// Why the screen opened (a resume that failed), shown as the form's alert.
    #[prop_or_default]
    pub reason: Option<AppError>,
    pub on_signed_in: Callback<SessionInfo>,
    /// Back to the session still open (the screen was opened by Add server…).
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn focus_by_id(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

#[component]
pub fn SignInPage(props: &SignInPageProps) -> Html {
    let state = use_reducer(SignInState::default);

    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (props.preselect, props.reason.clone()),
            move |(preselect, reason)| {
                let preselect = *preselect;
                let reason = reason.clone();
                spawn_local(async move {
                    dispatcher.dispatch(match ipc::invoke::<ListProfiles>(&NoArgs {}).await {
                        Ok(list) => Action::Loaded {
                            list,
                            preselect,
                            reason,
                        },
                        Err(err) => Action::LoadFailed(reason.unwrap_or(err)),
                    });
                });
            },
        );
    }

    // Focus where typing goes next: the code, or the first empty field.
    {
        let step = state.step.clone();
        let fixed = state.fields_fixed();
        let server_empty = state.server.is_empty();
        let error = state.error.clone();
        use_effect_with((step, fixed, error), move |(step, fixed, _)| match step {
            Step::Loading => {}
            Step::SecondFactor { .. } => focus_by_id("sign-in-code"),
            Step::Credentials => focus_by_id(if *fixed || !server_empty {
                "sign-in-password"
            } else {
                "sign-in-server"
            }),
        });
    }

    let onsubmit = {
        let state = state.clone();
        let on_signed_in = props.on_signed_in.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !state.can_submit() {
                return;
            }
            let dispatcher = state.dispatcher();
            let on_signed_in = on_signed_in.clone();
            if let Some(args) = state.second_factor_args() {
                dispatcher.dispatch(Action::Submit);
                spawn_local(async move {
                    match ipc::invoke::<SubmitSecondFactor>(&args).await {
                        Ok(info) => on_signed_in.emit(info),
                        Err(err) => dispatcher.dispatch(Action::Failed(err)),
                    }
                });
                return;
            }
            let Some(args) = state.sign_in_args() else {
                return;
            };
            dispatcher.dispatch(Action::Submit);
            spawn_local(async move {
                match ipc::invoke::<SignIn>(&args).await {
                    Ok(SignInOutcome::SignedIn { session }) => on_signed_in.emit(session),
                    Ok(SignInOutcome::SecondFactorRequired { profile_id }) => {
                        dispatcher.dispatch(Action::SecondFactorRequired(profile_id))
                    }
                    Err(err) => dispatcher.dispatch(Action::Failed(err)),
                }
            });
        })
    };

    let alert = state.error.as_ref().map(|err| {
        html! {
            <div class="sign-in-alert" role="alert">
                <span class="sign-in-alert-mark" aria-hidden="true">{ "!" }</span>
                <p>{ error_text(err) }</p>
            </div>
        }
    });

    let body = match &state.step {
        Step::Loading => html! {
            <div class="sign-in-loading" aria-busy="true">
                <div class="spinner" aria-hidden="true"></div>
                <p role="status" class="muted">{ t("sign-in-loading") }</p>
            </div>
        },
        Step::SecondFactor { .. } => second_factor(&state, alert),
        Step::Credentials => credentials(&state, alert, props.on_cancel.clone()),
    };

    html! {
        <div class="sign-in-page">
            <form class="sign-in-card" aria-label={t("sign-in-form")} novalidate=true {onsubmit}
                aria-busy={if state.busy { "true" } else { "false" }}>
                <div class="sign-in-brand">
                    <img src="icon.svg" alt="" />
                    <span>{ t("app-title") }</span>
                </div>
                <h1>{ t("sign-in-title") }</h1>
                { body }
            </form>
        </div>
    }
}

fn second_factor(state: &UseReducerHandle<SignInState>, alert: Option<Html>) -> Html {
    let dispatcher = state.dispatcher();
    let on_code = dispatcher
        .to_callback()
        .reform(|e: InputEvent| Action::Code(input_value(&e)));
    let on_back = dispatcher
        .to_callback()
        .reform(|_: MouseEvent| Action::BackToCredentials);
    html! {
        <>
            <p class="sign-in-lead">{ t("sign-in-code-lead") }</p>
            <div class="field">
                <label for="sign-in-code">{ t("sign-in-code") }</label>
                <input id="sign-in-code" class="text-input code-input" type="text"
                    aria-label={t("sign-in-code")} inputmode="numeric"
                    autocomplete="one-time-code" maxlength="12"
                    value={state.code.clone()} oninput={on_code} disabled={state.busy} />
            </div>
            { for alert }
            <div class="sign-in-actions">
                <button type="button" class="button" onclick={on_back} disabled={state.busy}>
                    { t("sign-in-back") }
                </button>
                <button type="submit" class="button button-primary sign-in-submit"
                    disabled={!state.can_submit()}>
                    if state.busy {
                        <span class="button-spinner" aria-hidden="true"></span>
                    }
                    { t("sign-in-verify") }
                </button>
            </div>
        </>
    }
}

fn credentials(
    state: &UseReducerHandle<SignInState>,
    alert: Option<Html>,
    on_cancel: Option<Callback<()>>,
) -> Html {
    let dispatcher = state.dispatcher();
    let fixed = state.fields_fixed();
    let busy = state.busy;

    let profile_select = (!state.profiles.is_empty()).then(|| {
        let onchange = dispatcher.to_callback().reform(|e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            Action::PickProfile(value.parse::<i64>().ok().map(ProfileId))
        });
        let selected = state.selected;
        html! {
            <div class="field">
                <label for="sign-in-profile">{ t("sign-in-profile") }</label>
                <select id="sign-in-profile" aria-label={t("sign-in-profile")} {onchange} disabled={busy}>
                    { for state.profiles.iter().map(|p| html! {
                        <option key={p.id.0} value={p.id.to_string()} selected={selected == Some(p.id)}>
                            { p.name.clone() }
                        </option>
                    }) }
                    <option key="new" value={NEW_SERVER} selected={selected.is_none()}>
                        { t("sign-in-new-server") }
                    </option>
                </select>
            </div>
        }
    });

    let keyring_warning = state.keyring_unavailable.as_ref().map(|reason| {
        let onchange = dispatcher.to_callback().reform(|e: Event| {
            Action::SessionOnly(e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <div class="keyring-block">
                <div role="note" class="keyring-warning">
                    <p><strong>{ t("sign-in-keyring-title") }</strong>{ " " }{ error_text(reason) }</p>
                    <p>{ t("sign-in-keyring-hint") }</p>
                </div>
                <label class="check">
                    <input type="checkbox" aria-label={t("sign-in-session-only")}
                        checked={state.session_only} {onchange} disabled={busy} />
                    <span>{ t("sign-in-session-only") }</span>
                </label>
            </div>
        }
    });

    let ca_textarea_input = dispatcher.to_callback().reform(|e: InputEvent| {
        Action::CaPem(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let ca_note = state
        .selected_profile()
        .filter(|p| p.has_ca_certificate)
        .map(|_| html! { <p class="field-note">{ t("sign-in-ca-kept") }</p> });

    html! {
        <>
            { for profile_select }
            <div class="field">
                <label for="sign-in-server">{ t("sign-in-server") }</label>
                <input id="sign-in-server" class="text-input" type="url"
                    aria-label={t("sign-in-server")} placeholder={t("sign-in-server-placeholder")}
                    autocomplete="url" spellcheck="false"
                    value={state.server.clone()} readonly={fixed} disabled={busy}
                    oninput={dispatcher.to_callback().reform(|e: InputEvent| Action::Server(input_value(&e)))} />
            </div>
            <div class="field">
                <label for="sign-in-username">{ t("sign-in-username") }</label>
                <input id="sign-in-username" class="text-input" type="text"
                    aria-label={t("sign-in-username")} placeholder={t("sign-in-username-placeholder")}
                    autocomplete="username" spellcheck="false" autocapitalize="off"
                    value={state.username.clone()} readonly={fixed} disabled={busy}
                    oninput={dispatcher.to_callback().reform(|e: InputEvent| Action::Username(input_value(&e)))} />
            </div>
            <div class="field">
                <label for="sign-in-password">{ t("sign-in-password") }</label>
                <input id="sign-in-password" class="text-input" type="password"
                    aria-label={t("sign-in-password")} autocomplete="current-password"
                    value={state.password.clone()} disabled={busy}
                    oninput={dispatcher.to_callback().reform(|e: InputEvent| Action::Password(input_value(&e)))} />
            </div>
            { for keyring_warning }
            <label class={classes!("check", state.keyring_unavailable.is_some().then_some("check-disabled"))}>
                <input type="checkbox" aria-label={t("sign-in-remember")}
                    checked={state.remember}
                    disabled={busy || state.keyring_unavailable.is_some()}
                    onchange={dispatcher.to_callback().reform(|e: Event| {
                        Action::Remember(e.target_unchecked_into::<HtmlInputElement>().checked())
                    })} />
                <span>{ t("sign-in-remember") }</span>
                if state.keyring_unavailable.is_none() {
                    <span class="check-hint">{ t("sign-in-remember-hint") }</span>
                }
            </label>
            <div class="disclosure">
                <button type="button" class="disclosure-button" aria-label={t("sign-in-ca")}
                    aria-expanded={if state.ca_open { "true" } else { "false" }}
                    aria-controls="sign-in-ca-panel"
                    onclick={dispatcher.to_callback().reform(|_: MouseEvent| Action::ToggleCa)}>
                    <svg class={classes!("icon", "disclosure-chevron", state.ca_open.then_some("open"))}
                        viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M9 6l6 6-6 6" />
                    </svg>
                    <span>{ t("sign-in-ca") }</span>
                </button>
                if state.ca_open {
                    <div id="sign-in-ca-panel" class="disclosure-panel">
                        <p class="field-note">{ t("sign-in-ca-hint") }</p>
                        { for ca_note }
                        <textarea class="text-input pem-input" aria-label={t("sign-in-ca-pem")}
                            rows="5" spellcheck="false" placeholder="-----BEGIN CERTIFICATE-----"
                            value={state.ca_pem.clone()} disabled={busy} oninput={ca_textarea_input} />
                    </div>
                }
            </div>
            { for alert }
            <div class="sign-in-actions">
                if let Some(on_cancel) = on_cancel {
                    <button type="button" class="button" disabled={busy}
                        onclick={on_cancel.reform(|_: MouseEvent| ())}>
                        { t("sign-in-cancel") }
                    </button>
                }
                <button type="submit" class="button button-primary sign-in-submit"
                    disabled={!state.can_submit()} aria-busy={if busy { "true" } else { "false" }}>
                    if busy {
                        <span class="button-spinner" aria-hidden="true"></span>
                    }
                    { t("sign-in-submit") }
                </button>
            </div>
        </>
    }
}
