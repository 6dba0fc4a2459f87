//! The Journal tab: every change made from this desktop to the active profile's hooks, newest
//! first, with its filters, its pages, undo and the export to CSV.

use fluent_bundle::FluentValue;
use webitel_hooks_model::events::HooksChanged;
use webitel_hooks_model::{HookOwner, Permissions};
use yew::prelude::*;

use crate::components::icons;
use crate::components::journal_filters::JournalFilters;
use crate::components::journal_table::JournalTable;
use crate::hooks::{use_journal, use_moved_since_mount, use_tauri_event};
use crate::i18n::{t, t_count, t_with};
use crate::state::journal::Action;
use crate::state::refresh::Refresh;
use crate::state::toasts::ToastKind;

#[derive(Properties, PartialEq)]
pub struct JournalPageProps {
    /// Moves when the shown view must be read again (a sync run ended, the session renewed).
    #[prop_or_default]
    pub refresh: Refresh,
    pub notify: Callback<(ToastKind, String)>,
    /// What the user may change: an entry offers Undo only where its owner's hooks may change.
    pub permissions: Permissions,
}

#[component]
pub fn JournalPage(props: &JournalPageProps) -> Html {
    let (state, calls) = use_journal(props.notify.clone());
    // A change anywhere (this window, the tray, a sync) writes entries: read the page again.
    {
        let dispatcher = state.dispatcher();
        use_tauri_event::<HooksChanged>(Callback::from(move |_: HookOwner| {
            dispatcher.dispatch(Action::Refresh);
        }));
    }
    {
        let dispatcher = state.dispatcher();
        use_moved_since_mount(props.refresh.seq, move || {
            dispatcher.dispatch(Action::Refresh)
        });
    }
    let on = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let page = state.page;
    let on_previous = on.reform(move |_: MouseEvent| Action::Page(page.saturating_sub(1)));
    let on_next = on.reform(move |_: MouseEvent| Action::Page(page + 1));
    let empty = state.entries.is_empty() && !state.loading;
    let on_export = calls.export.reform(|_: MouseEvent| ());
    let body = if empty {
        html! {
            <div class="empty-state journal-empty">
                <h2>{ t(if state.filtered() { "journal-empty-filtered" } else { "journal-empty" }) }</h2>
                <p>{ t(if state.filtered() { "journal-empty-filtered-hint" } else { "journal-empty-hint" }) }</p>
            </div>
        }
    } else {
        html! {
            <JournalTable entries={state.entries.clone()} busy={!state.may_undo()}
                permissions={props.permissions} on_undo={calls.undo.clone()} />
        }
    };
    html! {
        <section class="registry-pane journal-pane" aria-label={t("journal-title")}
            aria-busy={state.loading.to_string()}>
            <div class="registry-header">
                <div class="registry-heading">
                    <h2>{ t("journal-title") }</h2>
                    <p class="registry-subtitle muted" data-journal-total={state.total.to_string()}>
                        { t_count("journal-total", state.total as usize) }
                    </p>
                </div>
                <div class="toolbar">
                    <button type="button" class="button" data-journal="export" disabled={empty}
                        title={t("journal-export-title")} onclick={on_export}>
                        { t("journal-export") }
                    </button>
                </div>
            </div>
            <JournalFilters filters={state.filters.clone()} owners={state.owners.clone()}
                on={on.clone()} />
            { body }
            if state.total > 0 {
                <nav class="pagination" aria-label={t("pagination")}>
                    <span class="page-number">
                        { t_with("journal-page", &[
                            ("page", FluentValue::from(state.page)),
                            ("pages", FluentValue::from(state.pages())),
                        ]) }
                    </span>
                    <div class="page-buttons">
                        <button type="button" class="icon-button" aria-label={t("page-prev")}
                            title={t("page-prev")} disabled={state.page <= 1} onclick={on_previous}>
                            { icons::chevron_left() }
                        </button>
                        <button type="button" class="icon-button" aria-label={t("page-next")}
                            title={t("page-next")} disabled={!state.next} onclick={on_next}>
                            { icons::chevron_right() }
                        </button>
                    </div>
                </nav>
            }
        </section>
    }
}
