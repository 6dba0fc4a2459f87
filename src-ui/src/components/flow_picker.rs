//! The flow schema picker of the hook modal: a searchable list, paged on scroll, read from the
//! server (or the cache offline), keyboard-navigable, the chosen flow kept in view.

use fluent_bundle::FluentValue;
use web_sys::{Element, HtmlInputElement};
use webitel_hooks_model::{FlowRef, SchemaId};
use yew::prelude::*;

use super::icons;
use crate::hooks::use_flow_search;
use crate::i18n::{t, t_with};
use crate::state::flows::{reveal_chosen, scroll_to_show, Action};

/// Space kept between an option brought into view and the list's edge (the list's padding).
const OPTION_MARGIN: f64 = 4.0;

/// Scrolls `list` alone (not the dialog around it) so that `option` shows whole.
fn show_option(list: &Element, option: &Element) {
    let frame = list.get_bounding_client_rect();
    let rect = option.get_bounding_client_rect();
    let top = rect.top() - frame.top() - f64::from(list.client_top());
    let view = f64::from(list.client_height());
    let scroll_top = f64::from(list.scroll_top());
    if let Some(to) = scroll_to_show(scroll_top, view, top, rect.height(), OPTION_MARGIN) {
        list.set_scroll_top(to.round() as i32);
    }
}

/// The option of `list` whose element id is `id`, brought into view (the filters' pickers do
/// the same).
pub(crate) fn show_option_by_id(list: &NodeRef, id: &str) {
    let Some(list) = list.cast::<Element>() else {
        return;
    };
    if let Ok(Some(option)) = list.query_selector(&format!("[id=\"{id}\"]")) {
        show_option(&list, &option);
    }
}

#[derive(Properties, PartialEq)]
pub struct FlowPickerProps {
    pub value: Option<FlowRef>,
    /// The user may not read flows: the input is disabled and a sentence says why.
    pub disabled: bool,
    pub on_pick: Callback<FlowRef>,
    /// Ties the field's label to the input.
    pub input_id: AttrValue,
}

/// A search field over a list of flow schemas (service and default only, from the native side);
/// more load when the list is scrolled to its bottom. Arrow keys move, Enter picks.
///
/// The field shows the chosen flow's name until the user types; focusing it selects that name,
/// so typing replaces it. The list starts with the first page of all flows whatever the field
/// shows, and a line under the list keeps naming the chosen flow while the user searches.
#[component]
pub fn FlowPicker(props: &FlowPickerProps) -> Html {
    let flows = use_flow_search(!props.disabled);
    let text = use_state(|| {
        props
            .value
            .as_ref()
            .map(|f| f.name.clone())
            .unwrap_or_default()
    });
    let active = use_state(|| None::<usize>);
    let list = use_node_ref();
    // The choice last brought into view as the list opened (see `reveal_chosen`).
    let revealed = use_mut_ref(|| None::<SchemaId>);
    // The field was focused by this mouse press: its release must not undo the select-all.
    let keep_selection = use_mut_ref(|| false);
    // The re-read of an edited hook arrives after the first render: show its flow's name.
    {
        let text = text.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(flow) = value {
                text.set(flow.name.clone());
            }
        });
    }

    let list_id = format!("{}-list", props.input_id);
    let option_id = {
        let input_id = props.input_id.clone();
        move |i: usize| format!("{input_id}-option-{i}")
    };
    let chosen = props.value.as_ref().map(|f| f.id);
    // The chosen flow's option shows as the list opens, and as a choice arrives.
    {
        let list = list.clone();
        let option_id = option_id.clone();
        let listed = flows.request > 0 && !flows.loading;
        use_effect_with(
            (flows.items.clone(), listed, chosen),
            move |(items, listed, chosen)| {
                let tried = *revealed.borrow();
                if let Some((choice, index)) = reveal_chosen(items, *listed, *chosen, tried) {
                    *revealed.borrow_mut() = Some(choice);
                    if let Some(index) = index {
                        show_option_by_id(&list, &option_id(index));
                    }
                }
            },
        );
    }
    // The option the arrow keys moved to shows too.
    {
        let list = list.clone();
        let option_id = option_id.clone();
        use_effect_with(*active, move |active| {
            if let Some(index) = active {
                show_option_by_id(&list, &option_id(*index));
            }
        });
    }

    let oninput = {
        let flows = flows.dispatcher();
        let text = text.clone();
        let active = active.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            text.set(value.clone());
            active.set(None);
            flows.dispatch(Action::Search(value.trim().to_owned()));
        })
    };
    let pick = {
        let on_pick = props.on_pick.clone();
        let text = text.clone();
        Callback::from(move |flow: FlowRef| {
            text.set(flow.name.clone());
            on_pick.emit(flow);
        })
    };
    let onkeydown = {
        let items = flows.items.clone();
        let active = active.clone();
        let pick = pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            let count = items.len();
            if count == 0 {
                return;
            }
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    active.set(Some(active.map_or(0, |i| (i + 1).min(count - 1))));
                }
                "ArrowUp" => {
                    e.prevent_default();
                    active.set(Some(active.map_or(0, |i| i.saturating_sub(1))));
                }
                "Enter" => {
                    if let Some(flow) = active.and_then(|i| items.get(i)) {
                        e.prevent_default();
                        pick.emit(flow.clone());
                    }
                }
                _ => {}
            }
        })
    };
    // Focusing the field selects its text, so typing replaces the chosen flow's name.
    let onfocus = Callback::from(move |e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    // Focused by a mouse press: the release would put the caret down and undo the selection.
    let onmousedown = {
        let keep_selection = keep_selection.clone();
        Callback::from(move |e: MouseEvent| {
            let input: Element = e.target_unchecked_into();
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|a| a == input);
            *keep_selection.borrow_mut() = !focused;
        })
    };
    let onmouseup = {
        let keep_selection = keep_selection.clone();
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut *keep_selection.borrow_mut()) {
                e.prevent_default();
            }
        })
    };
    let onscroll = {
        let flows = flows.dispatcher();
        Callback::from(move |e: Event| {
            let list: Element = e.target_unchecked_into();
            if list.scroll_top() + list.client_height() >= list.scroll_height() - 24 {
                flows.dispatch(Action::More);
            }
        })
    };

    let selected_id = format!("{}-selected", props.input_id);
    let selected_line = html! {
        <p class={classes!("flow-selected", props.value.is_none().then_some("flow-selected-none"))}
            id={selected_id.clone()} role="status">
            if let Some(flow) = &props.value {
                { icons::check() }
                <span title={flow.name.clone()}>{ t_with("modal-flow-selected", &[("name", FluentValue::from(flow.name.clone()))]) }</span>
            } else {
                <span>{ t("modal-flow-unselected") }</span>
            }
        </p>
    };

    if props.disabled {
        return html! {
            <div class="flow-picker">
                <div class="search-field">
                    { icons::search() }
                    <input type="search" id={props.input_id.clone()} aria-label={t("modal-flow")}
                        value={(*text).clone()} disabled=true
                        aria-describedby={format!("{}-why", props.input_id)} />
                </div>
                <p class="field-note" id={format!("{}-why", props.input_id)}>
                    { t("modal-flow-forbidden") }
                </p>
            </div>
        };
    }

    html! {
        <div class="flow-picker">
            <div class="search-field">
                { icons::search() }
                <input type="search" id={props.input_id.clone()} aria-label={t("modal-flow")}
                    placeholder={t("modal-flow-placeholder")} autocomplete="off"
                    value={(*text).clone()} aria-controls={list_id.clone()}
                    aria-activedescendant={active.map(&option_id)}
                    aria-describedby={selected_id}
                    {oninput} {onkeydown} {onfocus} {onmousedown} {onmouseup} />
            </div>
            <ul class="flow-list" role="listbox" id={list_id} aria-label={t("modal-flow-list")}
                aria-busy={flows.loading.to_string()} ref={list} {onscroll}>
                { for flows.items.iter().enumerate().map(|(i, flow)| {
                    let selected = chosen == Some(flow.id);
                    let onclick = {
                        let pick = pick.clone();
                        let flow = flow.clone();
                        Callback::from(move |_: MouseEvent| pick.emit(flow.clone()))
                    };
                    html! {
                        <li key={flow.id.to_string()} role="option" id={option_id(i)}
                            data-flow-id={flow.id.to_string()}
                            aria-selected={selected.to_string()}
                            class={classes!("flow-option", (*active == Some(i)).then_some("active"))}
                            {onclick}>
                            <span class="flow-option-name" title={flow.name.clone()}>{ flow.name.clone() }</span>
                            if selected { { icons::check() } }
                        </li>
                    }
                }) }
                if flows.loading {
                    <li class="flow-note" role="presentation">{ t("modal-flow-loading") }</li>
                } else if flows.items.is_empty() {
                    <li class="flow-note" role="presentation">{ t("modal-flow-none") }</li>
                }
            </ul>
            { selected_line }
        </div>
    }
}
