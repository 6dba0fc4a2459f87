//! The flow schema picker: the search, the pages read so far, and whether more exist.

use std::rc::Rc;

use webitel_hooks_model::{FlowRef, Page, SchemaId};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlowsState {
    pub search: String,
    /// The last page asked for, 1-based.
    pub page: u32,
    pub items: Rc<Vec<FlowRef>>,
    pub next: bool,
    pub loading: bool,
    /// Bumped for every read; an answer to an older one is dropped.
    pub request: u64,
    /// The read waits for the typing to pause (a new search), or goes at once (more rows).
    pub debounce: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The picker opened: the first page of all flows, read at once.
    Start,
    Search(String),
    /// Scrolled to the bottom: the next page, if there is one.
    More,
    Loaded {
        request: u64,
        page: Page<FlowRef>,
    },
    Failed {
        request: u64,
    },
}

impl FlowsState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Start => {
                self.new_search(String::new());
                self.debounce = false;
            }
            Action::Search(search) => self.new_search(search),
            Action::More => {
                if self.next && !self.loading {
                    self.page += 1;
                    self.loading = true;
                    self.debounce = false;
                    self.request += 1;
                }
            }
            Action::Loaded { request, page } => {
                if request != self.request {
                    return;
                }
                if self.page <= 1 {
                    self.items = Rc::new(page.items);
                } else {
                    let items = Rc::make_mut(&mut self.items);
                    for flow in page.items {
                        if !items.iter().any(|f| f.id == flow.id) {
                            items.push(flow);
                        }
                    }
                }
                self.next = page.next;
                self.loading = false;
            }
            Action::Failed { request } => {
                if request == self.request {
                    self.loading = false;
                    self.next = false;
                }
            }
        }
    }
}

impl FlowsState {
    /// The state of a picker as it opens: when `enabled`, its first read is already asked for.
    pub fn opened(enabled: bool) -> Self {
        let mut state = Self::default();
        if enabled {
            state.apply(Action::Start);
        }
        state
    }

    fn new_search(&mut self, search: String) {
        self.search = search;
        self.page = 1;
        self.next = false;
        self.loading = true;
        self.debounce = true;
        self.request += 1;
    }
}

reducible_by_apply!(FlowsState);

/// Whether the list must bring the chosen flow's option into view as it opens (or as a choice
/// arrives: an edited hook's flow is read after the first render). Tried once per choice, on
/// the first page read (`listed`: a read answered and none is under way), so the list never
/// jumps while the user scrolls or searches. `tried` is the choice last tried; the answer is
/// the choice to remember as tried and the option's index, when listed.
pub fn reveal_chosen(
    items: &[FlowRef],
    listed: bool,
    chosen: Option<SchemaId>,
    tried: Option<SchemaId>,
) -> Option<(SchemaId, Option<usize>)> {
    let chosen = chosen.filter(|c| listed && tried != Some(*c))?;
    Some((chosen, items.iter().position(|f| f.id == chosen)))
}

/// Where a list must scroll for an option to show whole with `margin` to spare: the option's
/// `top` is measured from the top of the list's visible area, the list shows `view` pixels
/// scrolled by `scroll_top`. `None`: it already shows whole (the nearest edge moves, as
/// `scrollIntoView({block: "nearest"})` would, but within the list alone).
pub fn scroll_to_show(
    scroll_top: f64,
    view: f64,
    top: f64,
    height: f64,
    margin: f64,
) -> Option<f64> {
    let to = if top < margin {
        scroll_top + top - margin
    } else if top + height > view - margin {
        // Taller than the list: its top shows.
        scroll_top + (top + height + margin - view).min(top - margin)
    } else {
        return None;
    };
    Some(to.max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flows(ids: std::ops::Range<i64>) -> Vec<FlowRef> {
        ids.map(|id| FlowRef {
            id: SchemaId(id),
            name: format!("F{id}"),
        })
        .collect()
    }

    #[test]
    fn search_then_more_appends_pages_while_next() {
        let mut state = FlowsState::default();
        state.apply(Action::Search("ab".into()));
        assert!(state.debounce);
        state.apply(Action::More);
        assert_eq!(state.page, 1, "no more before the first page");
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: Page {
                items: flows(0..20),
                page: 1,
                next: true,
                skipped: 0,
            },
        });
        state.apply(Action::More);
        assert_eq!(state.page, 2);
        assert!(!state.debounce);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: Page {
                items: flows(20..25),
                page: 2,
                next: false,
                skipped: 0,
            },
        });
        assert_eq!(state.items.len(), 25);
        state.apply(Action::More);
        assert_eq!(state.page, 2);
        state.apply(Action::Search("x".into()));
        assert_eq!(state.page, 1);
    }

    #[test]
    fn opening_reads_the_first_page_of_all_flows_at_once() {
        let state = FlowsState::opened(true);
        assert_eq!(state.search, "");
        assert_eq!(state.page, 1);
        assert!(
            state.loading,
            "the list says it is loading, not that nothing matches"
        );
        assert!(!state.debounce, "no typing to wait for");
        assert_eq!(state.request, 1);

        let forbidden = FlowsState::opened(false);
        assert_eq!(
            forbidden.request, 0,
            "no read without the right to read flows"
        );
        assert!(!forbidden.loading);
    }

    #[test]
    fn an_older_answer_is_dropped() {
        let mut state = FlowsState::default();
        state.apply(Action::Search("a".into()));
        let old = state.request;
        state.apply(Action::Search("ab".into()));
        state.apply(Action::Loaded {
            request: old,
            page: Page {
                items: flows(0..3),
                page: 1,
                next: false,
                skipped: 0,
            },
        });
        assert!(state.items.is_empty());
        assert!(state.loading);
    }

    #[test]
    fn the_chosen_flow_is_revealed_once_when_the_list_opens() {
        let items = flows(1..6);
        let chosen = Some(SchemaId(4));
        assert_eq!(
            reveal_chosen(&items, false, chosen, None),
            None,
            "not read yet"
        );
        assert_eq!(
            reveal_chosen(&items, true, chosen, None),
            Some((SchemaId(4), Some(3)))
        );
        assert_eq!(
            reveal_chosen(&items, true, chosen, Some(SchemaId(4))),
            None,
            "already tried: scrolling or searching never jumps back"
        );
        // Not on the first page: tried all the same, so a later page does not pull the list.
        assert_eq!(
            reveal_chosen(&flows(10..12), true, chosen, None),
            Some((SchemaId(4), None))
        );
        // A new choice (a click) is brought into view too.
        assert_eq!(
            reveal_chosen(&items, true, Some(SchemaId(1)), Some(SchemaId(4))),
            Some((SchemaId(1), Some(0)))
        );
        assert_eq!(reveal_chosen(&items, true, None, None), None);
    }

    #[test]
    fn the_list_scrolls_the_nearest_edge_to_show_an_option_whole() {
        // A 176 px list scrolled by 100, 4 px to spare, 30 px options.
        let show = |top: f64| scroll_to_show(100.0, 176.0, top, 30.0, 4.0);
        assert_eq!(show(40.0), None, "shown whole");
        assert_eq!(show(4.0), None, "just whole at the top");
        assert_eq!(show(142.0), None, "just whole at the bottom");
        assert_eq!(show(150.0), Some(108.0), "cut at the bottom: scrolls down");
        assert_eq!(show(400.0), Some(358.0), "far below");
        assert_eq!(show(-20.0), Some(76.0), "above: scrolls up");
        assert_eq!(
            scroll_to_show(0.0, 176.0, 0.0, 30.0, 4.0),
            Some(0.0),
            "never above 0"
        );
        // Taller than the list: its top shows.
        assert_eq!(scroll_to_show(0.0, 176.0, 300.0, 400.0, 4.0), Some(296.0));
    }
}
