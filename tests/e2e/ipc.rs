//! The webview may call the app's own commands and listen to its events, and nothing else:
//! every command of every plugin the app registers (dialog, notification, autostart, log,
//! window state) and of Tauri's core plugins is refused through the real IPC, and none of them
//! has any effect.

use serde_json::Value;

use crate::support::{run, Launch};

/// Plugin commands as the webview would invoke them, with arguments of the right shape, so that
/// only the permission check can refuse them (each exists: a refusal names its permissions).
const PLUGIN_CALLS: &[(&str, &str)] = &[
    ("plugin:dialog|open", r#"{"options":{}}"#),
    ("plugin:dialog|save", r#"{"options":{}}"#),
    ("plugin:dialog|message", r#"{"message":"hi"}"#),
    (
        "plugin:notification|notify",
        r#"{"options":{"title":"hi"}}"#,
    ),
    ("plugin:notification|is_permission_granted", "{}"),
    ("plugin:notification|request_permission", "{}"),
    ("plugin:autostart|enable", "{}"),
    ("plugin:autostart|disable", "{}"),
    ("plugin:autostart|is_enabled", "{}"),
    ("plugin:log|log", r#"{"level":3,"message":"from the page"}"#),
    ("plugin:window-state|save_window_state", r#"{"flags":31}"#),
    (
        "plugin:window-state|restore_state",
        r#"{"label":"main","flags":31}"#,
    ),
    ("plugin:window-state|filename", "{}"),
    ("plugin:app|version", "{}"),
    ("plugin:app|app_hide", "{}"),
    ("plugin:path|resolve_directory", r#"{"directory":2}"#),
    (
        "plugin:window|set_title",
        r#"{"label":"main","value":"owned"}"#,
    ),
    ("plugin:window|close", r#"{"label":"main"}"#),
    ("plugin:webview|print", r#"{"label":"main"}"#),
    ("plugin:tray|new", r#"{"options":{"id":"page-tray"}}"#),
    ("plugin:menu|new", r#"{"kind":"Menu","options":{}}"#),
    ("plugin:resources|close", r#"{"rid":1}"#),
];

const CALL_ALL: &str = r#"
const done = arguments[arguments.length - 1];
const calls = arguments[0];
(async () => {
  const out = [];
  for (const [name, args] of calls) {
    try {
      await window.__TAURI_INTERNALS__.invoke(name, JSON.parse(args));
      out.push({ name, refused: null });
    } catch (e) {
      out.push({ name, refused: String(e && e.message ? e.message : e) });
    }
  }
  done(out);
})();
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_may_call_no_plugin_command() {
    run("plugin_commands", Launch::admin(), |t| async move {
        t.wait_signed_in().await;
        let title = t.c.title().await.unwrap();
        let calls: Vec<Value> = PLUGIN_CALLS
            .iter()
            .map(|(name, args)| Value::from(vec![*name, *args]))
            .collect();
        let answers =
            t.c.execute_async(CALL_ALL, vec![Value::from(calls)])
                .await
                .unwrap();
        let answers = answers.as_array().unwrap();
        assert_eq!(answers.len(), PLUGIN_CALLS.len());
        for answer in answers {
            let name = answer["name"].as_str().unwrap();
            let refused = answer["refused"].as_str();
            assert!(
                refused.is_some_and(|r| r.contains("not allowed") && !r.contains("not found")),
                "{name} was not refused: {answer}"
            );
        }
        // Nothing happened: the window is open, its title as it was, the app still answers.
        assert_eq!(t.c.title().await.unwrap(), title);
        t.wait_signed_in().await;
        // The app's own commands still go.
        let info = t
            .js(
                "return window.__TAURI_INTERNALS__.invoke('app_info', {args: {}})",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(info["name"], "Webitel Hooks", "{info}");
    })
    .await;
}
