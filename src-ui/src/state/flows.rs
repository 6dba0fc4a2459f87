//! The flow schema picker: the search, the pages read so far, and whether more exist.

use std::rc::Rc;

use webitel_hooks_model::{FlowRef, Page};

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

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::SchemaId;

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
            },
        });
        assert!(state.items.is_empty());
        assert!(state.loading);
    }
}
