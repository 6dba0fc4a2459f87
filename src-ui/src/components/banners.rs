//! The banners above the page: offline (working from the cache) and conflicts waiting for a
//! choice. Visible, but calm: the page under them keeps working.

use fluent_bundle::FluentValue;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::icons;
use crate::hooks::opener_of;
use crate::i18n::{t, t_count, t_with};

#[derive(Properties, PartialEq)]
pub struct OfflineBannerProps {
    /// The server's address, as the session names it.
    pub server: AttrValue,
    /// Changes waiting in the outbox.
    pub pending: u32,
}

#[component]
pub fn OfflineBanner(props: &OfflineBannerProps) -> Html {
    html! {
        <div class="banner banner-offline" role="region" aria-label={t("offline-title")}>
            { icons::offline() }
            <p class="banner-text">
                <span>{ t_with("offline-text", &[("server", FluentValue::from(props.server.to_string()))]) }</span>
                if props.pending > 0 {
                    { " " }
                    <span class="banner-count" data-pending={props.pending.to_string()}>
                        { t_count("offline-pending", props.pending as usize) }
                    </span>
                }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConflictsBannerProps {
    pub count: u32,
    /// "Review conflicts" was used; with the button, for focus to return to.
    pub on_review: Callback<Option<HtmlElement>>,
}

#[component]
pub fn ConflictsBanner(props: &ConflictsBannerProps) -> Html {
    let onclick = props.on_review.reform(|e: MouseEvent| opener_of(&e));
    html! {
        <div class="banner banner-conflict" role="region" aria-label={t("conflicts-title")}>
            { icons::warning() }
            <p class="banner-text">{ t_count("conflicts-text", props.count as usize) }</p>
            <button type="button" class="button banner-button" {onclick}>
                { t("conflicts-review") }
            </button>
        </div>
    }
}
