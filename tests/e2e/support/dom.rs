//! The DOM contract of the Hooks tab (tests/e2e/README section of the root README): selectors
//! and the user's gestures, written once.

use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::Value;

use super::Ctx;

pub const QUEUE_BUTTONS: &str = r#"ul[aria-label="Queues"] button[data-queue-id]"#;
pub const TABLE_IDLE: &str = r#"table[aria-label="Hooks"]:not([aria-busy="true"])"#;
pub const ADD: &str = r#"button[aria-label="Add"]"#;
pub const REFRESH: &str = r#"button[aria-label="Refresh"]"#;
pub const SWITCHES: &str = r#"table[aria-label="Hooks"] input[role="switch"][aria-label="State"]"#;
pub const EDIT_BUTTONS: &str = r#"button[aria-label="Edit hook"]"#;
pub const DELETE_BUTTONS: &str = r#"table[aria-label="Hooks"] button[aria-label="Delete"]"#;
pub const ROW_CHECKBOXES: &str =
    r#"table[aria-label="Hooks"] input[type="checkbox"][aria-label="Select"]"#;
pub const SELECT_ALL: &str = r#"input[type="checkbox"][aria-label="Select all"]"#;
pub const BULK_DELETE: &str = r#"button[data-toolbar="delete-selected"]"#;
pub const DIALOG: &str = r#"div[role="dialog"][aria-modal="true"]"#;
pub const EVENT_SELECT: &str = r#"div[role="dialog"] select[aria-label="Event"]"#;
pub const FLOW_INPUT: &str = r#"div[role="dialog"] input[aria-label="Flow schema"]"#;
pub const FLOW_OPTIONS: &str = r#"ul[role="listbox"][aria-label="Flow schemas"] li[role="option"]"#;
pub const CONFIRM: &str =
    r#"div[role="alertdialog"][aria-modal="true"][aria-label="Confirm deletion"]"#;
pub const ERROR_TOAST: &str = r#"div.toasts div.toast-error[role="alert"]"#;
pub const ROWS_PER_PAGE: &str = r#"input[type="number"][aria-label="Rows per page"]"#;
pub const PREVIOUS: &str = r#"button[aria-label="Previous"]"#;
pub const NEXT: &str = r#"button[aria-label="Next"]"#;
pub const NOTE: &str = r#"[role="note"]"#;

pub fn row(id: u32) -> String {
    format!(r#"table[aria-label="Hooks"] tr[data-hook-id="{id}"]"#)
}

pub fn in_row(id: u32, css: &str) -> String {
    format!("{} {css}", row(id))
}

pub fn switch_of(id: u32) -> String {
    in_row(id, r#"input[role="switch"][aria-label="State"]"#)
}

/// A registry row as the window shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: u32,
    pub event: String,
    pub enabled: bool,
    /// The row's visible text, cell by cell.
    pub cells: Vec<String>,
    /// The state switch's position; `None` when there is no switch (read-only).
    pub switch_on: Option<bool>,
}

impl Row {
    pub fn text(&self) -> String {
        self.cells.join(" | ")
    }
}

const ROWS_JS: &str = r#"
const rows = document.querySelectorAll('table[aria-label="Hooks"] tr[data-hook-id]');
return Array.from(rows).map(tr => {
  const sw = tr.querySelector('input[role="switch"]');
  return {
    id: tr.getAttribute('data-hook-id'),
    event: tr.getAttribute('data-event'),
    enabled: tr.getAttribute('data-enabled'),
    cells: Array.from(tr.cells).map(td => td.innerText.trim()),
    sw: sw ? sw.checked : null,
  };
});
"#;

fn parse_rows(v: &Value) -> Vec<Row> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|r| Row {
                    id: r["id"].as_str().and_then(|s| s.parse().ok()).unwrap_or(0),
                    event: r["event"].as_str().unwrap_or_default().to_string(),
                    enabled: r["enabled"].as_str() == Some("true"),
                    cells: r["cells"]
                        .as_array()
                        .map(|c| {
                            c.iter()
                                .map(|t| t.as_str().unwrap_or_default().to_string())
                                .collect()
                        })
                        .unwrap_or_default(),
                    switch_on: r["sw"].as_bool(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Capitalised label of an API event value, as the registry shows it.
pub fn label(event: &str) -> String {
    let mut c = event.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

impl Ctx {
    /// The registry's rows now.
    pub async fn rows(&self) -> Vec<Row> {
        self.js(ROWS_JS, vec![])
            .await
            .map(|v| parse_rows(&v))
            .unwrap_or_default()
    }

    /// Waits until the table is idle and its rows satisfy `ok`; returns them.
    pub async fn wait_rows(&self, what: &str, ok: impl Fn(&[Row]) -> bool) -> Vec<Row> {
        let mut last = Vec::new();
        let found = self
            .eventually_soft(
                || async {
                    if self.count(TABLE_IDLE).await == 0 {
                        return None;
                    }
                    let rows = self.rows().await;
                    let good = ok(&rows);
                    Some((good, rows))
                },
                &mut last,
            )
            .await;
        match found {
            Some(rows) => rows,
            None => panic!(
                "{}: waited {:?} for rows {what}; the table shows:\n{}",
                self.name,
                super::TIMEOUT,
                last.iter()
                    .map(|r| format!("  {} {} {}", r.id, r.event, r.text()))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }

    async fn eventually_soft<F, Fut>(&self, mut f: F, last: &mut Vec<Row>) -> Option<Vec<Row>>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<(bool, Vec<Row>)>>,
    {
        let start = std::time::Instant::now();
        loop {
            if let Some((good, rows)) = f().await {
                if good {
                    return Some(rows);
                }
                *last = rows;
            }
            if start.elapsed() > super::TIMEOUT {
                return None;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// Waits until the app has signed in and lists queues.
    pub async fn wait_queues(&self) {
        self.wait_for(QUEUE_BUTTONS).await;
    }

    /// Picks a queue in the left pane and waits for its registry.
    pub async fn pick_queue(&self, id: i64) {
        let name = self
            .sim
            .snapshot()
            .queue(id)
            .map(|q| q.name.clone())
            .unwrap_or_else(|| panic!("no queue {id} in the sim"));
        self.wait_queues().await;
        self.click(&format!(r#"button[data-queue-id="{id}"]"#))
            .await;
        self.wait_for(&format!(
            r#"button[data-queue-id="{id}"][aria-current="true"]"#
        ))
        .await;
        self.wait_text_in("h2", &name).await;
        self.wait_for(TABLE_IDLE).await;
    }

    /// The sim's hooks of a queue now.
    pub fn sim_hooks(&self, queue: i64) -> Vec<webitel_sim::Hook> {
        self.sim
            .snapshot()
            .queue(queue)
            .map(|q| q.hooks.clone())
            .unwrap_or_default()
    }

    /// Name of a flow in the sim's data.
    pub fn flow_name(&self, id: i64) -> String {
        self.sim.snapshot().flow_name(id).to_string()
    }

    /// A button inside `scope` (CSS) whose visible text is `text`.
    pub async fn button_in(&self, scope_xpath: &str, text: &str) -> Element {
        let xpath = format!("{scope_xpath}//button[normalize-space(.)='{text}']");
        self.eventually(&format!("a button {text:?} in {scope_xpath}"), || async {
            match self.c.find(Locator::XPath(&xpath)).await {
                Ok(e) => Ok(Some(e)),
                Err(e) if e.is_no_such_element() => Ok(None),
                Err(e) => Err(e),
            }
        })
        .await
    }

    /// Opens the Add modal.
    pub async fn open_add(&self) {
        self.click(ADD).await;
        self.wait_text_in(&format!("{DIALOG} h2"), "Add hook").await;
    }

    /// Picks an event (API value) in the open modal.
    pub async fn choose_event(&self, value: &str) {
        let select = self.wait_for(EVENT_SELECT).await;
        select
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("{}: choose event {value}: {e}", self.name));
    }

    /// Types `search` into Flow schema and waits for the listed options.
    pub async fn search_flows(&self, search: &str) {
        let input = self.wait_for(FLOW_INPUT).await;
        input.clear().await.ok();
        input
            .send_keys(search)
            .await
            .unwrap_or_else(|e| panic!("{}: type {search:?}: {e}", self.name));
    }

    /// The listed flow options now: (flow id, visible text).
    pub async fn flow_options(&self) -> Vec<(i64, String)> {
        let js = format!(
            "return Array.from(document.querySelectorAll('{}')).map(li => [li.getAttribute('data-flow-id'), li.innerText.trim()]);",
            FLOW_OPTIONS.replace('\'', "\\'")
        );
        self.js(&js, vec![])
            .await
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(|p| {
                (
                    p[0].as_str().and_then(|s| s.parse().ok()).unwrap_or(0),
                    p[1].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Searches the flow picker and chooses flow `id`.
    pub async fn choose_flow(&self, search: &str, id: i64) {
        self.search_flows(search).await;
        self.click(&format!(r#"{FLOW_OPTIONS}[data-flow-id="{id}"]"#))
            .await;
        let name = self.flow_name(id);
        self.eventually(
            &format!("the Flow schema field showing {name:?}"),
            || async {
                let v = self.wait_for(FLOW_INPUT).await.prop("value").await?;
                Ok((v.as_deref() == Some(name.as_str())).then_some(()))
            },
        )
        .await;
    }

    /// The modal's Save button.
    pub async fn save_button(&self) -> Element {
        self.button_in("//div[@role='dialog']", "Save").await
    }

    /// Clicks Save once it is enabled, and waits for the modal to close.
    pub async fn save(&self) {
        let save = self.save_button().await;
        self.eventually("Save to be enabled", || async {
            Ok(save.is_enabled().await?.then_some(()))
        })
        .await;
        save.click()
            .await
            .unwrap_or_else(|e| panic!("click Save: {e}"));
        self.wait_gone(DIALOG).await;
    }

    /// Waits for the deletion question about `n` records and answers it.
    pub async fn confirm_delete(&self, n: usize, yes: bool) {
        self.wait_text_in(
            CONFIRM,
            &webitel_hooks_i18n::text_count(webitel_hooks_model::Language::En, "confirm-text", n),
        )
        .await;
        let answer = if yes { "Yes" } else { "No" };
        self.button_in(
            "//div[@role='alertdialog' and @aria-label='Confirm deletion']",
            answer,
        )
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {answer}: {e}"));
        self.wait_gone(CONFIRM).await;
    }

    /// The "Page N" text of the pager.
    pub async fn wait_page(&self, n: usize) {
        self.wait_text(&format!("Page {n}")).await;
    }

    /// Whether a button is disabled now.
    pub async fn is_disabled(&self, css: &str) -> bool {
        let el = self.wait_for(css).await;
        !el.is_enabled().await.unwrap_or(true)
    }

    /// Sets Rows per page and applies it with Enter.
    pub async fn set_rows_per_page(&self, n: usize) {
        let input = self.wait_for(ROWS_PER_PAGE).await;
        // Select what is there and type over it, as a user does: WebDriver's "clear" would
        // fire a change with an empty value, which the pager answers with its default.
        input.click().await.ok();
        self.js(
            "arguments[0].select();",
            vec![serde_json::to_value(&input).unwrap_or_default()],
        )
        .await
        .ok();
        input
            .send_keys(&format!("{n}\u{E007}"))
            .await
            .unwrap_or_else(|e| panic!("type rows per page: {e}"));
    }

    /// `aria-sort` of the header whose button reads `label`.
    pub async fn aria_sort(&self, label: &str) -> String {
        let xpath =
            format!("//table[@aria-label='Hooks']//th[.//button[normalize-space(.)='{label}']]");
        match self.c.find(Locator::XPath(&xpath)).await {
            Ok(th) => th
                .attr("aria-sort")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Clicks the sort button of the header `label`.
    pub async fn click_header(&self, label: &str) {
        self.button_in("//table[@aria-label='Hooks']//th", label)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click header {label}: {e}"));
    }
}
