//! A registry's pager: rows per page (1 to 1000, as Webitel's admin), the page, Previous, Next.

use fluent_bundle::FluentValue;
use web_sys::HtmlInputElement;
use webitel_hooks_model::PageSize;
use yew::prelude::*;

use super::icons;
use crate::i18n::{t, t_with};

#[derive(Properties, PartialEq)]
pub struct PaginationProps {
    pub page: u32,
    pub size: PageSize,
    pub next: bool,
    pub on_size: Callback<PageSize>,
    pub on_previous: Callback<()>,
    pub on_next: Callback<()>,
}

#[component]
pub fn Pagination(props: &PaginationProps) -> Html {
    // Applies what was typed; shows the size in force (10 for anything outside 1..1000).
    let apply = {
        let on_size = props.on_size.clone();
        move |input: HtmlInputElement| {
            let size = PageSize::parse(&input.value());
            input.set_value(&size.get().to_string());
            on_size.emit(size);
        }
    };
    let onchange = {
        let apply = apply.clone();
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            apply(e.target_unchecked_into());
        }
    });
    let on_previous = props.on_previous.reform(|_: MouseEvent| ());
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <nav class="pagination" aria-label={t("pagination")}>
            <label class="page-size">
                <span>{ t("page-size") }</span>
                <input type="number" min="1" max="1000" aria-label={t("page-size")}
                    value={props.size.get().to_string()} {onchange} {onkeydown} />
            </label>
            <span class="page-number">
                { t_with("page-number", &[("page", FluentValue::from(props.page))]) }
            </span>
            <div class="page-buttons">
                <button type="button" class="icon-button" aria-label={t("page-prev")}
                    title={t("page-prev")} disabled={props.page <= 1} onclick={on_previous}>
                    { icons::chevron_left() }
                </button>
                <button type="button" class="icon-button" aria-label={t("page-next")}
                    title={t("page-next")} disabled={!props.next} onclick={on_next}>
                    { icons::chevron_right() }
                </button>
            </div>
        </nav>
    }
}
