//! What the webview sends is checked here like anything a user types: a page size, a page
//! number, how many items one call carries and how long a text is. A value out of range is an
//! `InvalidInput` sentence before any call or query, never an overflow or a request the server
//! would have to refuse.

use webitel_hooks_model::{HookOwner, PageSize};

use crate::error::{InputProblem, Result};

/// The highest page asked for: a million pages of a thousand rows is far beyond any tenant.
pub const MAX_PAGE: u32 = 1_000_000;
/// Items in one call (hooks to delete, values of one filter): the largest page.
pub const MAX_ITEMS: usize = PageSize::MAX as usize;
/// Characters of a search text.
pub const MAX_TEXT: usize = 1000;

pub(crate) fn page(page: u32) -> Result<()> {
    if (1..=MAX_PAGE).contains(&page) {
        Ok(())
    } else {
        Err(InputProblem::PageNumber.into())
    }
}

/// A `PageSize` read from IPC holds whatever number was sent.
pub(crate) fn page_size(size: PageSize) -> Result<()> {
    if (1..=PageSize::MAX).contains(&size.get()) {
        Ok(())
    } else {
        Err(InputProblem::PageSize.into())
    }
}

/// The engine's queue and team ids are serials from 1: any other is none of the server's, and
/// the cache's owner key needs them positive (store/owners.rs).
pub(crate) fn owner(owner: HookOwner) -> Result<()> {
    if owner.raw() > 0 {
        Ok(())
    } else {
        Err(InputProblem::NoSuchOwner.into())
    }
}

pub(crate) fn items(count: usize) -> Result<()> {
    if count <= MAX_ITEMS {
        Ok(())
    } else {
        Err(InputProblem::TooMany.into())
    }
}

pub(crate) fn text(text: &str) -> Result<()> {
    // Bytes bound the characters from above: only a long text pays for the count.
    if text.len() <= MAX_TEXT || text.chars().count() <= MAX_TEXT {
        Ok(())
    } else {
        Err(InputProblem::TooLong.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_are_inclusive_and_a_text_counts_characters() {
        assert!(page(0).is_err());
        assert!(page(1).is_ok() && page(MAX_PAGE).is_ok());
        assert!(page(MAX_PAGE + 1).is_err() && page(u32::MAX).is_err());
        let raw = |n: u32| serde_json::from_value::<PageSize>(serde_json::json!(n)).unwrap();
        assert!(page_size(raw(0)).is_err() && page_size(raw(1001)).is_err());
        assert!(page_size(raw(1)).is_ok() && page_size(raw(1000)).is_ok());
        assert!(items(MAX_ITEMS).is_ok() && items(MAX_ITEMS + 1).is_err());
        // 1000 Cyrillic letters are 2000 bytes and still allowed.
        assert!(text(&"ж".repeat(MAX_TEXT)).is_ok());
        assert!(text(&"ж".repeat(MAX_TEXT + 1)).is_err());
    }
}
