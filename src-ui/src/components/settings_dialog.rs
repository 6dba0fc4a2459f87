//! Settings: the app-wide preferences, each saved as soon as it is ticked, and "Copy
//! diagnostics" for a bug report.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    HtmlDocument, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};
use webitel_hooks_model::commands::{
    GetDiagnostics, GetSettings, NoArgs, Settings, UpdateSettings,
};
use webitel_hooks_model::journal::KEEP_DAYS_MAX;
use webitel_hooks_model::{AppError, Language};
use yew::prelude::*;

use super::dialog::{dialog_alert, dialog_keys};
use super::profile_dialogs::AFTER_MENU;
use crate::hooks::{use_dialog_focus, use_submit, Submit};
use crate::i18n::{t, t_with};
use crate::ipc;
use crate::language::LanguageSwitch;
use crate::state::settings::after_save;
use crate::state::toasts::ToastKind;

#[derive(Properties, PartialEq)]
pub struct SettingsDialogProps {
    pub opener: Option<HtmlElement>,
    pub on_close: Callback<()>,
    /// Tells "Diagnostics copied".
    pub notify: Callback<(ToastKind, String)>,
}

/// Where "Copy diagnostics" stands.
#[derive(Debug, Clone, PartialEq)]
enum Diagnostics {
    None,
    Reading,
    /// Shown in the box; `copied`: also on the clipboard.
    Shown {
        text: String,
        copied: bool,
    },
}

/// Starts writing `text` to the clipboard with the Clipboard API, when the webview has it.
/// Called within the click itself: WebKit lets a page write the clipboard only then.
fn start_clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside a secure context: reading it as a `Clipboard` and calling it would throw.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    present.then(|| navigator.clipboard().write_text(text))
}

/// A copy begun: the Clipboard API's write under way, or the box's copy done.
enum Copying {
    Writing(js_sys::Promise),
    Done(bool),
}

/// Begins copying `text`: the Clipboard API when there is one, else the box. Call it within
/// the click when the text is at hand.
fn start_copy(text: &str, area: &NodeRef) -> Copying {
    match start_clipboard_write(text) {
        Some(write) => Copying::Writing(write),
        None => Copying::Done(copy_from_box_ref(area, text)),
    }
}

/// Ends a copy begun with `start_copy`: when the Clipboard API refused, the box.
async fn finish_copy(copying: Copying, text: &str, area: &NodeRef) -> bool {
    match copying {
        Copying::Writing(write) => {
            JsFuture::from(write).await.is_ok() || copy_from_box_ref(area, text)
        }
        Copying::Done(copied) => copied,
    }
}

fn copy_from_box_ref(area: &NodeRef, text: &str) -> bool {
    area.cast::<HtmlTextAreaElement>()
        .is_some_and(|area| copy_from_box(&area, text))
}

/// Saves `next` (the dialog showed `before`), then shows what is really saved and, when the save
/// went through, tells `saved`.
fn save_settings(
    settings: &UseStateHandle<Option<Settings>>,
    saving: &Submit,
    before: Settings,
    next: Settings,
    saved: Callback<Settings>,
) {
    if next == before {
        return;
    }
    settings.set(Some(next));
    let settings = settings.clone();
    saving.run(
        async move {
            let answer = ipc::invoke::<UpdateSettings>(&next).await;
            // A failed save may still have changed something: ask what is saved.
            let reread = match answer {
                Ok(_) => None,
                Err(_) => Some(ipc::invoke::<GetSettings>(&NoArgs {}).await),
            };
            Ok(after_save(before, answer, reread))
        },
        move |answer: Result<_, AppError>| {
            let (shown, error) = answer?;
            settings.set(Some(shown));
            match error {
                None => {
                    saved.emit(shown);
                    Ok(())
                }
                Some(error) => Err(error),
            }
        },
    );
}

/// The older way: select the box's text and ask the document to copy the selection.
fn copy_from_box(area: &HtmlTextAreaElement, text: &str) -> bool {
    area.set_value(text);
    area.select();
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .is_some_and(|d| d.exec_command("copy").unwrap_or(false))
}

#[component]
pub fn SettingsDialog(props: &SettingsDialogProps) -> Html {
    let dialog = use_node_ref();
    let area = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_MENU);
    let settings = use_state(|| None::<Settings>);
    // Saving a setting; its error is also where a failed read or copy is told.
    let saving = use_submit();
    let diagnostics = use_state(|| Diagnostics::None);
    // The diagnostics read when the dialog opens, so that a click can copy them at once (a
    // copy after waiting for an answer is refused by WebKit). Read again if that failed.
    let ready = use_mut_ref(|| None::<String>);
    // Both reads answered: the controls show, with the settings as saved (never a default
    // standing in for them) and the diagnostics at hand.
    let loaded = use_state(|| false);

    {
        let settings = settings.clone();
        let saving = saving.clone();
        let ready = ready.clone();
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let read = ipc::invoke::<GetSettings>(&NoArgs {}).await;
                if let Ok(answer) = ipc::invoke::<GetDiagnostics>(&NoArgs {}).await {
                    *ready.borrow_mut() = Some(answer.text);
                }
                match read {
                    Ok(read) => settings.set(Some(read)),
                    Err(err) => saving.show_error(Some(err)),
                }
                loaded.set(true);
            });
        });
    }
    // A copy that fell back to the box: its text is selected, ready for Ctrl+C.
    {
        let area = area.clone();
        let copied = matches!(*diagnostics, Diagnostics::Shown { copied: false, .. });
        use_effect_with(copied, move |copied| {
            if *copied {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }

    // Each control changes its field from what it shows (a box's tick, a field's number).
    let save = |change: fn(&mut Settings, &HtmlInputElement)| {
        let settings = settings.clone();
        let saving = saving.clone();
        Callback::from(move |e: Event| {
            let Some(before) = *settings else { return };
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let mut next = before;
            change(&mut next, &input);
            save_settings(&settings, &saving, before, next, Callback::noop());
        })
    };

    // The language: saved, then the window renders in it (and this dialog opens again there).
    let switch = use_context::<LanguageSwitch>();
    let on_language = {
        let settings = settings.clone();
        let saving = saving.clone();
        let chosen = switch
            .as_ref()
            .map(|s| s.chosen.clone())
            .unwrap_or_default();
        Callback::from(move |e: Event| {
            let Some(before) = *settings else { return };
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let next = Settings {
                language: Language::from_code(&select.value()),
                ..before
            };
            let chosen = chosen.clone();
            let saved = Callback::from(move |saved: Settings| chosen.emit(saved.language));
            save_settings(&settings, &saving, before, next, saved);
        })
    };
    let system_name = switch
        .as_ref()
        .map(|s| s.system.own_name())
        .unwrap_or_default();

    let on_copy = {
        let diagnostics = diagnostics.clone();
        let saving = saving.clone();
        let area = area.clone();
        let notify = props.notify.clone();
        let ready = ready.clone();
        Callback::from(move |_: MouseEvent| {
            diagnostics.set(Diagnostics::Reading);
            saving.show_error(None);
            let diagnostics = diagnostics.clone();
            let saving = saving.clone();
            let area = area.clone();
            let notify = notify.clone();
            let ready = ready.borrow().clone();
            // Read when the dialog opened: the copy begins now, within the click.
            let begun = ready.map(|text| {
                let copying = start_copy(&text, &area);
                (text, copying)
            });
            spawn_local(async move {
                let (text, copying) = match begun {
                    Some(begun) => begun,
                    None => match ipc::invoke::<GetDiagnostics>(&NoArgs {}).await {
                        Ok(answer) => {
                            let copying = start_copy(&answer.text, &area);
                            (answer.text, copying)
                        }
                        Err(err) => {
                            diagnostics.set(Diagnostics::None);
                            saving.show_error(Some(err));
                            return;
                        }
                    },
                };
                let copied = finish_copy(copying, &text, &area).await;
                if copied {
                    notify.emit((ToastKind::Success, t("settings-copied")));
                }
                diagnostics.set(Diagnostics::Shown { text, copied });
            });
        })
    };

    let check = |label_id: &str, on: Option<bool>, onchange: Callback<Event>| {
        html! {
            <label class="check settings-check">
                <input type="checkbox" aria-label={t(label_id)} checked={on.unwrap_or(false)}
                    disabled={on.is_none()} {onchange} />
                <span>{ t(label_id) }</span>
            </label>
        }
    };
    let current = *settings;
    let (text, copied) = match &*diagnostics {
        Diagnostics::Shown { text, copied } => (Some(text.clone()), *copied),
        _ => (None, true),
    };
    let reading = *diagnostics == Diagnostics::Reading;

    html! {
        <div class="backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-label={t("settings-title")}
                ref={dialog.clone()} onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <header class="modal-header"><h2>{ t("settings-title") }</h2></header>
                <div class="modal-body">
                    if !*loaded {
                        <p class="field-note" role="status">{ t("settings-loading") }</p>
                    }
                    if current.is_some() {
                        <fieldset class="settings-group" aria-busy={if saving.busy() { "true" } else { "false" }}>
                            { check("settings-close-to-tray", current.map(|s| s.close_to_tray),
                                save(|s, input| s.close_to_tray = input.checked())) }
                            { check("settings-start-at-login", current.map(|s| s.start_at_login),
                                save(|s, input| s.start_at_login = input.checked())) }
                            { check("settings-notifications", current.map(|s| s.notifications),
                                save(|s, input| s.notifications = input.checked())) }
                            <label class="field settings-journal-days">
                                <span>{ t("settings-journal-days") }</span>
                                // 1 to 3650 days; anything else typed is put back in range.
                                <input type="number" min="1" max={KEEP_DAYS_MAX.to_string()}
                                    aria-label={t("settings-journal-days")}
                                    value={current.map_or(0, |s| s.journal_days).to_string()}
                                    onchange={save(|s, input| {
                                        let days = input.value().trim().parse::<u32>()
                                            .map_or(s.journal_days, |d| d.clamp(1, KEEP_DAYS_MAX));
                                        input.set_value(&days.to_string());
                                        s.journal_days = days;
                                    })} />
                            </label>
                            <label class="field settings-language">
                                <span>{ t("settings-language") }</span>
                                <select aria-label={t("settings-language")} onchange={on_language}>
                                    <option value="" selected={current.is_some_and(|s| s.language.is_none())}>
                                        { t_with("settings-language-system", &[("language", system_name.into())]) }
                                    </option>
                                    { for Language::ALL.into_iter().map(|l| html! {
                                        // Each language named in itself, so that anyone finds theirs.
                                        <option value={l.code()} lang={l.code()}
                                            selected={current.is_some_and(|s| s.language == Some(l))}>
                                            { l.own_name() }
                                        </option>
                                    }) }
                                </select>
                            </label>
                        </fieldset>
                    }
                    <div class="field">
                        <div class="settings-diagnostics">
                            if *loaded {
                                <button type="button" class="button" disabled={reading} onclick={on_copy}>
                                    { t("settings-copy-diagnostics") }
                                </button>
                            }
                            <span class="field-note">{ t("settings-diagnostics-hint") }</span>
                        </div>
                        // Always in the page, so the fallback copy has a box to select from;
                        // shown once there is something in it.
                        <textarea ref={area} readonly=true aria-label={t("settings-diagnostics")}
                            class={classes!("diagnostics", text.is_none().then_some("visually-hidden"))}
                            rows="8" value={text.clone().unwrap_or_default()} />
                        if !copied {
                            <p class="field-warning" role="status">{ t("settings-copy-failed") }</p>
                        }
                    </div>
                    { dialog_alert(saving.error()) }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true"
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("settings-close") }
                    </button>
                </footer>
            </div>
        </div>
    }
}
