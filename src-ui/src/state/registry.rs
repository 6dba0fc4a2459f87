//! The registry of one queue or one team: the picked owner, and its page of hooks ([`Table`]:
//! page, size, order, rows with their offline marks, selection, the read in flight).

use webitel_hooks_model::{HookColumn, HookOwner, HookSort, OwnerKind, Queue, QueueType, Team};

use super::table::{HookKey, Table, TableAction};

/// The queue or the team whose registry is open, as its picker listed it: the header names it
/// with what its list knows (a queue's type and team, a team's name).
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    Queue(Queue),
    Team(Team),
}

impl Picked {
    pub fn owner(&self) -> HookOwner {
        match self {
            Picked::Queue(queue) => HookOwner::Queue(queue.id),
            Picked::Team(team) => HookOwner::Team(team.id),
        }
    }

    pub fn kind(&self) -> OwnerKind {
        self.owner().kind()
    }

    pub fn name(&self) -> &str {
        match self {
            Picked::Queue(queue) => &queue.name,
            Picked::Team(team) => &team.name,
        }
    }

    /// The queue's type; a team has none.
    pub fn queue_type(&self) -> Option<QueueType> {
        match self {
            Picked::Queue(queue) => Some(queue.queue_type),
            Picked::Team(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegistryState {
    pub picked: Option<Picked>,
    pub table: Table<HookColumn>,
    /// The hook the user was led to (the add/edit modal's clash warning): its row is marked and
    /// brought into view once its page is shown, until the user moves on (another page, order,
    /// size, owner).
    pub highlighted: Option<HookKey>,
}

impl Default for RegistryState {
    fn default() -> Self {
        Self {
            picked: None,
            table: Table::new(Some(HookSort::DEFAULT)),
            highlighted: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A queue or a team was picked: its first page, in the default order and size.
    Pick(Picked),
    /// Read the current page again, with the current size and sort.
    Reload,
    /// Read the current page again in place (a sync ended, hooks changed elsewhere): the same
    /// page, size and sort, and the selection of the rows still there.
    Refresh,
    /// What every registry's table does (paging, order, selection, the switch, a delete).
    Table(TableAction<HookColumn>),
    /// Lead the user to a hook of the shown owner on `page` (1-based, in the current order and
    /// size): that page is read unless it is shown, and the hook's row marked.
    Reveal { key: HookKey, page: u32 },
}

impl From<TableAction<HookColumn>> for Action {
    fn from(action: TableAction<HookColumn>) -> Self {
        Action::Table(action)
    }
}

impl RegistryState {
    /// The owner whose hooks are shown.
    pub fn owner(&self) -> Option<HookOwner> {
        self.picked.as_ref().map(Picked::owner)
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Pick(picked) => {
                let mut table = Table::new(Some(HookSort::DEFAULT));
                // The request keeps counting, so that an answer for the owner picked before
                // is dropped.
                table.request = self.table.request;
                table.read();
                *self = RegistryState {
                    picked: Some(picked),
                    table,
                    highlighted: None,
                };
            }
            // Without an owner there is nothing to read.
            Action::Reload if self.picked.is_some() => self.table.read(),
            Action::Refresh if self.picked.is_some() => self.table.refresh(),
            Action::Reload | Action::Refresh => {}
            Action::Reveal { key, page } => {
                if self.owner() != Some(key.0) {
                    return;
                }
                self.highlighted = Some(key);
                if page != self.table.page || self.table.row(key).is_none() {
                    self.table.page = page.max(1);
                    self.table.read();
                }
            }
            // A delete reads the same page again, and the shared table steps back one page only
            // when that page comes back empty, as Webitel's admin does (webitel/client
            // `BaseTableStoreModuleMixin.js`).
            Action::Table(action) => {
                // Moving to another page, order or size is moving on from the hook led to; a
                // page's answer, a switch or a selection is not.
                if matches!(
                    action,
                    TableAction::SortBy(_)
                        | TableAction::SetSize(_)
                        | TableAction::NextPage
                        | TableAction::PreviousPage
                ) {
                    self.highlighted = None;
                }
                self.table.apply(action)
            }
        }
    }
}

reducible_by_apply!(RegistryState);

#[cfg(test)]
mod tests;
