//! Desktop notifications: a sync that found hooks changed on the server by someone else, and a
//! change made offline that met a conflict. Only while `Settings::notifications` is on.
//!
//! What to say is decided by [`notification`] from two consecutive `SyncStatus`es, a pure
//! function; [`follow`] feeds it the sync's status and shows what it answers.

use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::watch;
use webitel_hooks_model::SyncStatus;

use crate::settings::SettingsStore;

/// What a notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

/// The notification to show when the status goes from `before` to `now`, if any. `server` is
/// the active profile's server as the user knows it.
///
/// - a run that finished (`running` true → false) with `changed_on_server > 0`;
/// - more conflicts than before while a run goes or as it ends: the outbox met the server (the
///   counts read from a cache opened at start or at a profile switch are old news, and a
///   conflict resolved, or none new, says nothing).
///
/// Both at once make one notification, conflicts first: they need the user's choice.
pub fn notification(before: &SyncStatus, now: &SyncStatus, server: &str) -> Option<Notice> {
    let mut lines = Vec::new();
    let in_a_run = before.running || now.running;
    if in_a_run && now.conflicts > before.conflicts {
        lines.push(if now.conflicts - before.conflicts == 1 {
            "A change you made offline conflicts with the server: open the app to choose."
                .to_owned()
        } else {
            format!(
                "{} changes you made offline conflict with the server: open the app to choose.",
                now.conflicts - before.conflicts
            )
        });
    }
    // A run seen ending, or (should the watch have folded a whole quick run into one change)
    // a new sync time with no run going.
    let finished = !now.running
        && (before.running
            || (now.last_synced_at.is_some() && now.last_synced_at != before.last_synced_at));
    if finished && now.changed_on_server > 0 {
        let hooks = match now.changed_on_server {
            1 => "1 hook was".to_owned(),
            n => format!("{n} hooks were"),
        };
        lines.push(format!("{hooks} changed on {server} by someone else."));
    }
    if lines.is_empty() {
        return None;
    }
    Some(Notice {
        title: "Webitel Hooks".to_owned(),
        body: lines.join(" "),
    })
}

/// Shows a notification for each change of `status` that [`notification`] finds worth one,
/// while the setting is on, until the sync ends. `server` names the active profile's server.
pub fn follow<R, F>(app: &AppHandle<R>, mut status: watch::Receiver<SyncStatus>, server: F)
where
    R: Runtime,
    F: Fn() -> Option<String> + Send + 'static,
{
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut before = status.borrow_and_update().clone();
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            let wanted = app
                .try_state::<SettingsStore>()
                .is_some_and(|s| s.get().notifications);
            if wanted {
                let server = server().unwrap_or_else(|| "the server".to_owned());
                if let Some(notice) = notification(&before, &now, &server) {
                    show(&app, &notice);
                }
            }
            before = now;
        }
    });
}

/// Where the tests receive the notices instead of the desktop.
#[cfg(test)]
pub struct TestSink(pub std::sync::Mutex<std::sync::mpsc::Sender<Notice>>);

/// Shows `notice` on the desktop; a desktop without notifications is logged, never an error.
fn show<R: Runtime>(app: &AppHandle<R>, notice: &Notice) {
    #[cfg(test)]
    if let Some(sink) = app.try_state::<TestSink>() {
        let _ = sink
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(notice.clone());
        return;
    }
    let Some(notifications) = app.try_state::<tauri_plugin_notification::Notification<R>>() else {
        tracing::info!(body = %notice.body, "no notification plugin: not shown");
        return;
    };
    if let Err(err) = notifications
        .builder()
        .title(&notice.title)
        .body(&notice.body)
        .show()
    {
        tracing::warn!(error = %err, "the desktop notification was not shown");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn running() -> SyncStatus {
        SyncStatus {
            running: true,
            ..SyncStatus::default()
        }
    }

    #[test]
    fn a_finished_run_with_changes_by_someone_else_is_told_once() {
        let end = SyncStatus {
            changed_on_server: 3,
            ..SyncStatus::default()
        };
        let notice = notification(&running(), &end, "cc.example.com").unwrap();
        assert_eq!(
            notice.body,
            "3 hooks were changed on cc.example.com by someone else."
        );
        // The same count seen again (an outbox count changed after the run) says nothing.
        let later = SyncStatus {
            pending: 1,
            ..end.clone()
        };
        assert_eq!(notification(&end, &later, "cc.example.com"), None);
        let one = SyncStatus {
            changed_on_server: 1,
            ..SyncStatus::default()
        };
        assert_eq!(
            notification(&running(), &one, "h").unwrap().body,
            "1 hook was changed on h by someone else."
        );
    }

    #[test]
    fn a_whole_run_folded_into_one_change_is_still_told() {
        let before = SyncStatus {
            last_synced_at: Some(1_000),
            ..SyncStatus::default()
        };
        let end = SyncStatus {
            last_synced_at: Some(2_000),
            changed_on_server: 2,
            ..SyncStatus::default()
        };
        assert!(notification(&before, &end, "h").is_some());
        // The same sync time again is the same run.
        assert_eq!(notification(&end, &end, "h"), None);
    }

    #[test]
    fn a_run_without_changes_or_still_running_says_nothing() {
        assert_eq!(notification(&running(), &SyncStatus::default(), "h"), None);
        let progress = SyncStatus {
            done: 2,
            changed_on_server: 4,
            ..running()
        };
        assert_eq!(notification(&running(), &progress, "h"), None);
    }

    #[test]
    fn more_conflicts_in_a_run_ask_for_a_choice_fewer_or_old_ones_do_not() {
        let one = SyncStatus {
            conflicts: 1,
            ..running()
        };
        assert_eq!(
            notification(&running(), &one, "h").unwrap().body,
            "A change you made offline conflicts with the server: open the app to choose."
        );
        let three = SyncStatus {
            conflicts: 3,
            ..running()
        };
        assert!(notification(&one, &three, "h")
            .unwrap()
            .body
            .starts_with("2 changes you made offline conflict"));
        assert_eq!(notification(&three, &one, "h"), None);
        // A cache opened with conflicts already in it (start, profile switch): no run, no news.
        let opened = SyncStatus {
            conflicts: 2,
            ..SyncStatus::default()
        };
        assert_eq!(notification(&SyncStatus::default(), &opened, "h"), None);
    }

    #[test]
    fn both_at_once_make_one_notification_conflicts_first() {
        let end = SyncStatus {
            conflicts: 1,
            changed_on_server: 2,
            ..SyncStatus::default()
        };
        let body = notification(&running(), &end, "h").unwrap().body;
        assert!(
            body.starts_with("A change you made offline conflicts"),
            "{body}"
        );
        assert!(
            body.ends_with("2 hooks were changed on h by someone else."),
            "{body}"
        );
    }
}
