//! The registry of one queue: the picked queue, and its page of hooks ([`Table`]: page, size,
//! order, rows with their offline marks, selection, the read in flight).

use webitel_hooks_model::{HookColumn, HookSort, Queue};

use super::table::{Table, TableAction};

#[derive(Debug, Clone, PartialEq)]
pub struct RegistryState {
    pub queue: Option<Queue>,
    pub table: Table<HookColumn>,
}

impl Default for RegistryState {
    fn default() -> Self {
        Self {
            queue: None,
            table: Table::new(Some(HookSort::DEFAULT)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A queue was picked: its first page, in the default order and size.
    PickQueue(Queue),
    /// Read the current page again, with the current size and sort.
    Reload,
    /// Read the current page again in place (a sync ended, hooks changed elsewhere): the same
    /// page, size and sort, and the selection of the rows still there.
    Refresh,
    /// What every registry's table does (paging, order, selection, the switch, a delete).
    Table(TableAction<HookColumn>),
}

impl From<TableAction<HookColumn>> for Action {
    fn from(action: TableAction<HookColumn>) -> Self {
        Action::Table(action)
    }
}

impl RegistryState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::PickQueue(queue) => {
                let mut table = Table::new(Some(HookSort::DEFAULT));
                table.request = self.table.request;
                table.read();
                *self = RegistryState {
                    queue: Some(queue),
                    table,
                };
            }
            // Without a queue there is nothing to read.
            Action::Reload if self.queue.is_some() => self.table.read(),
            Action::Refresh if self.queue.is_some() => self.table.refresh(),
            Action::Reload | Action::Refresh => {}
            // A delete reads the same page again, and the shared table steps back one page only
            // when that page comes back empty, as Webitel's admin does (webitel/client
            // `BaseTableStoreModuleMixin.js`).
            Action::Table(action) => self.table.apply(action),
        }
    }
}

reducible_by_apply!(RegistryState);

#[cfg(test)]
mod tests;
