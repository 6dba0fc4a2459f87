//! The journal view's calls: its page each time the reducer's `request` moves (after a pause
//! when the search was typed), an undo of an entry or of a batch, and the export of the
//! filtered entries to CSV (the native side asks where, in its Save dialog).

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{ExportJournal, ListJournal, UndoJournal};
use webitel_hooks_model::journal::{ExportJournalArgs, UndoArgs, UndoTarget};
use yew::prelude::*;

use super::use_read_on_request;
use crate::i18n::{error_text, hook_label, t_count, t_with};
use crate::ipc;
use crate::state::journal::{Action, JournalState};
use crate::state::toasts::ToastKind;

/// The pause in typing a search before it goes out.
const SEARCH_MS: u32 = 250;

/// What the journal view can ask besides reading.
#[derive(Clone, PartialEq)]
pub struct JournalCalls {
    /// Undo an entry or a batch; the outcome is told as a toast.
    pub undo: Callback<UndoTarget>,
    /// Export what the filters show.
    pub export: Callback<()>,
}

#[hook]
pub fn use_journal(
    notify: Callback<(ToastKind, String)>,
) -> (UseReducerHandle<JournalState>, JournalCalls) {
    let state = use_reducer(JournalState::default);
    {
        // Opened with the user's time zone, so that the date filters are the user's days.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let tz_offset_min = js_sys::Date::new_0().get_timezone_offset() as i32;
            dispatcher.dispatch(Action::Open { tz_offset_min });
        });
    }
    {
        let dispatcher = state.dispatcher();
        let args = state.args();
        let wait = if state.debounce { SEARCH_MS } else { 0 };
        let notify = notify.clone();
        use_read_on_request(state.request, wait, move |request| async move {
            match ipc::invoke::<ListJournal>(&args).await {
                Ok(page) => dispatcher.dispatch(Action::Loaded { request, page }),
                Err(err) => {
                    notify.emit((ToastKind::Error, error_text(&err)));
                    dispatcher.dispatch(Action::LoadFailed { request });
                }
            }
        });
    }
    let undo = {
        let dispatcher = state.dispatcher();
        let notify = notify.clone();
        use_callback((), move |target: UndoTarget, _| {
            let dispatcher = dispatcher.clone();
            let notify = notify.clone();
            dispatcher.dispatch(Action::UndoStarted(target));
            spawn_local(async move {
                match ipc::invoke::<UndoJournal>(&UndoArgs { target }).await {
                    Ok(report) => told_undo(&notify, &report),
                    Err(err) => notify.emit((ToastKind::Error, error_text(&err))),
                }
                dispatcher.dispatch(Action::UndoEnded);
            });
        })
    };
    let export = {
        let filter = state.filter();
        use_callback(filter, move |_: (), filter| {
            let notify = notify.clone();
            let args = ExportJournalArgs {
                filter: filter.clone(),
            };
            spawn_local(async move {
                match ipc::invoke::<ExportJournal>(&args).await {
                    Ok(done) => {
                        if let Some(path) = done.path {
                            let text = t_with(
                                "journal-exported",
                                &[
                                    ("count", FluentValue::from(done.entries)),
                                    ("path", FluentValue::from(path)),
                                ],
                            );
                            notify.emit((ToastKind::Success, text));
                        }
                    }
                    Err(err) => notify.emit((ToastKind::Error, error_text(&err))),
                }
            });
        })
    };
    (state, JournalCalls { undo, export })
}

/// One toast for an undo: how many went back, and each that did not, with why.
fn told_undo(
    notify: &Callback<(ToastKind, String)>,
    report: &webitel_hooks_model::journal::UndoReport,
) {
    let undone = t_count("journal-undone", report.undone.len());
    if report.refused.is_empty() {
        notify.emit((ToastKind::Success, undone));
        return;
    }
    let mut text = if report.undone.is_empty() {
        t_count("journal-undo-none", report.refused.len())
    } else {
        format!(
            "{undone} {}",
            t_count("journal-undo-some-not", report.refused.len())
        )
    };
    for refused in &report.refused {
        text.push_str(&format!(
            "\n\u{2022} {}: {}",
            hook_label(&refused.label),
            error_text(&refused.error)
        ));
    }
    notify.emit((ToastKind::Error, text));
}
