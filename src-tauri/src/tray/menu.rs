//! The Tauri menu made from a [`TrayModel`], and kept equal to it.
//!
//! A change that keeps the menu's shape (the same items in the same places: a check mark, a
//! status line, a " (pending)") updates the items in place, so that a menu the user has open
//! stays open; a new shape (a queue pinned, a hook added) builds a new menu.

use std::collections::HashMap;

use tauri::menu::{
    CheckMenuItem, IsMenuItem, Menu, MenuItem, MenuItemKind, PredefinedMenuItem, Submenu,
};
use tauri::{AppHandle, Runtime};

use super::model::{TrayEntry, TrayModel};

/// A built menu and its items by id.
pub struct TrayMenu<R: Runtime> {
    pub menu: Menu<R>,
    items: HashMap<String, MenuItemKind<R>>,
    shape: Vec<Slot>,
}

/// One place in the menu: how deep, what kind, which id.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    depth: usize,
    kind: u8,
    id: Option<String>,
}

fn shape(model: &TrayModel) -> Vec<Slot> {
    fn walk(entries: &[TrayEntry], depth: usize, out: &mut Vec<Slot>) {
        for entry in entries {
            let kind = match entry {
                TrayEntry::Item { .. } => 0,
                TrayEntry::Check { .. } => 1,
                TrayEntry::Separator => 2,
                TrayEntry::Submenu { .. } => 3,
            };
            out.push(Slot {
                depth,
                kind,
                id: entry.id().map(str::to_owned),
            });
            if let TrayEntry::Submenu { entries, .. } = entry {
                walk(entries, depth + 1, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&model.entries, 0, &mut out);
    out
}

/// A menu text as written, not a mnemonic: `&` marks the next letter as the access key on
/// every platform, so "Sales & Support" would lose its ampersand.
pub fn literal(text: &str) -> String {
    text.replace('&', "&&")
}

impl<R: Runtime> TrayMenu<R> {
    /// Builds the menu for `model`.
    pub fn build(app: &AppHandle<R>, model: &TrayModel) -> tauri::Result<TrayMenu<R>> {
        let menu = Menu::new(app)?;
        let mut items = HashMap::new();
        for entry in &model.entries {
            let item = make(app, entry, &mut items)?;
            menu.append(item.as_ref())?;
        }
        Ok(TrayMenu {
            menu,
            items,
            shape: shape(model),
        })
    }

    /// Makes the menu show `model` in place; `false` when its shape differs (then build anew).
    /// Every property is set again, even an unchanged one: the platform flips a check item by
    /// itself when clicked, and a toggle that failed must get its mark back.
    pub fn update(&self, model: &TrayModel) -> tauri::Result<bool> {
        if shape(model) != self.shape {
            return Ok(false);
        }
        self.set_all(&model.entries)?;
        Ok(true)
    }

    fn set_all(&self, entries: &[TrayEntry]) -> tauri::Result<()> {
        for entry in entries {
            let Some(item) = entry.id().and_then(|id| self.items.get(id)) else {
                continue;
            };
            match (entry, item) {
                (TrayEntry::Item { text, enabled, .. }, MenuItemKind::MenuItem(item)) => {
                    item.set_text(literal(text))?;
                    item.set_enabled(*enabled)?;
                }
                (
                    TrayEntry::Check {
                        text,
                        enabled,
                        checked,
                        ..
                    },
                    MenuItemKind::Check(item),
                ) => {
                    item.set_text(literal(text))?;
                    item.set_enabled(*enabled)?;
                    item.set_checked(*checked)?;
                }
                (TrayEntry::Submenu { text, entries, .. }, MenuItemKind::Submenu(item)) => {
                    item.set_text(literal(text))?;
                    self.set_all(entries)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The item with `id`, in submenus too.
    #[cfg(test)]
    pub fn item(&self, id: &str) -> Option<&MenuItemKind<R>> {
        self.items.get(id)
    }
}

fn make<R: Runtime>(
    app: &AppHandle<R>,
    entry: &TrayEntry,
    items: &mut HashMap<String, MenuItemKind<R>>,
) -> tauri::Result<Box<dyn IsMenuItem<R>>> {
    let made: Box<dyn IsMenuItem<R>> = match entry {
        TrayEntry::Separator => Box::new(PredefinedMenuItem::separator(app)?),
        TrayEntry::Item { id, text, enabled } => {
            let item = MenuItem::with_id(app, id.as_str(), literal(text), *enabled, None::<&str>)?;
            items.insert(id.clone(), MenuItemKind::MenuItem(item.clone()));
            Box::new(item)
        }
        TrayEntry::Check {
            id,
            text,
            enabled,
            checked,
        } => {
            let item = CheckMenuItem::with_id(
                app,
                id.as_str(),
                literal(text),
                *enabled,
                *checked,
                None::<&str>,
            )?;
            items.insert(id.clone(), MenuItemKind::Check(item.clone()));
            Box::new(item)
        }
        TrayEntry::Submenu { id, text, entries } => {
            let submenu = Submenu::with_id(app, id.as_str(), literal(text), true)?;
            for entry in entries {
                let item = make(app, entry, items)?;
                submenu.append(item.as_ref())?;
            }
            items.insert(id.clone(), MenuItemKind::Submenu(submenu.clone()));
            Box::new(submenu)
        }
    };
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ampersand_in_a_name_is_shown_not_taken_as_an_access_key() {
        assert_eq!(literal("Sales & Support"), "Sales && Support");
        assert_eq!(literal("R&D → Survey"), "R&&D → Survey");
        assert_eq!(literal("plain_name"), "plain_name");
    }

    fn item(id: &str, text: &str) -> TrayEntry {
        TrayEntry::Item {
            id: id.into(),
            text: text.into(),
            enabled: true,
        }
    }

    fn check(id: &str, checked: bool) -> TrayEntry {
        TrayEntry::Check {
            id: id.into(),
            text: "Bridged → Survey".into(),
            enabled: true,
            checked,
        }
    }

    fn queue(entries: Vec<TrayEntry>) -> TrayEntry {
        TrayEntry::Submenu {
            id: "queue:1".into(),
            text: "Sales".into(),
            entries,
        }
    }

    #[test]
    fn texts_and_check_marks_keep_the_shape_new_items_do_not() {
        let model = |entries| TrayModel { entries };
        let before = model(vec![
            item("status", "Synchronised just now"),
            queue(vec![check("hook:1:2", true)]),
        ]);
        let marks = model(vec![
            item("status", "Synchronised 3 min ago"),
            queue(vec![check("hook:1:2", false)]),
        ]);
        assert_eq!(shape(&before), shape(&marks));
        let added = model(vec![
            item("status", "Synchronised just now"),
            queue(vec![check("hook:1:2", true), check("hook:1:3", true)]),
        ]);
        assert_ne!(shape(&before), shape(&added));
        // The same ids one level up are another shape too.
        let flat = model(vec![
            item("status", "Synchronised just now"),
            check("hook:1:2", true),
        ]);
        assert_ne!(shape(&before), shape(&flat));
    }
}
