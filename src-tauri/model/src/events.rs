//! Every event the native side sends the webview: its name and its payload, in one place, as
//! the commands are in [`crate::commands`], so that a typo in a name or a mismatched payload is
//! a compile error on both sides of IPC.
//!
//! The native side emits with `Event::NAME` and a `Event::Payload`; the webview listens by the
//! same name and reads the same type.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::commands::SessionStatus;
use crate::{HookOwner, SyncRun, SyncStatus};

pub trait Event {
    const NAME: &'static str;
    type Payload: Serialize + DeserializeOwned;
}

/// Declares every event at once, and [`ALL_EVENT_NAMES`].
macro_rules! events {
    ($($(#[$doc:meta])* $ty:ident = $name:literal, $payload:ty;)*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy)]
            pub struct $ty;

            impl Event for $ty {
                const NAME: &'static str = $name;
                type Payload = $payload;
            }
        )*

        /// Every event's name.
        pub const ALL_EVENT_NAMES: &[&str] = &[$($name),*];
    };
}

events! {
    /// Hooks of a queue or team changed in the store (by this window, the tray or a conflict's
    /// resolution): the views showing that owner read it again.
    HooksChanged = "hooks-changed", HookOwner;
    /// The session began, ended or needs the password again.
    SessionChanged = "session-changed", SessionStatus;
    /// Where the sync stands now (running, progress, offline, the outbox's counts, the last
    /// full sync): what the sync bar, the banners and the tray's status line show. Nothing
    /// decides from it that a run ended: `SyncRunChanged` says so.
    SyncStatusChanged = "sync-status", SyncStatus;
    /// A sync run started, moved on or ended (once per run, with what it found): when it ends,
    /// every view re-reads what it shows, keeping its selection, page and scroll, and the
    /// notifier tells what others changed.
    SyncRunChanged = "sync-run", SyncRun;
    /// The queues and teams pinned to the tray, after a change from the window or the tray.
    PinnedChanged = "pinned-changed", Vec<HookOwner>;
    /// How far a confirmed import or copy is, after each hook: the progress bar's value.
    TransferProgressed = "transfer-progress", crate::transfer::TransferProgress;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names_are_distinct_and_in_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for name in ALL_EVENT_NAMES {
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
        }
    }

    #[test]
    fn a_run_end_round_trips_with_its_kind() {
        let ended = SyncRun::Ended(crate::RunOutcome {
            run: 7,
            changed_on_server: 2,
            ..crate::RunOutcome::default()
        });
        let json = serde_json::to_value(&ended).unwrap();
        assert_eq!(json["kind"], "ended");
        assert_eq!(json["run"], 7);
        assert_eq!(serde_json::from_value::<SyncRun>(json).unwrap(), ended);
    }
}
