//! Every word the window shows, looked up by message id in the language the app speaks now
//! (webitel-hooks-i18n's catalogs, the same the native side uses). The language is set once
//! before the first render and again when Settings changes it; the window then renders anew
//! (see `main.rs`).

use std::cell::Cell;

use fluent_bundle::FluentValue;
use webitel_hooks_model::{AppError, HookLabel, Language};

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::En) };
}

/// The language of every word from now on.
pub fn set_language(language: Language) {
    LANGUAGE.with(|l| l.set(language));
}

/// The language the window speaks now.
pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// The message `id`.
pub fn t(id: &str) -> String {
    webitel_hooks_i18n::text(language(), id)
}

/// The message `id` with named arguments.
pub fn t_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    webitel_hooks_i18n::text_with(language(), id, args)
}

/// The message `id` with its `$count` argument.
pub fn t_count(id: &str, count: usize) -> String {
    webitel_hooks_i18n::text_count(language(), id, count)
}

/// What an error from the native side says, in the window's language.
pub fn error_text(err: &AppError) -> String {
    webitel_hooks_i18n::error_text(language(), err)
}

/// A hook as a report names it: "Sales EU: Bridged → CRM flow".
pub fn hook_label(label: &HookLabel) -> String {
    let event = words::event(&label.event);
    let flow = label.flow.trim();
    match (&label.owner, flow.is_empty()) {
        (Some(owner), false) => t_with(
            "hook-label-owner",
            &[
                ("owner", owner.as_str().into()),
                ("event", event.into()),
                ("flow", flow.into()),
            ],
        ),
        (Some(owner), true) => t_with(
            "hook-label-owner-no-flow",
            &[("owner", owner.as_str().into()), ("event", event.into())],
        ),
        (None, false) => t_with(
            "hook-label",
            &[("event", event.into()), ("flow", flow.into())],
        ),
        (None, true) => event,
    }
}

/// Unix milliseconds as a date and time the way the window's language writes them, in the
/// user's time zone ("6 Dec 2026, 14:05"; "6 дек. 2026 г., 14:05").
pub fn date_time(ms: i64) -> String {
    use wasm_bindgen::JsValue;
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locales = js_sys::Array::of1(&JsValue::from_str(language().code()));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// Whether the catalog has `id`; for tests.
#[cfg(test)]
pub fn has(id: &str) -> bool {
    webitel_hooks_i18n::has(Language::En, id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{HookEvent, QueueType};

    #[test]
    fn contract_sentences_read_exactly() {
        assert_eq!(t("hooks-empty"), "There are no records yet");
        assert_eq!(
            t_count("hooks-delete-selected", 3),
            "Delete 3 selected items"
        );
        assert_eq!(
            t_count("confirm-text", 1),
            "Are you sure you want to delete 1 record?"
        );
        assert_eq!(
            t_count("confirm-text", 3),
            "Are you sure you want to delete 3 records?"
        );
        assert_eq!(t_with("page-number", &[("page", 2.into())]), "Page 2");
        assert_eq!(t("hooks-empty-hint"), "Add a hook with the Add button.");
        assert_eq!(
            t_with(
                "confirm-hook",
                &[
                    ("event", "Bridged".into()),
                    ("flow", "CRM: log call result".into())
                ]
            ),
            "Bridged → CRM: log call result"
        );
        assert_eq!(t("no-such-message"), "no-such-message");
    }

    #[test]
    fn sign_in_contract_words_read_exactly() {
        for (id, text) in [
            ("sign-in-form", "Sign in"),
            ("sign-in-title", "Sign in to Webitel"),
            ("sign-in-profile", "Profile"),
            ("sign-in-new-server", "New server…"),
            ("sign-in-server", "Server URL"),
            ("sign-in-server-placeholder", "https://cc.example.com"),
            ("sign-in-username", "Username"),
            ("sign-in-username-placeholder", "user@domain"),
            ("sign-in-password", "Password"),
            ("sign-in-remember", "Remember me"),
            ("sign-in-ca", "Private CA certificate"),
            ("sign-in-ca-pem", "CA certificate (PEM)"),
            ("sign-in-submit", "Sign in"),
            ("sign-in-session-only", "This session only"),
            ("sign-in-code", "One-time code"),
            ("sign-in-verify", "Verify"),
            ("profiles", "Profiles"),
            ("profiles-add", "Add server…"),
            ("profiles-edit", "Edit profile…"),
            ("profiles-remove", "Remove profile…"),
            ("profiles-sign-out", "Sign out"),
            ("sign-out-title", "Sign out"),
            (
                "sign-out-wipe",
                "Also delete the cached hooks of this server",
            ),
            ("sign-out-confirm", "Sign out"),
            ("dialog-cancel", "Cancel"),
            ("remove-title", "Remove profile"),
            ("remove-confirm", "Remove"),
            ("profile-edit-title", "Edit profile"),
            ("profile-edit-name", "Profile name"),
            ("modal-save", "Save"),
            ("expired-title", "Session expired"),
        ] {
            assert_eq!(t(id), text, "{id}");
        }
    }

    #[test]
    fn offline_and_tray_contract_words_read_exactly() {
        for (id, text) in [
            ("sync-status", "Sync status"),
            ("sync-progress", "Sync progress"),
            ("sync-now", "Sync now"),
            ("sync-never", "Never synchronised"),
            ("sync-just-now", "Synchronised just now"),
            ("offline-title", "Offline"),
            ("conflicts-title", "Conflicts"),
            ("conflicts-review", "Review conflicts"),
            ("mark-pending", "Pending"),
            ("mark-pending-title", "Waiting to be sent"),
            ("mark-conflict", "Conflict"),
            ("mark-conflict-action", "Resolve conflict"),
            ("conflict-title", "Conflict"),
            ("conflict-mine", "Your version"),
            ("conflict-theirs", "Server version"),
            ("conflict-deleted", "Deleted"),
            ("conflict-keep-mine", "Keep mine"),
            ("conflict-take-theirs", "Take theirs"),
            ("conflict-discard", "Discard"),
            ("all-title", "All queues"),
            ("all-search", "Search hooks"),
            ("all-filter-any", "All"),
            ("all-filter-queue", "Filter by queue"),
            ("all-filter-queue-type", "Filter by queue type"),
            ("all-filter-event", "Filter by event"),
            ("all-filter-flow", "Filter by flow"),
            ("all-filter-state", "Filter by state"),
            ("all-only-pending", "Only pending"),
            ("all-only-conflicts", "Only conflicts"),
            ("all-table", "All hooks"),
            ("all-col-queue", "Queue"),
            ("queues-pin", "Pin to tray"),
            ("profiles-settings", "Settings…"),
            ("settings-title", "Settings"),
            (
                "settings-close-to-tray",
                "Keep running in the tray when the window is closed",
            ),
            ("settings-start-at-login", "Start at login"),
            ("settings-notifications", "Desktop notifications"),
            ("settings-copy-diagnostics", "Copy diagnostics"),
            ("settings-diagnostics", "Diagnostics"),
            ("settings-copied", "Diagnostics copied"),
            ("settings-close", "Close"),
        ] {
            assert_eq!(t(id), text, "{id}");
        }
        let count = |id: &str, n: u32| t_with(id, &[("count", FluentValue::from(n))]);
        assert_eq!(count("sync-minutes", 3), "Synchronised 3 min ago");
        assert_eq!(count("sync-hours", 2), "Synchronised 2 h ago");
        assert_eq!(
            t_with("sync-running", &[("done", 3.into()), ("total", 16.into())]),
            "Synchronising… 3 of 16 queues"
        );
        assert_eq!(
            t_with("offline-text", &[("server", "cc.example.com".into())]),
            "You are offline: cc.example.com cannot be reached. You are working from the cache; \
             changes are kept and sent when it is back."
        );
        assert_eq!(
            t_count("offline-pending", 5),
            "5 changes waiting to be sent."
        );
        assert_eq!(
            t_count("offline-pending", 1),
            "1 change waiting to be sent."
        );
        assert_eq!(
            t_count("conflicts-text", 2),
            "2 changes conflict with the server."
        );
        assert_eq!(t_count("all-total", 40), "40 hooks");
        assert_eq!(t_count("all-total", 1), "1 hook");
        assert_eq!(t_count("all-total", 0), "0 hooks");
    }

    #[test]
    fn team_contract_words_read_exactly() {
        for (id, text) in [
            ("owners-tabs", "Queues and teams"),
            ("queues-title", "Queues"),
            ("teams-title", "Teams"),
            ("teams-search", "Search teams"),
            ("teams-list", "Teams"),
            ("owner-team", "Team"),
            ("all-filter-kind", "Kind"),
            ("all-kind-queues", "Queues"),
            ("all-kind-teams", "Teams"),
            ("event-agent-status", "Agent status"),
        ] {
            assert_eq!(t(id), text, "{id}");
        }
        assert_eq!(
            t_with(
                "modal-team-flow-taken",
                &[("flow", "CRM: agent state".into())]
            ),
            "This team already has a hook that starts CRM: agent state: a team takes one hook \
             per flow."
        );
        assert_eq!(
            t_with("all-owner-team", &[("name", "Support".into())]),
            "Support (team)"
        );
        assert_eq!(
            t_with("all-owner-team-unknown", &[("id", 7.into())]),
            "Team 7"
        );
    }

    #[test]
    fn every_event_and_queue_type_has_words() {
        for event in HookEvent::ALL
            .iter()
            .chain(&HookEvent::MORE)
            .chain(&HookEvent::TEAM)
        {
            assert!(has(event.label_id()), "{}", event.label_id());
            assert!(has(&format!("{}-meaning", event.label_id())));
        }
        for code in 0..=11 {
            let id = QueueType::from_code(code).label_id();
            assert!(has(id), "{id}");
        }
    }
}

/// The words for the model's vocabularies.
pub mod words {
    use fluent_bundle::FluentValue;
    use webitel_hooks_model::{HookEvent, QueueType};

    use super::{t, t_with};

    pub fn queue_type(queue_type: QueueType) -> String {
        match queue_type {
            QueueType::Other(code) => t_with("queue-type-other", &[("code", code.into())]),
            known => t(known.label_id()),
        }
    }

    /// The event's label: capitalised as the official admin shows it.
    pub fn event(event: &HookEvent) -> String {
        match event {
            HookEvent::Other(value) => {
                let mut chars = value.chars();
                let capitalised = match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                };
                t_with("event-other", &[("value", FluentValue::from(capitalised))])
            }
            known => t(known.label_id()),
        }
    }

    /// What makes the call center fire the event.
    pub fn event_meaning(event: &HookEvent) -> String {
        let id = format!("{}-meaning", event.label_id());
        t_with(
            &id,
            &[("value", FluentValue::from(event.as_str().to_owned()))],
        )
    }
}
