//! A filter over named things (the all-hooks registry's queues and teams, its flows) as a
//! search field with a list under it, instead of a select holding one option per name: a
//! tenant's thousand queues are never all drawn, only the first fifty matches of what is typed
//! (`state::name_picker`).
//!
//! The field shows the chosen name ("All" for none). Focusing it selects that name, so typing
//! replaces it, and opens the list; the arrows move, Enter or a click picks, Escape closes
//! and shows the chosen name again. Leaving the field with its text cleared sets no filter;
//! leaving it with any other text unpicked keeps the choice.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::flow_picker::show_option_by_id;
use super::icons;
use crate::i18n::{t, t_count};
use crate::state::name_picker::{matches, pick, Action, Choice, Matches, NamePickerState};

#[derive(Properties, PartialEq)]
pub struct NamePickerProps {
    /// The field's element id, the stem of its list's and options' ids: unique in the page.
    pub id: &'static str,
    /// The caption above the field (a catalog id).
    pub label_id: &'static str,
    /// The field's accessible name (a catalog id).
    pub aria_id: &'static str,
    /// What may be chosen, in the order listed: a tenant's thousand queues, say. Matched
    /// again only when this list (compared by pointer first) or the typed text changes.
    pub choices: Rc<Vec<Choice>>,
    /// The chosen value and its name: shown even when the choices no longer hold it.
    pub chosen: Option<(String, String)>,
    /// A pick: the chosen option's value, `None` for "All".
    pub on_choose: Callback<Option<String>>,
}

#[component]
pub fn NamePicker(props: &NamePickerProps) -> Html {
    let state = use_reducer(NamePickerState::default);
    let list = use_node_ref();
    // This press opens the list: its release must not undo the select-all.
    let opening = use_mut_ref(|| false);
    // Matched only while the list is open: the other filters' clicks redraw the field without
    // walking the choices.
    let found = use_memo(
        (props.choices.clone(), state.open, state.query().to_owned()),
        |(choices, open, query)| {
            if *open {
                matches(choices, query)
            } else {
                Matches::default()
            }
        },
    );
    let count = found.options();
    let active = state.active_in(count);

    let id = props.id;
    let list_id = format!("{id}-list");
    let caption_id = format!("{id}-caption");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    // The option the arrows reached shows whole, the list scrolling alone.
    {
        let list = list.clone();
        use_effect_with(active, move |active| {
            if let Some(i) = active {
                show_option_by_id(&list, &option_id(*i));
            }
        });
    }

    let choose = {
        let on_choose = props.on_choose.clone();
        let choices = props.choices.clone();
        let found = found.clone();
        let picker = state.dispatcher();
        Callback::from(move |option: usize| {
            if let Some(value) = pick(&choices, &found, option) {
                on_choose.emit(value.map(str::to_owned));
                picker.dispatch(Action::Close);
            }
        })
    };
    let oninput = {
        let picker = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            picker.dispatch(Action::Type(input.value()));
        })
    };
    let onkeydown = {
        let picker = state.dispatcher();
        let enter = state.enter(count);
        let open = state.open;
        let choose = choose.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" => {
                e.prevent_default();
                picker.dispatch(Action::Down(count));
            }
            "ArrowUp" => {
                e.prevent_default();
                picker.dispatch(Action::Up(count));
            }
            "Enter" => {
                if let Some(option) = enter {
                    e.prevent_default();
                    choose.emit(option);
                }
            }
            // Only an open list takes Escape; a closed one leaves it to the page.
            "Escape" if open => {
                e.prevent_default();
                e.stop_propagation();
                picker.dispatch(Action::Close);
            }
            _ => {}
        })
    };
    // Focused (by the keyboard, or a press): the name is selected, so typing replaces it.
    let onfocus = {
        let picker = state.dispatcher();
        Callback::from(move |e: FocusEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            input.select();
            picker.dispatch(Action::Open);
        })
    };
    let onmousedown = {
        let opening = opening.clone();
        let open = state.open;
        Callback::from(move |_: MouseEvent| *opening.borrow_mut() = !open)
    };
    // A press on a closed list (the field focused or not) opens it with the name selected;
    // the release would otherwise put the caret down and undo the selection.
    let onmouseup = {
        let picker = state.dispatcher();
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut *opening.borrow_mut()) {
                e.prevent_default();
                let input: HtmlInputElement = e.target_unchecked_into();
                input.select();
                picker.dispatch(Action::Open);
            }
        })
    };
    let onblur = {
        let picker = state.dispatcher();
        let on_choose = props.on_choose.clone();
        let clears = state.leaving_clears() && props.chosen.is_some();
        Callback::from(move |_: FocusEvent| {
            if clears {
                on_choose.emit(None);
            }
            picker.dispatch(Action::Close);
        })
    };
    // A press in the list must not take the focus from the field: its blur would close the
    // list before the click could pick.
    let keep_focus = Callback::from(|e: MouseEvent| e.prevent_default());

    let chosen = props.chosen.as_ref().map(|(value, _)| value.as_str());
    let text = match (&state.typed, &props.chosen) {
        (Some(typed), _) => typed.clone(),
        (None, Some((_, name))) => name.clone(),
        (None, None) => t("all-filter-any"),
    };
    let option = |i: usize, value: &str, label: &str| {
        let selected = chosen == (i > 0).then_some(value);
        let onclick = {
            let choose = choose.clone();
            Callback::from(move |_: MouseEvent| choose.emit(i))
        };
        html! {
            <li role="option" id={option_id(i)} data-value={value.to_owned()}
                aria-selected={selected.to_string()}
                class={classes!("picker-option", (active == Some(i)).then_some("active"))}
                {onclick}>
                <span class="picker-option-name" title={label.to_owned()}>{ label.to_owned() }</span>
                if selected { { icons::check() } }
            </li>
        }
    };

    html! {
        <div class="filter picker">
            <span class="filter-label" id={caption_id.clone()}>{ t(props.label_id) }</span>
            <input type="text" id={id} class="picker-input" role="combobox"
                aria-label={t(props.aria_id)} aria-autocomplete="list"
                aria-expanded={state.open.to_string()} aria-controls={list_id.clone()}
                aria-activedescendant={active.map(option_id)}
                autocomplete="off" spellcheck="false"
                value={text}
                {oninput} {onkeydown} {onfocus} {onmousedown} {onmouseup} {onblur} />
            if state.open {
                <ul class="picker-list" role="listbox" id={list_id} aria-labelledby={caption_id}
                    ref={list} onmousedown={keep_focus}>
                    { option(0, "", &t("all-filter-any")) }
                    { for found.listed.iter().enumerate().filter_map(|(n, &c)| {
                        props.choices.get(c).map(|c| option(n + 1, &c.value, &c.label))
                    }) }
                    if found.more > 0 {
                        <li class="picker-note" role="presentation">{ t_count("picker-more", found.more) }</li>
                    } else if found.listed.is_empty() {
                        <li class="picker-note" role="presentation">{ t("picker-none") }</li>
                    }
                </ul>
            }
        </div>
    }
}
