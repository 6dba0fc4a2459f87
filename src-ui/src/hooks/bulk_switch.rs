//! Enabling or disabling the selected hooks at once (the bulk bar's Enable and Disable), the
//! same in both registries: one `set_hooks_enabled` per thousand hooks (the most one request
//! takes), then one toast telling what was switched, what already was, and which hooks were
//! refused and why. The rows follow from `hooks-changed`, which re-reads the page in place.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{SetHooksEnabled, SetHooksEnabledArgs};
use webitel_hooks_model::{AppError, ErrorCode, HookKey as Key, PageSize, SwitchReport};
use yew::prelude::*;

use crate::i18n::{error_text, hook_label, t_count, t_with};
use crate::ipc;
use crate::state::table::HookKey;

/// At most this many refused hooks are named in the toast; the rest are counted.
const NAMED_FAILURES: usize = 5;

/// The bulk switch of a registry: whether one runs, and the callback that starts one with the
/// selection (in the order asked) and the state wanted.
#[derive(Clone, PartialEq)]
pub struct BulkSwitch {
    pub busy: bool,
    pub run: Callback<(Vec<HookKey>, bool)>,
}

/// `on_done` runs once the native side answered (the selection is then cleared); when a call
/// failed as a whole (its error told), the selection stays for another try.
#[hook]
pub fn use_bulk_switch(
    on_success: Callback<String>,
    on_error: Callback<AppError>,
    on_done: Callback<()>,
) -> BulkSwitch {
    let busy = use_state(|| false);
    let run = use_callback(
        (on_success, on_error, on_done, busy.setter()),
        |(keys, enabled): (Vec<HookKey>, bool), (on_success, on_error, on_done, busy)| {
            if keys.is_empty() {
                return;
            }
            busy.set(true);
            let (on_success, on_error, on_done, busy) = (
                on_success.clone(),
                on_error.clone(),
                on_done.clone(),
                busy.clone(),
            );
            spawn_local(async move {
                let mut report = SwitchReport::default();
                let mut whole_failure = None;
                // In order, one request after the other: a later part weighs what an earlier
                // one enabled (the native side reads the cache it wrote).
                for part in keys.chunks(PageSize::MAX as usize) {
                    let args = SetHooksEnabledArgs {
                        hooks: part
                            .iter()
                            .map(|(owner, hook_id)| Key {
                                owner: *owner,
                                hook_id: *hook_id,
                            })
                            .collect(),
                        enabled,
                    };
                    match ipc::invoke::<SetHooksEnabled>(&args).await {
                        Ok(answer) => {
                            report.switched.extend(answer.switched);
                            report.unchanged.extend(answer.unchanged);
                            report.failed.extend(answer.failed);
                        }
                        Err(err) => {
                            whole_failure = Some(err);
                            break;
                        }
                    }
                }
                let answered = report.switched.len() + report.unchanged.len() + report.failed.len();
                if answered > 0 {
                    match report_text(&report, enabled) {
                        Told::Success(text) => on_success.emit(text),
                        Told::Error(text) => {
                            on_error.emit(AppError::new(ErrorCode::Rejected, text))
                        }
                    }
                }
                busy.set(false);
                match whole_failure {
                    Some(err) => on_error.emit(err),
                    None => on_done.emit(()),
                }
            });
        },
    );
    BulkSwitch { busy: *busy, run }
}

/// What the toast of a bulk switch says, and whether it is an error (a hook was refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Told {
    Success(String),
    Error(String),
}

/// One toast for the whole report: how many were switched and how many already were, on the
/// first line; then, when some were refused, each refused hook by its label with the reason, on
/// a line of its own (the first five; the others counted).
pub fn report_text(report: &SwitchReport, enabled: bool) -> Told {
    // (switched, all unchanged, some unchanged, failed) by the state asked for.
    let (switched_id, all_unchanged_id, unchanged_id, failed_id) = if enabled {
        (
            "bulk-switched-enabled",
            "bulk-all-unchanged-enabled",
            "bulk-unchanged-enabled",
            "bulk-failed-enable",
        )
    } else {
        (
            "bulk-switched-disabled",
            "bulk-all-unchanged-disabled",
            "bulk-unchanged-disabled",
            "bulk-failed-disable",
        )
    };
    let (switched, unchanged) = (report.switched.len(), report.unchanged.len());
    let mut summary = Vec::new();
    if switched > 0 {
        summary.push(t_count(switched_id, switched));
    }
    if unchanged > 0 {
        let id = if switched == 0 && report.failed.is_empty() {
            all_unchanged_id
        } else {
            unchanged_id
        };
        summary.push(t_count(id, unchanged));
    }
    if report.failed.is_empty() {
        return Told::Success(summary.join(" "));
    }
    let mut lines = Vec::new();
    if !summary.is_empty() {
        lines.push(summary.join(" "));
    }
    lines.push(t_count(failed_id, report.failed.len()));
    lines.extend(report.failed.iter().take(NAMED_FAILURES).map(|f| {
        t_with(
            "bulk-failure",
            &[
                ("label", FluentValue::from(hook_label(&f.label))),
                ("message", FluentValue::from(error_text(&f.error))),
            ],
        )
    }));
    if report.failed.len() > NAMED_FAILURES {
        lines.push(t_count(
            "bulk-failures-more",
            report.failed.len() - NAMED_FAILURES,
        ));
    }
    Told::Error(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{HookEvent, HookId, HookLabel, HookOwner, QueueId, SwitchFailure};

    fn key(id: i64) -> Key {
        Key {
            owner: HookOwner::Queue(QueueId(1)),
            hook_id: HookId(id),
        }
    }

    fn report(switched: i64, unchanged: i64, failed: i64) -> SwitchReport {
        SwitchReport {
            switched: (0..switched).map(key).collect(),
            unchanged: (100..100 + unchanged).map(key).collect(),
            failed: (200..200 + failed)
                .map(|id| SwitchFailure {
                    hook: key(id),
                    label: HookLabel::new(HookEvent::Leaving, format!("Flow {id}")),
                    error: AppError::new(
                        ErrorCode::Rejected,
                        "Another Leaving hook of this queue is enabled. Disable it first.",
                    ),
                })
                .collect(),
        }
    }

    #[test]
    fn all_switched_says_how_many_in_the_plural_and_the_singular() {
        assert_eq!(
            report_text(&report(12, 0, 0), false),
            Told::Success("12 hooks disabled.".into())
        );
        assert_eq!(
            report_text(&report(1, 0, 0), true),
            Told::Success("1 hook enabled.".into())
        );
    }

    #[test]
    fn hooks_already_so_are_mentioned() {
        assert_eq!(
            report_text(&report(9, 3, 0), false),
            Told::Success("9 hooks disabled. 3 were already disabled.".into())
        );
        assert_eq!(
            report_text(&report(2, 1, 0), true),
            Told::Success("2 hooks enabled. 1 was already enabled.".into())
        );
        assert_eq!(
            report_text(&report(0, 4, 0), true),
            Told::Success("All 4 hooks were already enabled.".into())
        );
    }

    #[test]
    fn refused_hooks_are_named_with_their_reason_at_most_five() {
        let Told::Error(text) = report_text(&report(1, 0, 2), true) else {
            panic!("a refusal is an error");
        };
        assert_eq!(
            text,
            "1 hook enabled.\nCould not enable 2 hooks:\n\
             • Leaving → Flow 200: Another Leaving hook of this queue is enabled. Disable it first.\n\
             • Leaving → Flow 201: Another Leaving hook of this queue is enabled. Disable it first."
        );
        let Told::Error(text) = report_text(&report(0, 0, 8), false) else {
            panic!("a refusal is an error");
        };
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Could not disable 8 hooks:");
        assert_eq!(lines.len(), 1 + NAMED_FAILURES + 1);
        assert!(lines[5].starts_with("• Leaving → Flow 204: "));
        assert_eq!(lines[6], "and 3 more.");
    }
}
