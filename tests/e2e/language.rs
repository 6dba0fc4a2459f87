//! The app speaks the OS's language at start and the one chosen in Settings: Russian from
//! `LANG=ru_RU.UTF-8` (the registry, the modal, a refusal worded from the native side's error
//! id, the delete confirmation's plural forms), Ukrainian and Kazakh likewise, and Vietnamese
//! chosen in Settings, which the window and the tray take at once and a restart keeps.
//! Every expected word is read from the catalogs, so the test follows a reworded message.

use std::collections::BTreeMap;

use webitel_hooks_i18n::{error_text, event_label, text, text_count, text_with};
use webitel_hooks_model::{AppError, ErrorCode, HookEvent, Language};

use crate::support::{run, Ctx, Launch};

/// The Progressive Dialer queue of the demo data, with a disabled Leaving hook (4) beside an
/// enabled one.
const QUEUE: i64 = 1;

/// The registry's table in `language`, idle.
fn table(language: Language) -> String {
    format!(
        r#"table[aria-label="{}"]:not([aria-busy="true"])"#,
        text(language, "hooks-table")
    )
}

/// Picks the queue by its id and waits for its rows, whatever the language.
async fn open_queue(t: &Ctx, language: Language) {
    t.click(&format!(r#"button[data-queue-id="{QUEUE}"]"#))
        .await;
    t.wait_for(&format!(
        r#"button[data-queue-id="{QUEUE}"][aria-current="true"]"#
    ))
    .await;
    t.wait_for(&table(language)).await;
    t.wait_for("tr[data-hook-id]").await;
}

/// The document's `lang`, as the window set it.
async fn document_language(t: &Ctx) -> String {
    t.js("return document.documentElement.lang;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The column headers and the Add button read in `language`; the modal opens in it.
async fn registry_and_modal_speak(t: &Ctx, language: Language, name: &str) {
    open_queue(t, language).await;
    for id in ["col-event", "col-flow", "col-state"] {
        t.wait_text_in("table thead", &text(language, id)).await;
    }
    t.wait_text_in(
        r#"button[data-toolbar="add"]"#,
        &text(language, "hooks-add"),
    )
    .await;
    assert_eq!(document_language(t).await, language.code());
    t.screenshot(&format!("language-{name}-registry")).await;
    t.click(r#"button[data-toolbar="add"]"#).await;
    t.wait_text_in(
        r#"div[role="dialog"][aria-modal="true"] h2"#,
        &text(language, "modal-add"),
    )
    .await;
    t.wait_text_in(
        r#"div[role="dialog"][aria-modal="true"] footer"#,
        &text(language, "modal-save"),
    )
    .await;
    t.screenshot(&format!("language-{name}-modal")).await;
    t.click(r#"div[role="dialog"] button[data-modal-close="true"]"#)
        .await;
    t.wait_gone(r#"div[role="dialog"][aria-modal="true"]"#)
        .await;
}

/// Asks to delete what is selected (or the one row), reads the question, answers No.
async fn delete_question(t: &Ctx, language: Language, open: &str, count: usize) {
    t.click(open).await;
    let dialog = format!(
        r#"div[role="alertdialog"][aria-label="{}"]"#,
        text(language, "confirm-title")
    );
    t.wait_text_in(&dialog, &text_count(language, "confirm-text", count))
        .await;
    if count == 2 {
        t.screenshot("language-ru-confirm").await;
    }
    let no = text(language, "confirm-no");
    t.button_in(
        &format!(
            "//div[@role='alertdialog' and @aria-label='{}']",
            text(language, "confirm-title")
        ),
        &no,
    )
    .await
    .click()
    .await
    .unwrap_or_else(|e| panic!("click {no}: {e}"));
    t.wait_gone(&dialog).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_in_a_russian_locale_the_window_speaks_russian() {
    const RU: Language = Language::Ru;
    run(
        "language_ru",
        Launch::admin().in_locale("ru_RU.UTF-8"),
        |t| async move {
            registry_and_modal_speak(&t, RU, "ru").await;

            // A refusal made on the native side, worded here from its id and arguments.
            t.click(r#"tr[data-hook-id="4"] input[role="switch"]"#)
                .await;
            let refused = AppError::new(ErrorCode::Rejected, "").with_id(
                "error-second-enabled-hook",
                BTreeMap::from([("event".to_owned(), "leaving".to_owned())]),
            );
            let sentence = error_text(RU, &refused);
            assert!(
                sentence.contains(&event_label(RU, &HookEvent::Leaving)),
                "{sentence}"
            );
            t.wait_text_in(r#"div.toasts div.toast-error[role="alert"]"#, &sentence)
                .await;
            t.screenshot("language-ru-refused").await;

            // The delete question in each plural form the page can show: one, few, many.
            delete_question(&t, RU, r#"tr[data-hook-id="3"] button.icon-danger"#, 1).await;
            let ids: Vec<String> = t
                .js(
                    "return Array.from(document.querySelectorAll('tr[data-hook-id]'))\
                     .map(r => r.getAttribute('data-hook-id'));",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or_default();
            assert!(ids.len() >= 5, "{ids:?}");
            // Select `n` rows, and wait for the bulk button to name them.
            let select = |from: usize, to: usize| {
                let ids = ids.clone();
                let t = t.clone();
                async move {
                    for id in &ids[from..to] {
                        t.click(&format!(
                            r#"tr[data-hook-id="{id}"] input[type="checkbox"]"#
                        ))
                        .await;
                    }
                    t.wait_for(&format!(
                        r#"button[data-toolbar="delete-selected"][aria-label="{}"]"#,
                        text_count(RU, "hooks-delete-selected", to)
                    ))
                    .await;
                }
            };
            select(0, 2).await;
            delete_question(&t, RU, r#"button[data-toolbar="delete-selected"]"#, 2).await;
            select(2, 5).await;
            delete_question(&t, RU, r#"button[data-toolbar="delete-selected"]"#, 5).await;
            // Three forms, as Russian has them, none the English fallback.
            let forms: Vec<String> = [1, 2, 5]
                .iter()
                .map(|n| text_count(RU, "confirm-text", *n))
                .collect();
            assert!(forms[0] != forms[1] && forms[1] != forms[2], "{forms:?}");
            assert!(!forms[0].contains("record"), "{forms:?}");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_in_a_ukrainian_locale_the_window_speaks_ukrainian() {
    run(
        "language_uk",
        Launch::admin().in_locale("uk_UA.UTF-8"),
        |t| async move { registry_and_modal_speak(&t, Language::Uk, "uk").await },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_in_a_kazakh_locale_the_window_speaks_kazakh() {
    run(
        "language_kk",
        Launch::admin().in_locale("kk_KZ.UTF-8"),
        |t| async move { registry_and_modal_speak(&t, Language::Kk, "kk").await },
    )
    .await;
}

/// The app's log in its data folder holds `needle` (and `and` on the same line).
async fn logged(t: &Ctx, needle: &str, and: &str) {
    let dir = t.data_dir.path().join("logs");
    t.eventually(
        &format!("a log line with {needle:?} and {and:?}"),
        || async {
            let found = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .any(|text| text.lines().any(|l| l.contains(needle) && l.contains(and)));
            Ok(found.then_some(()))
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vietnamese_chosen_in_settings_is_spoken_at_once_tray_included_and_after_a_restart() {
    const VI: Language = Language::Vi;
    run("language_vi", Launch::admin(), |t| async move {
        t.wait_text_in(r#"[data-main-tab="hooks"]"#, "Hooks").await;
        t.open_settings().await;
        let select = t
            .wait_for(r#"div[role="dialog"] select[aria-label="Language"]"#)
            .await;
        select
            .select_by_value("vi")
            .await
            .expect("choose Tiếng Việt");
        // The window renders in Vietnamese at once, Settings open again where it was.
        let settings = format!(
            r#"div[role="dialog"][aria-label="{}"]"#,
            text(VI, "settings-title")
        );
        t.wait_for(&settings).await;
        t.wait_text_in(r#"[data-main-tab="hooks"]"#, &text(VI, "main-tab-hooks"))
            .await;
        let chosen = t
            .wait_for(&format!(
                r#"{settings} select[aria-label="{}"]"#,
                text(VI, "settings-language")
            ))
            .await;
        assert_eq!(
            chosen
                .prop("value")
                .await
                .expect("the select's value")
                .as_deref(),
            Some("vi")
        );
        assert_eq!(document_language(&t).await, "vi");
        t.screenshot("language-vi-settings").await;
        // The tray's menu too: its first item in Vietnamese.
        let shown = text(VI, "tray-hide");
        logged(&t, "the tray menu speaks this language now", &shown).await;
        t.button_in(
            &format!(
                "//div[@role='dialog' and @aria-label='{}']",
                text(VI, "settings-title")
            ),
            &text(VI, "settings-close"),
        )
        .await
        .click()
        .await
        .expect("close Settings");
        registry_and_modal_speak(&t, VI, "vi").await;

        // Kept: the next start speaks Vietnamese from its first frame.
        let t = t.relaunch(false).await;
        t.wait_text_in(r#"[data-main-tab="hooks"]"#, &text(VI, "main-tab-hooks"))
            .await;
        assert_eq!(document_language(&t).await, "vi");
        let sync = text_with(VI, "sync-minutes", &[("count", 5.into())]);
        assert!(!sync.contains("min ago"), "{sync}");
    })
    .await;
}
