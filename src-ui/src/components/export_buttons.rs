//! "Export…", "Import…" and "Copy N selected hooks to…" beside a registry's toolbar, with the
//! dialogs they open: the native side asks for the file, the buttons only say what to export or
//! that an import starts.

use webitel_hooks_model::transfer::{ExportSource, TransferKind};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use super::copy_dialog::{CopyButton, CopyDialog};
use super::import_preview::TransferDialog;
use crate::hooks::use_transfer;
use crate::i18n::t;
use crate::state::table::HookKey;
use crate::state::transfer::Stage;

#[derive(Properties, PartialEq)]
pub struct TransferButtonsProps {
    /// What Export… exports, in words ("Export this queue's hooks"), its tooltip.
    pub export_hint: AttrValue,
    pub exporting: bool,
    pub on_export: Callback<()>,
    /// Import… is offered (the user may change hooks).
    pub can_import: bool,
    pub importing: bool,
    pub on_import: Callback<()>,
}

#[component]
pub fn TransferButtons(props: &TransferButtonsProps) -> Html {
    html! {
        <div class="transfer-buttons" role="group" aria-label={t("transfer-group")}>
            <button type="button" class="button" data-transfer="export"
                aria-label={t("export-button")} title={props.export_hint.clone()}
                disabled={props.exporting} aria-busy={props.exporting.to_string()}
                onclick={props.on_export.reform(|_: MouseEvent| ())}>
                { t("export-button") }
            </button>
            if props.can_import {
                <button type="button" class="button" data-transfer="import"
                    aria-label={t("import-button")} title={t("import-hint")}
                    disabled={props.importing} aria-busy={props.importing.to_string()}
                    onclick={props.on_import.reform(|_: MouseEvent| ())}>
                    { t("import-button") }
                </button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TransferControlsProps {
    /// What Export… exports, read at the click (a selection may be thousands of hooks).
    pub export_source: Callback<(), ExportSource>,
    pub export_hint: AttrValue,
    /// Import… is offered.
    pub can_import: bool,
    /// "Copy N selected hooks to…" is offered for this many hooks (none: no button).
    pub copy_count: usize,
    /// The hooks to copy, read at the click, in the registry's order.
    pub copy_hooks: Callback<(), Vec<HookKey>>,
    pub on_success: Callback<String>,
    pub on_error: Callback<AppError>,
}

/// A registry's Export…, Import… and "Copy N selected hooks to…", with the copy dialog, the
/// preview, its progress and its report.
#[component]
pub fn TransferControls(props: &TransferControlsProps) -> Html {
    let transfer = use_transfer(props.on_success.clone(), props.on_error.clone());
    // The hooks the copy dialog copies, while it is open.
    let copying = use_state(|| None::<Vec<HookKey>>);
    let stage = transfer.state.stage.clone();
    let close = {
        let close = transfer.close.clone();
        let copying = copying.clone();
        Callback::from(move |()| {
            copying.set(None);
            close.emit(());
        })
    };
    let copy_dialog = (*copying).clone().and_then(|hooks| {
        let shown = matches!(stage, Stage::Idle | Stage::Reading(TransferKind::Copy));
        shown.then(|| {
            html! {
                <CopyDialog {hooks} busy={transfer.state.reading()}
                    on_preview={transfer.copy.clone()} on_close={close.clone()} />
            }
        })
    });
    let on_export = {
        let source = props.export_source.clone();
        transfer.export.reform(move |()| source.emit(()))
    };
    let on_copy = {
        let hooks = props.copy_hooks.clone();
        let copying = copying.clone();
        Callback::from(move |()| copying.set(Some(hooks.emit(()))))
    };
    let importing = matches!(stage, Stage::Reading(TransferKind::Import));
    html! {
        <>
            <div class="transfer-controls">
                if props.copy_count > 0 {
                    <CopyButton count={props.copy_count} on_click={on_copy} />
                }
                <TransferButtons export_hint={props.export_hint.clone()}
                    exporting={transfer.exporting} {on_export}
                    can_import={props.can_import} {importing} on_import={transfer.import.clone()} />
            </div>
            { for copy_dialog }
            // Mounted only while it shows: its focus hook takes focus on mount and gives it back
            // on unmount, which must not happen around another dialog (the hook modal).
            if matches!(stage, Stage::Preview(..) | Stage::Applying { .. } | Stage::Report { .. }) {
                <TransferDialog {stage} on_confirm={transfer.confirm.clone()} on_close={close} />
            }
        </>
    }
}
