//! The journal's rows, newest first: when, who, where, what, the hook before and after, and the
//! server's outcome; an undo of the entry, and of its whole batch when it has more entries.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use webitel_hooks_model::journal::{JournalEntry, JournalOutcome, UndoTarget};
use webitel_hooks_model::{ChangeOrigin, Hook, HookOwner, Permissions};
use yew::prelude::*;

use super::journal_filters::{action_label_id, owner_label};
use crate::i18n::{date_time, error_text, t, t_count, t_with, words};
use crate::state::journal::undo_offered;

#[derive(Properties, PartialEq)]
pub struct JournalTableProps {
    pub entries: Rc<Vec<JournalEntry>>,
    /// An undo is under way: no other may start.
    pub busy: bool,
    /// An entry offers Undo only where the user may change its owner's hooks (a read-only
    /// user would only meet the refusal).
    pub permissions: Permissions,
    pub on_undo: Callback<UndoTarget>,
}

fn origin_id(origin: ChangeOrigin) -> &'static str {
    match origin {
        ChangeOrigin::Window => "journal-origin-window",
        ChangeOrigin::Tray => "journal-origin-tray",
        ChangeOrigin::Import => "journal-origin-import",
        ChangeOrigin::Copy => "journal-origin-copy",
        ChangeOrigin::Replay => "journal-origin-replay",
        ChangeOrigin::Undo => "journal-origin-undo",
    }
}

/// The server's host, as the row names where the change went.
fn host(server: &str) -> &str {
    let rest = server.split_once("://").map_or(server, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// A hook as the before and after columns show it: "Bridged → CRM, enabled".
fn described(hook: Option<&Hook>) -> String {
    match hook {
        None => t("journal-none"),
        Some(h) => t_with(
            if h.enabled {
                "journal-hook-enabled"
            } else {
                "journal-hook-disabled"
            },
            &[
                ("event", FluentValue::from(words::event(&h.event))),
                ("flow", FluentValue::from(h.flow.name.clone())),
            ],
        ),
    }
}

fn outcome_label_id(outcome: JournalOutcome) -> &'static str {
    match outcome {
        JournalOutcome::Taken => "journal-outcome-taken",
        JournalOutcome::Pending => "journal-outcome-pending",
        JournalOutcome::Refused => "journal-outcome-refused",
        JournalOutcome::Conflict => "journal-outcome-conflict",
        JournalOutcome::Discarded => "journal-outcome-discarded",
    }
}

fn outcome_class(outcome: JournalOutcome) -> &'static str {
    match outcome {
        JournalOutcome::Taken => "badge badge-accent",
        JournalOutcome::Pending | JournalOutcome::Discarded => "badge badge-muted",
        JournalOutcome::Refused | JournalOutcome::Conflict => "badge badge-warn",
    }
}

fn owner_id(owner: HookOwner) -> (Option<String>, Option<String>) {
    match owner {
        HookOwner::Queue(id) => (Some(id.0.to_string()), None),
        HookOwner::Team(id) => (None, Some(id.0.to_string())),
    }
}

#[component]
pub fn JournalTable(props: &JournalTableProps) -> Html {
    let mut batch_shown = std::collections::HashSet::new();
    html! {
        <div class="table-frame journal-frame">
            <table class="registry journal" aria-label={t("journal-table")}>
                <thead>
                    <tr>
                        <th class="col-when" scope="col">{ t("journal-col-when") }</th>
                        <th class="col-who" scope="col">{ t("journal-col-who") }</th>
                        <th class="col-where" scope="col">{ t("journal-col-where") }</th>
                        <th class="col-what" scope="col">{ t("journal-col-what") }</th>
                        <th class="col-change" scope="col">{ t("journal-col-change") }</th>
                        <th class="col-outcome" scope="col">{ t("journal-col-outcome") }</th>
                        <th class="col-undo" scope="col"><span class="visually-hidden">{ t("journal-col-undo") }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for props.entries.iter().map(|e| {
                        // "Undo all" once per batch on the page, on its newest entry.
                        let first_of_batch = e.batch_size > 1 && batch_shown.insert(e.batch);
                        let may_undo = props.permissions.may_change(e.owner);
                        let undoable = undo_offered(e, props.permissions);
                        row(e, first_of_batch && may_undo, undoable, props.busy, &props.on_undo)
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn row(
    e: &JournalEntry,
    first_of_batch: bool,
    undoable: bool,
    busy: bool,
    on_undo: &Callback<UndoTarget>,
) -> Html {
    let (queue_id, team_id) = owner_id(e.owner);
    let undone = e.undone_by.is_some();
    let message = e.error.as_ref().map(error_text);
    let undo_entry = {
        let id = e.id;
        on_undo.reform(move |_: MouseEvent| UndoTarget::Entry(id))
    };
    let undo_batch = {
        let batch = e.batch;
        on_undo.reform(move |_: MouseEvent| UndoTarget::Batch(batch))
    };
    let origin = t(origin_id(e.origin));
    let what = t_with(
        "journal-what",
        &[
            ("action", FluentValue::from(t(action_label_id(e.action)))),
            ("event", FluentValue::from(words::event(&e.event))),
        ],
    );
    html! {
        <tr key={e.id.0} data-entry-id={e.id.0.to_string()} data-batch={e.batch.0.to_string()}
            data-action={e.action.as_str()} data-origin={e.origin.as_str()}
            data-outcome={e.outcome.as_str()} data-hook-id={e.hook_id.0.to_string()}
            data-queue-id={queue_id} data-team-id={team_id}
            data-undone={undone.to_string()}>
            <td class="journal-when">{ date_time(e.at) }</td>
            <td class="journal-who">
                <span class="journal-user">{ e.username.clone() }</span>
                <span class="muted journal-server">{ host(&e.server).to_owned() }</span>
            </td>
            <td class="journal-where">
                <span class="journal-owner">{ owner_label(e.owner, &e.owner_name) }</span>
                <span class="muted journal-origin">{ origin }</span>
            </td>
            <td class="journal-what">
                <span>{ what }</span>
                if e.batch_size > 1 {
                    <span class="muted journal-batch">{ t_count("journal-batch-of", e.batch_size as usize) }</span>
                }
            </td>
            <td class="journal-change">
                <span class="journal-before">{ described(e.before.as_ref()) }</span>
                <span class="journal-arrow" aria-hidden="true">{ "\u{2193}" }</span>
                <span class="journal-after">{ described(e.after.as_ref()) }</span>
            </td>
            <td class="journal-outcome">
                <span class={outcome_class(e.outcome)} title={message.clone()}>
                    { t(outcome_label_id(e.outcome)) }
                </span>
                if let Some(message) = message {
                    <span class="journal-message">{ message }</span>
                }
                if undone {
                    <span class="badge badge-muted journal-undone">{ t("journal-undone-mark") }</span>
                }
            </td>
            <td class="journal-undo">
                if undoable {
                    <button type="button" class="button" data-undo="entry" disabled={busy}
                        title={t("journal-undo-title")} onclick={undo_entry}>
                        { t("journal-undo") }
                    </button>
                }
                if first_of_batch {
                    <button type="button" class="button" data-undo="batch" disabled={busy}
                        title={t("journal-undo-batch-title")} onclick={undo_batch}>
                        { t_count("journal-undo-batch", e.batch_size as usize) }
                    </button>
                }
            </td>
        </tr>
    }
}
