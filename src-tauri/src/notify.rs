//! Desktop notifications: a sync run that found hooks changed on the server by someone else,
//! and changes made offline that met a conflict in it. Only while `Settings::notifications` is on.
//!
//! What to say is decided by [`notification`] from the run's `Ended` event alone, a pure
//! function; [`follow`] feeds it each run's end, as the runner sends it (one per run, never
//! folded into the next run's start), and shows what it answers.

use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::broadcast::{self, error::RecvError};
use webitel_hooks_i18n::{text, text_count, text_with};
use webitel_hooks_model::{Language, RunOutcome, SyncRun};

use crate::settings::SettingsStore;

/// What a notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

/// The notification for a run that ended with `outcome`, if any, in `language`. `server` is
/// the active profile's server as the user knows it (`None`: "the server").
///
/// - changes made offline that met a conflict in this run: the user must choose (conflicts
///   read from a cache at start or at a profile switch are old news and say nothing);
/// - hooks changed on the server by someone else.
///
/// Both at once make one notification, conflicts first: they need the user's choice.
pub fn notification(
    outcome: &RunOutcome,
    server: Option<&str>,
    language: Language,
) -> Option<Notice> {
    let mut lines = Vec::new();
    if outcome.new_conflicts > 0 {
        lines.push(text_count(
            language,
            "notify-conflicts",
            outcome.new_conflicts as usize,
        ));
    }
    if outcome.changed_on_server > 0 {
        let server = match server {
            Some(server) => server.to_owned(),
            None => text(language, "notify-the-server"),
        };
        lines.push(text_with(
            language,
            "notify-changed",
            &[
                ("count", outcome.changed_on_server.into()),
                ("server", server.into()),
            ],
        ));
    }
    if lines.is_empty() {
        return None;
    }
    Some(Notice {
        title: text(language, "app-title"),
        body: lines.join(" "),
    })
}

/// Shows a notification for each run's end that [`notification`] finds worth one, while the
/// setting is on, until the runner is gone. `server` names the active profile's server.
pub fn follow<R, F>(app: &AppHandle<R>, mut runs: broadcast::Receiver<SyncRun>, server: F)
where
    R: Runtime,
    F: Fn() -> Option<String> + Send + 'static,
{
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            let outcome = match runs.recv().await {
                Ok(SyncRun::Ended(outcome)) => outcome,
                Ok(SyncRun::Started { .. } | SyncRun::Progress { .. }) => continue,
                Err(RecvError::Lagged(lost)) => {
                    tracing::warn!(lost, "the notifier missed sync run events");
                    continue;
                }
                Err(RecvError::Closed) => break,
            };
            let wanted = app
                .try_state::<SettingsStore>()
                .is_some_and(|s| s.get().notifications);
            if wanted {
                let server = server();
                let language = crate::settings::language(&app);
                if let Some(notice) = notification(&outcome, server.as_deref(), language) {
                    show(&app, &notice);
                }
            }
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

    fn ended(changed_on_server: u32, new_conflicts: u32) -> RunOutcome {
        RunOutcome {
            run: 1,
            changed_on_server,
            new_conflicts,
            ..RunOutcome::default()
        }
    }

    #[test]
    fn a_run_with_changes_by_someone_else_tells_how_many() {
        assert_eq!(
            notification(&ended(3, 0), Some("cc.example.com"), Language::En)
                .unwrap()
                .body,
            "3 hooks were changed on cc.example.com by someone else."
        );
        assert_eq!(
            notification(&ended(1, 0), Some("h"), Language::En)
                .unwrap()
                .body,
            "1 hook was changed on h by someone else."
        );
    }

    #[test]
    fn a_run_without_changes_or_new_conflicts_says_nothing() {
        assert_eq!(notification(&ended(0, 0), Some("h"), Language::En), None);
        // Conflicts already waiting before the run (read from the cache) are no news.
        let old = RunOutcome {
            conflicts: 2,
            ..ended(0, 0)
        };
        assert_eq!(notification(&old, Some("h"), Language::En), None);
    }

    #[test]
    fn new_conflicts_ask_for_a_choice() {
        assert_eq!(
            notification(&ended(0, 1), Some("h"), Language::En)
                .unwrap()
                .body,
            "A change you made offline conflicts with the server: open the app to choose."
        );
        assert!(notification(&ended(0, 2), Some("h"), Language::En)
            .unwrap()
            .body
            .starts_with("2 changes you made offline conflict"));
    }

    #[test]
    fn both_at_once_make_one_notification_conflicts_first() {
        let body = notification(&ended(2, 1), Some("h"), Language::En)
            .unwrap()
            .body;
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
