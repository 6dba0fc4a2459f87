//! An import's or a copy's way from the click to the report: the preview being read, the
//! preview shown (nothing sent yet), the confirmed creates running with their progress, and the
//! report. One reducer for both: a copy is an import of hooks the app exports in memory.

use std::rc::Rc;

use webitel_hooks_model::transfer::{
    PlannedCreate, TransferKind, TransferPreview, TransferProgress, TransferReport,
};
use webitel_hooks_model::ProfileId;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Stage {
    /// Nothing shown.
    #[default]
    Idle,
    /// The preview is being read (the Open dialog may be up).
    Reading(TransferKind),
    /// The preview, waiting for Confirm or Cancel.
    Preview(TransferKind, Rc<TransferPreview>),
    /// The confirmed creates are being made.
    Applying {
        kind: TransferKind,
        preview: Rc<TransferPreview>,
        progress: TransferProgress,
    },
    /// What was done, with the preview it followed.
    Report {
        kind: TransferKind,
        preview: Rc<TransferPreview>,
        report: Rc<TransferReport>,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferState {
    pub stage: Stage,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Import… or the copy dialog's Preview was used.
    Read(TransferKind),
    /// The preview arrived.
    Previewed(TransferKind, TransferPreview),
    /// The read ended without a preview (the dialog was closed, or it failed: told elsewhere).
    NotRead,
    /// Confirm: the creates start.
    Confirm,
    /// The native side's `transfer-progress`.
    Progress(TransferProgress),
    /// The creates ended.
    Done(TransferReport),
    /// The creates could not be made at all (told elsewhere): back to the preview.
    ApplyFailed,
    /// Cancel, Close or Escape.
    Close,
}

reducible_by_apply!(TransferState);

impl TransferState {
    pub fn apply(&mut self, action: Action) {
        let stage = std::mem::take(&mut self.stage);
        self.stage = match (stage, action) {
            (_, Action::Close) => Stage::Idle,
            (Stage::Idle, Action::Read(kind)) => Stage::Reading(kind),
            (Stage::Reading(asked), Action::Previewed(kind, preview)) if asked == kind => {
                Stage::Preview(kind, Rc::new(preview))
            }
            (Stage::Reading(_), Action::NotRead) => Stage::Idle,
            // Nothing to create: Confirm is not offered, and a stray one does nothing.
            (Stage::Preview(kind, preview), Action::Confirm) if !preview.creates.is_empty() => {
                let total = u32::try_from(preview.creates.len()).unwrap_or(u32::MAX);
                Stage::Applying {
                    kind,
                    preview,
                    progress: TransferProgress { done: 0, total },
                }
            }
            (
                Stage::Applying {
                    kind,
                    preview,
                    progress,
                },
                Action::Progress(next),
            ) => Stage::Applying {
                kind,
                preview,
                // Events may arrive out of order: the bar never goes back.
                progress: if next.done >= progress.done {
                    next
                } else {
                    progress
                },
            },
            (Stage::Applying { kind, preview, .. }, Action::Done(report)) => Stage::Report {
                kind,
                preview,
                report: Rc::new(report),
            },
            (Stage::Applying { kind, preview, .. }, Action::ApplyFailed) => {
                Stage::Preview(kind, preview)
            }
            // Anything else changes nothing (a late answer after Cancel, a double click).
            (stage, _) => stage,
        };
    }

    /// The creates Confirm sends, while the preview is shown, with the profile they go to (the
    /// preview's: `None` is the active one).
    pub fn to_confirm(&self) -> Option<(TransferKind, Vec<PlannedCreate>, Option<ProfileId>)> {
        match &self.stage {
            Stage::Preview(kind, preview) if !preview.creates.is_empty() => {
                Some((*kind, preview.creates.clone(), preview.target_profile))
            }
            _ => None,
        }
    }

    /// A preview or a copy is being read.
    pub fn reading(&self) -> bool {
        matches!(self.stage, Stage::Reading(_))
    }
}

/// The preview's creates split as the dialog lists them: those created as the file has them,
/// and those created disabled because their event already has an enabled hook in the queue.
pub fn split_creates(preview: &TransferPreview) -> (Vec<&PlannedCreate>, Vec<&PlannedCreate>) {
    preview
        .creates
        .iter()
        .partition(|c| c.disabled_because.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::transfer::{TransferHook, UnmatchedHook, UnmatchedReason};
    use webitel_hooks_model::{
        FlowRef, HookEvent, HookLabel, HookOwner, OwnerKind, QueueId, SchemaId,
    };

    fn hook(event: HookEvent, enabled: bool) -> TransferHook {
        TransferHook {
            owner_kind: OwnerKind::Queue,
            owner_name: "Sales EU".into(),
            queue_type: None,
            event,
            flow: FlowRef {
                id: SchemaId(101),
                name: "CRM".into(),
            },
            enabled,
        }
    }

    fn preview() -> TransferPreview {
        TransferPreview {
            file_name: "sales.json".into(),
            exported_from: String::new(),
            target_profile: None,
            target_name: String::new(),
            creates: vec![
                PlannedCreate {
                    owner: HookOwner::Queue(QueueId(301)),
                    hook: hook(HookEvent::Missed, true),
                    disabled_because: None,
                },
                PlannedCreate {
                    owner: HookOwner::Queue(QueueId(301)),
                    hook: hook(HookEvent::Bridged, false),
                    disabled_because: Some(HookLabel::new(HookEvent::Bridged, "Salesforce")),
                },
            ],
            skipped: vec![hook(HookEvent::Offering, true)],
            unmatched: vec![UnmatchedHook {
                hook: hook(HookEvent::Missed, false),
                reason: UnmatchedReason::FlowNotFound,
            }],
        }
    }

    fn at(done: u32, total: u32) -> TransferProgress {
        TransferProgress { done, total }
    }

    #[test]
    fn an_import_goes_from_the_preview_through_its_progress_to_the_report() {
        let mut state = TransferState::default();
        state.apply(Action::Read(TransferKind::Import));
        assert!(state.reading());
        assert_eq!(
            state.to_confirm(),
            None,
            "nothing to confirm before the preview"
        );
        state.apply(Action::Previewed(TransferKind::Import, preview()));
        let (kind, creates, profile) = state.to_confirm().unwrap();
        assert_eq!(kind, TransferKind::Import);
        assert_eq!(creates.len(), 2);
        assert_eq!(profile, None, "an import goes into the active profile");
        state.apply(Action::Confirm);
        assert!(matches!(
            state.stage,
            Stage::Applying { progress, .. } if progress == at(0, 2)
        ));
        assert_eq!(state.to_confirm(), None, "a second Confirm sends nothing");
        state.apply(Action::Progress(at(2, 2)));
        state.apply(Action::Progress(at(1, 2)));
        assert!(matches!(
            state.stage,
            Stage::Applying { progress, .. } if progress == at(2, 2)
        ));
        state.apply(Action::Done(TransferReport {
            created: 2,
            ..TransferReport::default()
        }));
        assert!(matches!(&state.stage, Stage::Report { report, .. } if report.created == 2));
        state.apply(Action::Close);
        assert_eq!(state.stage, Stage::Idle);
    }

    #[test]
    fn a_closed_dialog_or_a_late_answer_leaves_nothing_open() {
        let mut state = TransferState::default();
        state.apply(Action::Read(TransferKind::Import));
        state.apply(Action::NotRead);
        assert_eq!(state.stage, Stage::Idle);
        // The preview of a copy arriving after Cancel is dropped.
        state.apply(Action::Read(TransferKind::Copy));
        state.apply(Action::Close);
        state.apply(Action::Previewed(TransferKind::Copy, preview()));
        assert_eq!(state.stage, Stage::Idle);
        // A preview with nothing to create cannot be confirmed.
        state.apply(Action::Read(TransferKind::Import));
        let empty = TransferPreview {
            creates: Vec::new(),
            ..preview()
        };
        state.apply(Action::Previewed(TransferKind::Import, empty));
        state.apply(Action::Confirm);
        assert!(matches!(state.stage, Stage::Preview(..)));
    }

    #[test]
    fn a_failed_apply_goes_back_to_the_preview() {
        let mut state = TransferState::default();
        state.apply(Action::Read(TransferKind::Copy));
        state.apply(Action::Previewed(TransferKind::Copy, preview()));
        state.apply(Action::Confirm);
        state.apply(Action::ApplyFailed);
        assert!(state.to_confirm().is_some());
    }

    #[test]
    fn creates_disabled_by_the_enabled_event_rule_are_listed_apart() {
        let preview = preview();
        let (as_in_file, disabled) = split_creates(&preview);
        assert_eq!(as_in_file.len(), 1);
        assert_eq!(disabled.len(), 1);
        assert_eq!(disabled[0].hook.event, HookEvent::Bridged);
    }

    #[test]
    fn a_copy_into_another_profile_confirms_into_that_profile() {
        let mut state = TransferState::default();
        state.apply(Action::Read(TransferKind::Copy));
        state.apply(Action::Previewed(
            TransferKind::Copy,
            TransferPreview {
                file_name: String::new(),
                target_profile: Some(ProfileId(2)),
                target_name: "Staging".into(),
                ..preview()
            },
        ));
        let (kind, _, profile) = state.to_confirm().unwrap();
        assert_eq!((kind, profile), (TransferKind::Copy, Some(ProfileId(2))));
    }
}
