//! Deleting behind "Confirm deletion", as both registries do it: Delete asks, Yes deletes (one
//! `delete_hooks` per owner) and tells what went and what failed, No (or the end of the delete)
//! closes the confirmation.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::DeleteHooks;
use webitel_hooks_model::{AppError, DeleteReport, ErrorCode};
use yew::prelude::*;

use crate::i18n::{error_text, hook_label, t_count, t_with};
use crate::ipc;
use crate::state::table::{delete_args_by_owner, HookKey};

/// Tells what a delete did: how many went (a success toast) and which failed, with the
/// server's words (an error toast).
fn tell_delete_report(
    report: &DeleteReport,
    on_success: &Callback<String>,
    on_error: &Callback<AppError>,
) {
    if !report.deleted.is_empty() {
        on_success.emit(t_count("toast-deleted", report.deleted.len()));
    }
    if !report.failed.is_empty() {
        let list = report
            .failed
            .iter()
            .map(|f| {
                t_with(
                    "toast-delete-failure",
                    &[
                        ("label", FluentValue::from(hook_label(&f.label))),
                        ("message", FluentValue::from(error_text(&f.error))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        on_error.emit(AppError::new(
            ErrorCode::Rejected,
            t_with(
                "toast-delete-failed",
                &[
                    ("count", FluentValue::from(report.failed.len())),
                    ("list", FluentValue::from(list)),
                ],
            ),
        ));
    }
}

/// A confirmation of deleting `T` (the hooks asked about), open or not, and its delete.
#[derive(Clone)]
pub struct ConfirmDelete<T: 'static> {
    /// What the confirmation asks about, with the button that asked (focus returns there).
    asked: UseStateHandle<Option<(T, Option<HtmlElement>)>>,
    deleting: UseStateHandle<bool>,
    on_success: Callback<String>,
    on_error: Callback<AppError>,
}

impl<T: Clone + 'static> ConfirmDelete<T> {
    /// The open confirmation's subject and opener.
    pub fn asked(&self) -> Option<&(T, Option<HtmlElement>)> {
        self.asked.as_ref()
    }

    /// Yes was used and the delete runs: both buttons wait.
    pub fn deleting(&self) -> bool {
        *self.deleting
    }

    /// Opens the confirmation.
    pub fn ask(&self) -> Callback<(T, Option<HtmlElement>)> {
        let asked = self.asked.clone();
        Callback::from(move |at| asked.set(Some(at)))
    }

    /// No: closes the confirmation.
    pub fn on_no(&self) -> Callback<()> {
        let asked = self.asked.clone();
        Callback::from(move |_| asked.set(None))
    }

    /// Yes: deletes the hooks `keys` names for the subject, one call per owner, and tells what
    /// went and what failed in one report; then `deleted` gets the subject and the hooks that
    /// went, or, when a call failed (its error told), `failed` runs. The confirmation closes
    /// after either.
    pub fn on_yes(
        &self,
        keys: impl Fn(&T) -> Vec<HookKey> + 'static,
        deleted: impl Fn(T, Vec<HookKey>) + 'static,
        failed: impl Fn() + 'static,
    ) -> Callback<()> {
        let this = self.clone();
        let deleted = Rc::new(deleted);
        let failed = Rc::new(failed);
        Callback::from(move |_: ()| {
            let Some((subject, _)) = (*this.asked).clone() else {
                return;
            };
            this.deleting.set(true);
            let this = this.clone();
            let deleted = deleted.clone();
            let failed = failed.clone();
            let groups = delete_args_by_owner(&keys(&subject));
            spawn_local(async move {
                let mut report = DeleteReport::default();
                let mut gone = Vec::new();
                let mut errors = Vec::new();
                for args in groups {
                    match ipc::invoke::<DeleteHooks>(&args).await {
                        Ok(part) => {
                            gone.extend(part.deleted.iter().map(|id| (args.owner, *id)));
                            report.deleted.extend(part.deleted);
                            report.failed.extend(part.failed);
                        }
                        Err(err) => errors.push(err),
                    }
                }
                tell_delete_report(&report, &this.on_success, &this.on_error);
                if errors.is_empty() {
                    deleted(subject, gone);
                } else {
                    for err in errors {
                        this.on_error.emit(err);
                    }
                    failed();
                }
                this.deleting.set(false);
                this.asked.set(None);
            });
        })
    }
}

#[hook]
pub fn use_confirm_delete<T: 'static>(
    on_success: Callback<String>,
    on_error: Callback<AppError>,
) -> ConfirmDelete<T> {
    ConfirmDelete {
        asked: use_state(|| None),
        deleting: use_state(|| false),
        on_success,
        on_error,
    }
}
