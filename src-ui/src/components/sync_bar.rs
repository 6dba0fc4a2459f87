//! The header's sync bar: when the cache was last synchronised (or how far the running sync
//! is), and "Sync now".

use fluent_bundle::FluentValue;
use webitel_hooks_model::SyncStatus;
use yew::prelude::*;

use super::icons;
use crate::hooks::use_now;
use crate::i18n::{error_text, t, t_with};
use crate::state::sync::{shows_progress, sync_text, SyncText};

/// How often "N min ago" is worked out again.
const REFRESH_MS: u32 = 30_000;

#[derive(Properties, PartialEq)]
pub struct SyncBarProps {
    /// `None` until the native side told it.
    pub status: Option<SyncStatus>,
    /// "Sync now" was asked and has not answered yet.
    pub busy: bool,
    pub on_sync_now: Callback<()>,
}

fn words(text: SyncText) -> String {
    match text {
        SyncText::Running { done, total: 0 } => {
            t_with("sync-starting", &[("done", FluentValue::from(done))])
        }
        SyncText::Running { done, total } => t_with(
            "sync-running",
            &[
                ("done", FluentValue::from(done)),
                ("total", FluentValue::from(total)),
            ],
        ),
        SyncText::Never => t("sync-never"),
        SyncText::JustNow => t("sync-just-now"),
        SyncText::Minutes(n) => t_with("sync-minutes", &[("count", FluentValue::from(n))]),
        SyncText::Hours(n) => t_with("sync-hours", &[("count", FluentValue::from(n))]),
    }
}

#[component]
pub fn SyncBar(props: &SyncBarProps) -> Html {
    // The tick only makes the bar render again; the time is read now, so that a status that
    // just arrived is measured against the present, not against the last tick.
    use_now(REFRESH_MS);
    let now = js_sys::Date::now() as i64;
    let running = props.status.as_ref().is_some_and(|s| s.running);
    let text = props
        .status
        .as_ref()
        .map(|status| words(sync_text(status, now)))
        .unwrap_or_default();
    let progress = props
        .status
        .as_ref()
        .filter(|s| shows_progress(s))
        .map(|s| {
            if s.total == 0 {
                // Still counting the queues: a bar that moves without saying how far.
                html! { <progress aria-label={t("sync-progress")}></progress> }
            } else {
                html! {
                    <progress aria-label={t("sync-progress")} max={s.total.to_string()}
                        value={s.done.min(s.total).to_string()}></progress>
                }
            }
        });
    // The last run's failure, beside the time: the time says how old the cache is, this says why.
    let failure = props
        .status
        .as_ref()
        .filter(|s| !s.running && !s.offline)
        .and_then(|s| s.last_error.as_ref().map(error_text));
    let onclick = props.on_sync_now.reform(|_: MouseEvent| ());
    html! {
        <div class="sync-bar">
            <div class="sync-status" role="status" aria-label={t("sync-status")}>
                <span class="sync-text" title={text.clone()}>{ text }</span>
                { for progress }
            </div>
            if let Some(error) = failure {
                <span class="sync-failed" title={error.clone()}>
                    { icons::warning() }
                    <span class="visually-hidden">{ error }</span>
                </span>
            }
            <button type="button"
                class={classes!("icon-button", (running || props.busy).then_some("spinning"))}
                aria-label={t("sync-now")} title={t("sync-now")}
                disabled={running || props.busy} {onclick}>
                { icons::refresh() }
            </button>
        </div>
    }
}
