//! Line icons drawn inline (no remote asset, no inline style): stroke and size come from CSS.

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

pub fn refresh() -> Html {
    icon("M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5")
}

pub fn plus() -> Html {
    icon("M12 5v14M5 12h14")
}

pub fn trash() -> Html {
    icon("M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6")
}

pub fn pencil() -> Html {
    icon("M4 20h4L19 9l-4-4L4 16v4zM13 7l4 4")
}

pub fn close() -> Html {
    icon("M6 6l12 12M18 6L6 18")
}

pub fn chevron_left() -> Html {
    icon("M15 6l-6 6 6 6")
}

pub fn chevron_right() -> Html {
    icon("M9 6l6 6-6 6")
}

pub fn search() -> Html {
    icon("M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM20 20l-4.8-4.8")
}

pub fn sort_ascending() -> Html {
    icon("M12 19V5M6 11l6-6 6 6")
}

pub fn sort_descending() -> Html {
    icon("M12 5v14M6 13l6 6 6-6")
}

pub fn sort_none() -> Html {
    icon("M8 9l4-4 4 4M8 15l4 4 4-4")
}

pub fn warning() -> Html {
    icon("M12 4l9 16H3L12 4zM12 10v4M12 17v.5")
}

pub fn check() -> Html {
    icon("M5 12.5l4.5 4.5L19 7")
}

/// A cloud crossed out: the server cannot be reached.
pub fn offline() -> Html {
    icon("M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 9.1 4.5 4.5 0 0 0 7 18zM4 4l16 16")
}

/// A pin, for pinning a queue to the tray.
pub fn pin() -> Html {
    icon("M9 4h6l-1 6 3 3H7l3-3-1-6zM12 13v7")
}

/// Rows of a list: every queue's hooks in one registry.
pub fn rows() -> Html {
    icon("M4 6h16M4 12h16M4 18h16")
}
