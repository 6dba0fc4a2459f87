//! The queue list on the left of the Hooks tab: search, type filter, All queues, pins.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::{AppError, Queue, QueueId, QueueType};
use yew::prelude::*;

use super::icons;
use crate::i18n::{t, words};

/// The type filter's choices: Progressive Dialer first, as the app is made for it.
pub const TYPE_CODES: [i32; 11] = [4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10];

#[derive(Properties, PartialEq)]
pub struct QueuePickerProps {
    pub queues: Rc<Vec<Queue>>,
    pub search: AttrValue,
    pub queue_type: Option<QueueType>,
    pub loading: bool,
    pub error: Option<AppError>,
    pub picked: Option<QueueId>,
    /// The right pane shows every queue's hooks.
    pub all_shown: bool,
    /// "All queues" was used.
    pub on_all: Callback<()>,
    /// Queues pinned to the tray.
    pub pinned: Rc<Vec<QueueId>>,
    /// A queue's pin was pressed: pin (`true`) or unpin it.
    pub on_pin: Callback<(QueueId, bool)>,
    pub on_search: Callback<String>,
    pub on_type: Callback<Option<QueueType>>,
    pub on_pick: Callback<Queue>,
}

#[component]
pub fn QueuePicker(props: &QueuePickerProps) -> Html {
    let oninput = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_search.emit(input.value());
        })
    };
    let onchange = {
        let on_type = props.on_type.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_type.emit(value.parse::<i32>().ok().map(QueueType::from_code));
        })
    };
    let selected_code = props.queue_type.map(QueueType::code);
    let list = if props.queues.is_empty() {
        let text = if props.loading {
            t("queues-loading")
        } else if let Some(err) = &props.error {
            err.message.clone()
        } else {
            t("queues-empty")
        };
        let class = if props.error.is_some() {
            "queue-list-note error-text"
        } else {
            "queue-list-note"
        };
        html! { <p {class}>{ text }</p> }
    } else {
        html! {
            <ul class="queue-list" aria-label={t("queues-list")} aria-busy={props.loading.to_string()}>
                { for props.queues.iter().map(|queue| {
                    let current = props.picked == Some(queue.id);
                    let pinned = props.pinned.contains(&queue.id);
                    let on_pin = {
                        let id = queue.id;
                        props.on_pin.reform(move |_: MouseEvent| (id, !pinned))
                    };
                    let onclick = {
                        let on_pick = props.on_pick.clone();
                        let queue = queue.clone();
                        Callback::from(move |_: MouseEvent| on_pick.emit(queue.clone()))
                    };
                    html! {
                        <li key={queue.id.to_string()} class="queue-item">
                            <button type="button"
                                class={classes!("queue", current.then_some("queue-current"))}
                                data-queue-id={queue.id.to_string()}
                                aria-current={current.then_some("true")}
                                {onclick}>
                                <span class="queue-name">{ queue.name.clone() }</span>
                                <span class="queue-meta">
                                    <span class="queue-type">{ words::queue_type(queue.queue_type) }</span>
                                    if !queue.enabled {
                                        <span class="badge badge-muted">{ t("queue-disabled") }</span>
                                    }
                                </span>
                            </button>
                            <button type="button"
                                class={classes!("icon-button", "pin-button", pinned.then_some("pinned"))}
                                aria-label={t("queues-pin")}
                                title={if pinned { t("queues-pinned") } else { t("queues-pin") }}
                                aria-pressed={if pinned { "true" } else { "false" }}
                                data-pin-queue-id={queue.id.to_string()}
                                onclick={on_pin}>
                                { icons::pin() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <aside class="queue-picker">
            <button type="button" data-view="all" aria-label={t("all-title")}
                class={classes!("queue", "queue-all", props.all_shown.then_some("queue-current"))}
                aria-current={props.all_shown.then_some("true")}
                onclick={props.on_all.reform(|_: MouseEvent| ())}>
                { icons::rows() }
                <span class="queue-name">{ t("all-title") }</span>
            </button>
            <h2 class="pane-title">{ t("queues-title") }</h2>
            <div class="search-field">
                { icons::search() }
                <input type="search" aria-label={t("queues-search")} placeholder={t("queues-search")}
                    value={props.search.clone()} {oninput} />
            </div>
            <select aria-label={t("queues-type")} {onchange}>
                <option value="" selected={selected_code.is_none()}>{ t("queues-type-all") }</option>
                { for TYPE_CODES.iter().map(|code| {
                    let queue_type = QueueType::from_code(*code);
                    html! {
                        <option value={code.to_string()} selected={selected_code == Some(*code)}>
                            { words::queue_type(queue_type) }
                        </option>
                    }
                }) }
            </select>
            { list }
        </aside>
    }
}
