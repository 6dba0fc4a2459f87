//! A row's offline mark: "Pending" while its change waits to be sent, or "Conflict" (a button
//! opening the conflict dialog at it) while the change waits for the user's choice.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::opener_of;
use crate::i18n::t;

#[derive(Properties, PartialEq)]
pub struct OfflineMarkProps {
    pub pending: bool,
    pub conflict: bool,
    /// The conflict badge was used; with the badge, for focus to return to.
    pub on_conflict: Callback<Option<HtmlElement>>,
}

#[component]
pub fn OfflineMark(props: &OfflineMarkProps) -> Html {
    if props.conflict {
        // A conflict is also a change waiting: the one badge that asks for something is enough.
        let onclick = props.on_conflict.reform(|e: MouseEvent| opener_of(&e));
        html! {
            <button type="button" class="badge badge-conflict" aria-label={t("mark-conflict-action")}
                title={t("mark-conflict-title")} {onclick}>
                { t("mark-conflict") }
            </button>
        }
    } else if props.pending {
        html! {
            <span class="badge badge-pending" title={t("mark-pending-title")}>{ t("mark-pending") }</span>
        }
    } else {
        html! {}
    }
}
