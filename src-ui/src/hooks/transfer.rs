//! Export, import and "Copy to…" as the window runs them: each a command of the native side,
//! which asks for the file itself (the webview never names a path). An import or a copy reads
//! a preview first and sends nothing until Confirm; the progress follows `transfer-progress`.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{
    ApplyTransfer, ExportHooks, ListCopyTargets, ListProfiles, NoArgs, PreviewCopy, PreviewImport,
};
use webitel_hooks_model::events::TransferProgressed;
use webitel_hooks_model::transfer::{
    ApplyTransferArgs, ExportHooksArgs, ExportSource, ListCopyTargetsArgs, PreviewCopyArgs,
    TransferFormat, TransferKind,
};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use super::use_tauri_event;
use crate::i18n::t_with;
use crate::ipc;
use crate::state::copy_targets::{Action as TargetsAction, CopyTargets};
use crate::state::transfer::{Action, TransferState};

/// What a registry's export, import and copy buttons and dialogs use.
#[derive(Clone, PartialEq)]
pub struct Transfer {
    pub state: UseReducerHandle<TransferState>,
    /// Import…: the Open dialog, then the preview.
    pub import: Callback<()>,
    /// The copy dialog's Preview.
    pub copy: Callback<PreviewCopyArgs>,
    /// The preview's Confirm.
    pub confirm: Callback<()>,
    /// Cancel, Close, Escape.
    pub close: Callback<()>,
    /// Export…: the Save dialog, then the file.
    pub export: Callback<ExportSource>,
    pub exporting: bool,
}

#[hook]
pub fn use_transfer(on_success: Callback<String>, on_error: Callback<AppError>) -> Transfer {
    let state = use_reducer(TransferState::default);
    let exporting = use_state(|| false);

    use_tauri_event::<TransferProgressed>({
        let state = state.dispatcher();
        Callback::from(move |progress| state.dispatch(Action::Progress(progress)))
    });

    let import = use_callback(
        (state.dispatcher(), on_error.clone()),
        |(), (state, on_error)| {
            state.dispatch(Action::Read(TransferKind::Import));
            let (state, on_error) = (state.clone(), on_error.clone());
            spawn_local(async move {
                match ipc::invoke::<PreviewImport>(&NoArgs {}).await {
                    Ok(Some(preview)) => {
                        state.dispatch(Action::Previewed(TransferKind::Import, preview))
                    }
                    Ok(None) => state.dispatch(Action::NotRead),
                    Err(err) => {
                        state.dispatch(Action::NotRead);
                        on_error.emit(err);
                    }
                }
            });
        },
    );

    let copy = use_callback(
        (state.dispatcher(), on_error.clone()),
        |args: PreviewCopyArgs, (state, on_error)| {
            state.dispatch(Action::Read(TransferKind::Copy));
            let (state, on_error) = (state.clone(), on_error.clone());
            spawn_local(async move {
                match ipc::invoke::<PreviewCopy>(&args).await {
                    Ok(preview) => state.dispatch(Action::Previewed(TransferKind::Copy, preview)),
                    Err(err) => {
                        state.dispatch(Action::NotRead);
                        on_error.emit(err);
                    }
                }
            });
        },
    );

    let confirm = use_callback(
        (state.clone(), on_error.clone()),
        |(), (state, on_error)| {
            let Some((kind, creates, profile)) = state.to_confirm() else {
                return;
            };
            state.dispatch(Action::Confirm);
            let (state, on_error) = (state.dispatcher(), on_error.clone());
            spawn_local(async move {
                let args = ApplyTransferArgs {
                    kind,
                    creates,
                    profile,
                };
                match ipc::invoke::<ApplyTransfer>(&args).await {
                    Ok(report) => state.dispatch(Action::Done(report)),
                    Err(err) => {
                        state.dispatch(Action::ApplyFailed);
                        on_error.emit(err);
                    }
                }
            });
        },
    );

    let close = use_callback(state.dispatcher(), |(), state| {
        state.dispatch(Action::Close)
    });

    let export = use_callback(
        (on_success, on_error, exporting.setter()),
        |source: ExportSource, (on_success, on_error, exporting)| {
            exporting.set(true);
            let (on_success, on_error, exporting) =
                (on_success.clone(), on_error.clone(), exporting.clone());
            spawn_local(async move {
                let args = ExportHooksArgs {
                    source,
                    format: TransferFormat::Json,
                };
                match ipc::invoke::<ExportHooks>(&args).await {
                    Ok(Some(outcome)) => on_success.emit(t_with(
                        "export-done",
                        &[
                            ("count", FluentValue::from(outcome.hooks)),
                            ("file", FluentValue::from(outcome.file_name)),
                        ],
                    )),
                    Ok(None) => {}
                    Err(err) => on_error.emit(err),
                }
                exporting.set(false);
            });
        },
    );

    Transfer {
        state,
        import,
        copy,
        confirm,
        close,
        export,
        exporting: *exporting,
    }
}

/// The copy dialog's checklist: the profiles read once when it opens, and the target profile's
/// queues each time the target server changes (from its server, or its cache when that cannot
/// be reached). A profile that cannot list them says why in the dialog.
#[hook]
pub fn use_copy_targets() -> UseReducerHandle<CopyTargets> {
    let targets = use_reducer(CopyTargets::default);
    {
        let targets = targets.dispatcher();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // Without the list the dialog copies within the active profile, as before.
                if let Ok(list) = ipc::invoke::<ListProfiles>(&NoArgs {}).await {
                    targets.dispatch(TargetsAction::Profiles(list.profiles, list.last_used));
                }
            });
        });
    }
    {
        let dispatcher = targets.dispatcher();
        use_effect_with(targets.profile, move |profile| {
            let profile = *profile;
            spawn_local(async move {
                let args = ListCopyTargetsArgs { profile };
                match ipc::invoke::<ListCopyTargets>(&args).await {
                    Ok(queues) => dispatcher.dispatch(TargetsAction::Loaded(profile, queues)),
                    Err(err) => dispatcher.dispatch(TargetsAction::Failed(profile, err)),
                }
            });
        });
    }
    targets
}
