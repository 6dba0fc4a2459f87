//! The preview of an import or a copy, then its progress, then its report, in one dialog:
//! what will be created, what will be created disabled (a queue takes one enabled hook per
//! event), what is already there, and what cannot be imported with why. Nothing is sent until
//! Confirm.

use fluent_bundle::FluentValue;
use webitel_hooks_model::transfer::{
    PlannedCreate, TransferHook, TransferKind, TransferPreview, TransferReport, UnmatchedReason,
};
use webitel_hooks_model::OwnerKind;
use yew::prelude::*;

use super::dialog::dialog_keys;
use crate::hooks::{use_dialog_focus, AFTER_DIALOG};
use crate::i18n::{error_text, hook_label, t, t_count, t_with, words};
use crate::state::transfer::{split_creates, Stage};

#[derive(Properties, PartialEq)]
pub struct TransferDialogProps {
    pub stage: Stage,
    pub on_confirm: Callback<()>,
    pub on_close: Callback<()>,
}

#[component]
pub fn TransferDialog(props: &TransferDialogProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), None, AFTER_DIALOG);
    let (kind, preview) = match &props.stage {
        Stage::Preview(kind, preview)
        | Stage::Applying { kind, preview, .. }
        | Stage::Report { kind, preview, .. } => (*kind, preview.clone()),
        Stage::Idle | Stage::Reading(_) => return Html::default(),
    };
    // The title says where it stands: the preview, the creates under way, their report.
    let title = t(match (kind, &props.stage) {
        (TransferKind::Import, Stage::Applying { .. }) => "import-running-title",
        (TransferKind::Import, Stage::Report { .. }) => "import-report-title",
        (TransferKind::Import, _) => "import-title",
        (TransferKind::Copy, Stage::Applying { .. }) => "copy-running-title",
        (TransferKind::Copy, Stage::Report { .. }) => "copy-report-title",
        (TransferKind::Copy, _) => "copy-preview-title",
    });
    let body = match &props.stage {
        Stage::Applying { progress, .. } => html! {
            <div class="transfer-progress" role="status">
                <p>{ t_with("transfer-progress", &[
                    ("done", FluentValue::from(progress.done)),
                    ("total", FluentValue::from(progress.total)),
                ]) }</p>
                <progress aria-label={t("transfer-progress-label")}
                    max={progress.total.to_string()} value={progress.done.to_string()} />
            </div>
        },
        Stage::Report { report, .. } => report_view(report, &preview),
        _ => preview_view(&preview),
    };
    let applying = matches!(props.stage, Stage::Applying { .. });
    let footer = match &props.stage {
        Stage::Preview(..) => {
            let can_confirm = !preview.creates.is_empty();
            html! {
                <>
                    <button type="button" class="button" data-autofocus="true"
                        data-transfer="cancel" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("transfer-cancel") }
                    </button>
                    if can_confirm {
                        <button type="button" class="button button-primary" data-transfer="confirm"
                            onclick={props.on_confirm.reform(|_: MouseEvent| ())}>
                            { t_count("transfer-confirm", preview.creates.len()) }
                        </button>
                    }
                </>
            }
        }
        _ => html! {
            <button type="button" class="button" data-autofocus="true" data-transfer="close"
                disabled={applying} onclick={props.on_close.reform(|_: MouseEvent| ())}>
                { t("transfer-close") }
            </button>
        },
    };
    // Escape closes the preview and the report; the creates, once started, run to their end.
    let on_escape = if applying {
        Callback::noop()
    } else {
        props.on_close.clone()
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-wide transfer-dialog" role="dialog" aria-modal="true"
                aria-label={title.clone()} ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &on_escape)}>
                <header class="modal-header"><h2>{ title }</h2></header>
                <div class="modal-body">{ body }</div>
                <footer class="modal-footer modal-footer-ruled">{ footer }</footer>
            </div>
        </div>
    }
}

fn preview_view(preview: &TransferPreview) -> Html {
    let (as_in_file, disabled) = split_creates(preview);
    let source = (!preview.file_name.is_empty()).then(|| {
        let from = if preview.exported_from.is_empty() {
            t_with(
                "import-source",
                &[("file", FluentValue::from(preview.file_name.clone()))],
            )
        } else {
            t_with(
                "import-source-server",
                &[
                    ("file", FluentValue::from(preview.file_name.clone())),
                    ("server", FluentValue::from(preview.exported_from.clone())),
                ],
            )
        };
        html! { <p class="transfer-source">{ from }</p> }
    });
    // A copy into another server profile says which: the creates go with its sign-in.
    let target = (!preview.target_name.is_empty()).then(|| {
        let into = t_with(
            "copy-into",
            &[("name", FluentValue::from(preview.target_name.clone()))],
        );
        html! { <p class="transfer-source" data-copy="into">{ into }</p> }
    });
    let nothing = preview.creates.is_empty();
    html! {
        <>
            { for source }
            { for target }
            if nothing {
                <p class="note" role="note">{ t("transfer-nothing") }</p>
            }
            { section("create", t_count("transfer-section-create", as_in_file.len()),
                as_in_file.iter().map(|c| create_item(c)).collect()) }
            { section("create-disabled", t_count("transfer-section-disabled", disabled.len()),
                disabled.iter().map(|c| create_item(c)).collect()) }
            { section("skip", t_count("transfer-section-skip", preview.skipped.len()),
                preview.skipped.iter().map(|h| html! {
                    <li>{ hook_line(h) }</li>
                }).collect()) }
            { section("unmatched", t_count("transfer-section-unmatched", preview.unmatched.len()),
                preview.unmatched.iter().map(|u| html! {
                    <li data-reason={reason_id(u.reason).trim_start_matches("transfer-why-")}>
                        { hook_line(&u.hook) }
                        <span class="transfer-why">{ reason(u.reason, &u.hook) }</span>
                    </li>
                }).collect()) }
        </>
    }
}

/// One list of the preview, left out when empty.
fn section(name: &'static str, heading: String, items: Vec<Html>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class="transfer-section" data-section={name} aria-label={heading.clone()}>
            <h3>{ heading }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}

fn create_item(create: &PlannedCreate) -> Html {
    let why = create.disabled_because.as_ref().map(|enabled| {
        html! {
            <span class="transfer-why">{ t_with("transfer-disabled-because",
                &[("hook", FluentValue::from(hook_label(enabled)))]) }</span>
        }
    });
    html! {
        <li data-owner-id={create.owner.raw().to_string()}>
            { hook_line(&create.hook) }
            { for why }
        </li>
    }
}

/// "Sales Progressive EU · Bridged → CRM: log call result · Enabled".
fn hook_line(hook: &TransferHook) -> Html {
    let owner = match hook.owner_kind {
        OwnerKind::Queue => hook.owner_name.clone(),
        OwnerKind::Team => t_with(
            "transfer-team",
            &[("team", FluentValue::from(hook.owner_name.clone()))],
        ),
    };
    let state = t(if hook.enabled {
        "hooks-enabled"
    } else {
        "hooks-disabled"
    });
    html! {
        <span class="transfer-hook">
            <span class="transfer-owner">{ owner }</span>
            <span>{ format!("{} → {}", words::event(&hook.event), hook.flow.name) }</span>
            <span class={classes!("badge", if hook.enabled { "badge-accent" } else { "badge-muted" })}>
                { state }
            </span>
        </span>
    }
}

fn reason_id(reason: UnmatchedReason) -> &'static str {
    match reason {
        UnmatchedReason::OwnerNotFound => "transfer-why-owner-not-found",
        UnmatchedReason::OwnerAmbiguous => "transfer-why-owner-ambiguous",
        UnmatchedReason::FlowNotFound => "transfer-why-flow-not-found",
        UnmatchedReason::FlowAmbiguous => "transfer-why-flow-ambiguous",
        UnmatchedReason::EventNotPossible => "transfer-why-event-not-possible",
        UnmatchedReason::NotAllowed => "transfer-why-not-allowed",
    }
}

fn reason(reason: UnmatchedReason, hook: &TransferHook) -> String {
    let kind = match hook.owner_kind {
        OwnerKind::Queue => "queue",
        OwnerKind::Team => "team",
    };
    t_with(
        reason_id(reason),
        &[
            ("kind", FluentValue::from(kind)),
            ("owner", FluentValue::from(hook.owner_name.clone())),
            ("flow", FluentValue::from(hook.flow.name.clone())),
        ],
    )
}

fn report_view(report: &TransferReport, preview: &TransferPreview) -> Html {
    let mut lines = Vec::new();
    if report.created > 0 {
        lines.push(t_count("transfer-created", report.created as usize));
    }
    if report.queued > 0 {
        lines.push(t_count("transfer-queued", report.queued as usize));
    }
    if !preview.skipped.is_empty() {
        lines.push(t_count("transfer-skipped", preview.skipped.len()));
    }
    if !preview.unmatched.is_empty() {
        lines.push(t_count("transfer-not-imported", preview.unmatched.len()));
    }
    let failed = (!report.failed.is_empty()).then(|| {
        html! {
            <section class="transfer-section" data-section="failed"
                aria-label={t_count("transfer-failed", report.failed.len())}>
                <h3>{ t_count("transfer-failed", report.failed.len()) }</h3>
                <ul>
                    { for report.failed.iter().map(|f| html! {
                        <li>
                            <span class="transfer-owner">{ hook_label(&f.label) }</span>
                            <span class="transfer-why">{ error_text(&f.error) }</span>
                        </li>
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <div class="transfer-report" role="status" aria-label={t("transfer-report")}>
            { for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }
            { for failed }
        </div>
    }
}
