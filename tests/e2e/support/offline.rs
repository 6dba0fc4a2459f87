//! The DOM contract of the offline window, the all-queues registry, the tray's window side and
//! the Settings dialog (CONTRACT.md, "Offline, sync and the all-queues registry" and "Tray and
//! desktop"): selectors and the user's gestures, written once.

use fantoccini::Locator;
use serde_json::Value;

use super::Ctx;

pub const SYNC_STATUS: &str = r#"div[role="status"][aria-label="Sync status"]"#;
pub const SYNC_PROGRESS: &str = r#"progress[aria-label="Sync progress"]"#;
pub const SYNC_NOW: &str = r#"button[aria-label="Sync now"]"#;
pub const OFFLINE_BANNER: &str =
    r#"div.banner.banner-offline[role="region"][aria-label="Offline"]"#;
pub const CONFLICTS_BANNER: &str =
    r#"div.banner.banner-conflict[role="region"][aria-label="Conflicts"]"#;
pub const CONFLICT_DIALOG: &str = r#"div[role="dialog"][aria-modal="true"][aria-label="Conflict"]"#;
pub const YOUR_VERSION: &str =
    r#"div[role="dialog"][aria-label="Conflict"] section[aria-label="Your version"]"#;
pub const SERVER_VERSION: &str =
    r#"div[role="dialog"][aria-label="Conflict"] section[aria-label="Server version"]"#;

pub const ALL_QUEUES: &str = r#"button[data-view="all"][aria-label="All queues"]"#;
pub const ALL_TABLE: &str = r#"table[aria-label="All hooks"]"#;
pub const ALL_TABLE_IDLE: &str = r#"table[aria-label="All hooks"]:not([aria-busy="true"])"#;
pub const SEARCH_HOOKS: &str = r#"input[type="search"][aria-label="Search hooks"]"#;
/// The owner filter: a search field with a list of matches (`pick_filter`), not a select.
pub const FILTER_QUEUE: &str = r#"input[role="combobox"][aria-label="Filter by queue"]"#;
pub const FILTER_FLOW: &str = r#"input[role="combobox"][aria-label="Filter by flow"]"#;
pub const FILTER_QUEUE_TYPE: &str = r#"select[aria-label="Filter by queue type"]"#;
pub const FILTER_EVENT: &str = r#"select[aria-label="Filter by event"]"#;
pub const FILTER_STATE: &str = r#"select[aria-label="Filter by state"]"#;
pub const ONLY_PENDING: &str = r#"input[type="checkbox"][aria-label="Only pending"]"#;
pub const ONLY_CONFLICTS: &str = r#"input[type="checkbox"][aria-label="Only conflicts"]"#;

pub const SETTINGS: &str = r#"div[role="dialog"][aria-label="Settings"]"#;
pub const KEEP_IN_TRAY: &str = r#"div[role="dialog"][aria-label="Settings"] input[type="checkbox"][aria-label="Keep running in the tray when the window is closed"]"#;
pub const DIAGNOSTICS: &str =
    r#"div[role="dialog"][aria-label="Settings"] textarea[readonly][aria-label="Diagnostics"]"#;
pub const STATUS_TOAST: &str = r#"div.toasts [role="status"]"#;

/// A row of either registry table, with its offline marks.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkedRow {
    pub id: i64,
    pub queue_id: Option<i64>,
    pub event: String,
    pub enabled: bool,
    pub pending: bool,
    pub conflict: bool,
    pub switch_on: Option<bool>,
    pub text: String,
}

const MARKED_ROWS_JS: &str = r#"
const rows = document.querySelectorAll(arguments[0] + ' tr[data-hook-id]');
return Array.from(rows).map(tr => {
  const sw = tr.querySelector('input[role="switch"]');
  return {
    id: tr.getAttribute('data-hook-id'),
    queue: tr.getAttribute('data-queue-id'),
    event: tr.getAttribute('data-event'),
    enabled: tr.getAttribute('data-enabled'),
    pending: tr.getAttribute('data-pending'),
    conflict: tr.getAttribute('data-conflict'),
    sw: sw ? sw.checked : null,
    text: Array.from(tr.cells).map(td => td.innerText.trim()).join(' | '),
  };
});
"#;

fn parse(v: &Value) -> Vec<MarkedRow> {
    let num = |x: &Value| x.as_str().and_then(|s| s.parse::<i64>().ok());
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|r| MarkedRow {
                    id: num(&r["id"]).unwrap_or(0),
                    queue_id: num(&r["queue"]),
                    event: r["event"].as_str().unwrap_or_default().to_string(),
                    enabled: r["enabled"].as_str() == Some("true"),
                    pending: r["pending"].as_str() == Some("true"),
                    conflict: r["conflict"].as_str() == Some("true"),
                    switch_on: r["sw"].as_bool(),
                    text: r["text"].as_str().unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

impl Ctx {
    /// The rows of the table `table` (CSS) now, with their offline marks.
    pub async fn marked_rows(&self, table: &str) -> Vec<MarkedRow> {
        self.js(MARKED_ROWS_JS, vec![Value::from(table)])
            .await
            .map(|v| parse(&v))
            .unwrap_or_default()
    }

    /// Waits until the idle table `idle` (CSS) shows rows satisfying `ok`; returns them.
    pub async fn wait_marked_rows(
        &self,
        idle: &str,
        what: &str,
        ok: impl Fn(&[MarkedRow]) -> bool,
    ) -> Vec<MarkedRow> {
        let start = std::time::Instant::now();
        let mut last = Vec::new();
        loop {
            if self.count(idle).await > 0 {
                let rows = self.marked_rows(idle).await;
                if ok(&rows) {
                    return rows;
                }
                last = rows;
            }
            if start.elapsed() > super::TIMEOUT {
                panic!(
                    "{}: waited {:?} for rows {what}; the table shows:\n{}",
                    self.name,
                    super::TIMEOUT,
                    last.iter()
                        .map(|r| format!("  {r:?}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// The sync bar's text now.
    pub async fn sync_text(&self) -> String {
        self.texts(SYNC_STATUS).await.unwrap_or_default().join(" ")
    }

    /// Waits until the sync bar says a run finished just now (no run going on).
    pub async fn wait_synced(&self) {
        self.eventually("the sync bar saying \"Synchronised just now\"", || async {
            let text = self.sync_text().await;
            Ok(
                (text.contains("Synchronised just now") && self.count(SYNC_PROGRESS).await == 0)
                    .then_some(()),
            )
        })
        .await;
    }

    /// Clicks "Sync now" once it is enabled.
    pub async fn sync_now(&self) {
        self.eventually("Sync now to be enabled", || async {
            match self.c.find(Locator::Css(SYNC_NOW)).await {
                Ok(b) => Ok(b.is_enabled().await?.then_some(b)),
                Err(e) if e.is_no_such_element() => Ok(None),
                Err(e) => Err(e),
            }
        })
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("{}: click Sync now: {e}", self.name));
    }

    /// Opens the all-queues registry and waits for its table.
    pub async fn open_all_queues(&self) {
        self.click(ALL_QUEUES).await;
        self.wait_for(&format!(r#"{ALL_QUEUES}[aria-current="true"]"#))
            .await;
        self.wait_text_in("h2", "All queues").await;
        self.wait_for(ALL_TABLE_IDLE).await;
    }

    /// Waits until the all-queues total reads `n`.
    pub async fn wait_all_total(&self, n: u64) {
        self.eventually(&format!("the total \"{n} hooks\""), || async {
            let text = self.page_text().await;
            Ok(
                (parse_total(&text) == Some(n) && self.count(ALL_TABLE_IDLE).await > 0)
                    .then_some(()),
            )
        })
        .await;
    }

    /// Chooses the option whose visible text is `text` in the select `css`.
    pub async fn select_text(&self, css: &str, text: &str) {
        let select = self.wait_for(css).await;
        select
            .select_by_label(text)
            .await
            .unwrap_or_else(|e| panic!("{}: choose {text:?} in `{css}`: {e}", self.name));
    }

    /// Types `search` into the picker `css` (a combobox) and waits for its list to show an
    /// option; answers the list's selector.
    pub async fn search_filter(&self, css: &str, search: &str) -> String {
        self.type_into(css, search).await;
        let list = self
            .wait_for(css)
            .await
            .attr("aria-controls")
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("{}: `{css}` names no list (aria-controls)", self.name));
        let list = format!(r#"ul[role="listbox"][id="{list}"]"#);
        self.wait_for(&format!(r#"{list} li[role="option"]"#)).await;
        list
    }

    /// Chooses `text` in the picker `css`: types it, clicks the listed option showing exactly
    /// `text` ("All" sets no filter), and waits for the list to close.
    pub async fn pick_filter(&self, css: &str, text: &str) {
        let list = self.search_filter(css, text).await;
        let options = format!(r#"{list} li[role="option"]"#);
        let index = self
            .eventually(&format!("an option {text:?} in `{list}`"), || async {
                Ok(self
                    .texts(&options)
                    .await?
                    .iter()
                    .position(|t| t.trim() == text))
            })
            .await;
        let option = self
            .c
            .find_all(Locator::Css(&options))
            .await
            .ok()
            .and_then(|all| all.into_iter().nth(index))
            .unwrap_or_else(|| panic!("{}: the option {text:?} in `{list}` went", self.name));
        option
            .click()
            .await
            .unwrap_or_else(|e| panic!("{}: click {text:?} in `{list}`: {e}", self.name));
        self.wait_gone(&list).await;
    }

    /// Opens Settings… from the Profiles menu.
    pub async fn open_settings(&self) {
        self.choose_menu("Settings…").await;
        self.wait_for(SETTINGS).await;
    }

    /// Closes the Settings dialog with its Close button.
    pub async fn close_settings(&self) {
        self.button_in("//div[@role='dialog' and @aria-label='Settings']", "Close")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{}: close Settings: {e}", self.name));
        self.wait_gone(SETTINGS).await;
    }
}

/// "N hooks" (or "1 hook") in a text.
pub fn parse_total(text: &str) -> Option<u64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let n = w[0].replace([',', '\u{a0}', '\u{202f}'], "");
        (w[1].trim_end_matches(['.', ',', ')']) == "hooks" || w[1] == "hook")
            .then(|| n.parse().ok())
            .flatten()
    })
}

#[test]
fn the_total_is_read_from_the_text() {
    assert_eq!(parse_total("All queues\n40 hooks\nSearch"), Some(40));
    assert_eq!(parse_total("1 hook"), Some(1));
    assert_eq!(parse_total("1,234 hooks."), Some(1234));
    assert_eq!(parse_total("no hooks"), None);
}
