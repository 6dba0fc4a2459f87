//! The picked queue's or team's registry: its header, toolbar, table of hooks with their
//! offline marks, pagination, the add/edit modal and the delete confirmation. A team's is a
//! queue's but for its header and its modal's rules.

use fluent_bundle::FluentValue;
use web_sys::HtmlElement;
use webitel_hooks_model::transfer::ExportSource;
use webitel_hooks_model::{AppError, HookColumn, HookKey as Key, HookRow, PageSize, Permissions};
use yew::prelude::*;

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::export_buttons::TransferControls;
use crate::components::hook_modal::HookModal;
use crate::components::hook_table::{Cell, ColumnSpec, HookTable};
use crate::components::pagination::Pagination;
use crate::components::toolbar::Toolbar;
use crate::hooks::{
    use_bulk_switch, use_confirm_delete, use_hook_toggle, use_open_flow, use_reveal_hook,
};
use crate::i18n::{t, t_count, t_with, words};
use crate::state::conflicts::ConflictTarget;
use crate::state::modal::Mode;
use crate::state::registry::{Action, Picked, RegistryState};
use crate::state::table::{HookKey, TableAction};

/// A queue's (and a team's) registry shows each hook's event, flow and state, each sortable on the server.
const QUEUE_COLUMNS: &[ColumnSpec<HookColumn>] = &[
    ColumnSpec {
        cell: Cell::Event,
        sort: Some(HookColumn::Event),
        label_id: "col-event",
        col_class: "col-event",
    },
    ColumnSpec {
        cell: Cell::Flow,
        sort: Some(HookColumn::Flow),
        label_id: "col-flow",
        col_class: "col-flow",
    },
    ColumnSpec {
        cell: Cell::State,
        sort: Some(HookColumn::State),
        label_id: "col-state",
        col_class: "col-state",
    },
];

#[derive(Properties, PartialEq)]
pub struct QueuePaneProps {
    /// The queue or team whose hooks are shown.
    pub picked: Picked,
    /// The registry's state, kept by the page so that it outlives a visit to All queues.
    pub registry: UseReducerHandle<RegistryState>,
    pub permissions: Permissions,
    pub on_error: Callback<AppError>,
    pub on_success: Callback<String>,
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
}

#[component]
pub fn QueuePane(props: &QueuePaneProps) -> Html {
    let permissions = props.permissions;
    let picked = props.picked.clone();
    let owner = picked.owner();
    let can_change = permissions.may_change(owner);
    let registry = props.registry.clone();
    let on_error = props.on_error.clone();
    let on_success = props.on_success.clone();
    // An open dialog, with the button that opened it (focus returns there on close).
    let modal = use_state(|| None::<(Mode, Option<HtmlElement>)>);
    let confirm = use_confirm_delete::<Vec<HookKey>>(on_success.clone(), on_error.clone());

    let on_toggle = use_hook_toggle(
        registry.dispatcher().to_callback().reform(Action::Table),
        on_error.clone(),
    );
    let on_open_flow = use_open_flow(on_error.clone());
    // The modal's clash warning leads to the other hook: its page, its row marked.
    let reveal = use_reveal_hook(registry.clone(), on_error.clone());
    // Enable/Disable of the selection: the selection clears once it is done; the rows follow
    // from `hooks-changed`, which refreshes the page in place.
    let bulk = use_bulk_switch(
        on_success.clone(),
        on_error.clone(),
        registry
            .dispatcher()
            .to_callback()
            .reform(|_| Action::Table(TableAction::ClearSelection)),
    );

    let on_delete_confirmed = {
        let deleted = registry.dispatcher();
        let failed = registry.dispatcher();
        confirm.on_yes(
            Vec::clone,
            move |_, gone| deleted.dispatch(Action::Table(TableAction::Deleted(gone))),
            move || failed.dispatch(Action::Reload),
        )
    };

    let table = &registry.table;
    let selected = table.selected_keys();
    let toolbar = html! {
        <Toolbar
            {can_change}
            selected={selected.len()}
            loading={table.loading}
            on_refresh={registry.dispatcher().to_callback().reform(|_| Action::Reload)}
            on_add={
                let modal = modal.clone();
                Callback::from(move |opener| modal.set(Some((Mode::Add, opener))))
            }
            on_delete_selected={
                let selected = selected.clone();
                confirm.ask().reform(move |opener| (selected.clone(), opener))
            }
            switching={bulk.busy}
            on_switch_selected={
                let selected = selected.clone();
                bulk.run.reform(move |enabled| (selected.clone(), enabled))
            } />
    };

    // Export… exports the selection when there is one, else the queue's (or team's) hooks;
    // a queue's selection may be copied to other queues.
    let transfer_controls = {
        let export_hint = if selected.is_empty() {
            t(match picked {
                Picked::Queue(_) => "export-hint-queue",
                Picked::Team(_) => "export-hint-team",
            })
        } else {
            t_count("export-hint-selected", selected.len())
        };
        let export_source = {
            let selected = selected.clone();
            Callback::from(move |()| {
                if selected.is_empty() {
                    ExportSource::Owner { owner }
                } else {
                    ExportSource::Hooks {
                        hooks: selected
                            .iter()
                            .map(|(owner, hook_id)| Key {
                                owner: *owner,
                                hook_id: *hook_id,
                            })
                            .collect(),
                    }
                }
            })
        };
        let copy_count = match picked {
            Picked::Queue(_) if can_change => selected.len(),
            _ => 0,
        };
        let copy_hooks = {
            let selected = selected.clone();
            Callback::from(move |()| selected.clone())
        };
        html! {
            <TransferControls {export_source} export_hint={AttrValue::from(export_hint)}
                can_import={can_change} {copy_count} {copy_hooks}
                on_success={on_success.clone()} on_error={on_error.clone()} />
        }
    };

    let on_table = registry.dispatcher().to_callback().reform(Action::Table);
    let table_view = html! {
        <HookTable<HookColumn>
            columns={QUEUE_COLUMNS}
            class=""
            label_id="hooks-table"
            rows={table.rows.clone()}
            sort={table.sort}
            loading={table.loading}
            {can_change}
            {permissions}
            selection={Some((table.selected.clone(), table.all_selected()))}
            editable=true
            empty_hint=true
            on_sort={on_table.reform(TableAction::SortBy)}
            on_select={on_table.reform(|(key, selected)| TableAction::Select { key, selected })}
            on_select_all={on_table.reform(TableAction::SelectAll)}
            highlighted={registry.highlighted}
            {on_toggle}
            {on_open_flow}
            on_edit={
                let modal = modal.clone();
                Callback::from(move |(id, opener)| modal.set(Some((Mode::Edit(id), opener))))
            }
            on_delete={confirm.ask().reform(|(row, opener): (HookRow, _)| (vec![row.key()], opener))}
            on_conflict={props.on_conflict.reform(|(owner, hook_id, opener)| {
                (ConflictTarget::Hook { owner, hook_id }, opener)
            })} />
    };

    let pagination = html! {
        <Pagination
            page={table.page}
            size={table.size}
            next={table.next}
            on_size={on_table.reform(|size: PageSize| TableAction::SetSize(size))}
            on_previous={on_table.reform(|_| TableAction::PreviousPage)}
            on_next={on_table.reform(|_| TableAction::NextPage)} />
    };

    let modal_view = (*modal).clone().map(|(mode, opener)| {
        let close = {
            let modal = modal.clone();
            Callback::from(move |_| modal.set(None))
        };
        let on_saved = {
            let modal = modal.clone();
            let registry = registry.dispatcher();
            let on_success = on_success.clone();
            Callback::from(move |created: bool| {
                modal.set(None);
                on_success.emit(t(if created {
                    "toast-created"
                } else {
                    "toast-saved"
                }));
                registry.dispatch(Action::Reload);
            })
        };
        html! {
            <HookModal
                picked={picked.clone()}
                {mode}
                visible={table.rows.clone()}
                read_flows={permissions.read_flows}
                on_close={close}
                {on_saved}
                on_error={on_error.clone()}
                on_reveal={{
                    // The modal closes (focus back to its opener), then the row takes focus.
                    let modal = modal.clone();
                    let reveal = reveal.clone();
                    Callback::from(move |hook| {
                        modal.set(None);
                        reveal.emit(hook);
                    })
                }}
                {opener} />
        }
    });

    let confirm_view = confirm.asked().map(|(ids, opener)| {
        // One hook: name it, as its event and its flow.
        let detail = match ids.as_slice() {
            [key] => table.row(*key).map(|row| &row.hook).map(|hook| {
                AttrValue::from(t_with(
                    "confirm-hook",
                    &[
                        ("event", FluentValue::from(words::event(&hook.event))),
                        ("flow", FluentValue::from(hook.flow.name.clone())),
                    ],
                ))
            }),
            _ => None,
        };
        html! {
            <ConfirmDialog
                count={ids.len()}
                {detail}
                opener={opener.clone()}
                busy={confirm.deleting()}
                on_yes={on_delete_confirmed.clone()}
                on_no={confirm.on_no()} />
        }
    });

    html! {
        <>
            <section class="registry-pane" aria-labelledby="registry-title">
                <header class="registry-header">
                    <div class="registry-heading">
                        <h2 id="registry-title" title={picked.name().to_owned()}>{ picked.name().to_owned() }</h2>
                        <p class="registry-subtitle">
                            { subtitle(&picked) }
                        </p>
                    </div>
                    { toolbar }
                    { transfer_controls }
                </header>
                if !can_change {
                    <p class="note" role="note">
                        { t(match picked { Picked::Queue(_) => "registry-read-only", Picked::Team(_) => "registry-read-only-team" }) }
                    </p>
                }
                if table.skipped > 0 {
                    <p class="note note-warn" role="note" data-skipped={table.skipped.to_string()}>
                        { t_count("hooks-skipped", table.skipped as usize) }
                    </p>
                }
                { table_view }
                { pagination }
            </section>
            { for modal_view }
            { for confirm_view }
        </>
    }
}

/// What the header says under the name: a queue's type, state and team; a team's kind.
fn subtitle(picked: &Picked) -> Html {
    match picked {
        Picked::Queue(queue) => html! {
            <>
                <span class="badge badge-accent">{ words::queue_type(queue.queue_type) }</span>
                if !queue.enabled {
                    <span class="badge badge-muted">{ t("queue-disabled") }</span>
                }
                if let Some(team) = &queue.team {
                    <span class="muted">{ team.clone() }</span>
                }
            </>
        },
        Picked::Team(_) => html! {
            <span class="badge badge-accent" data-owner-kind="team">{ t("owner-team") }</span>
        },
    }
}
