//! The server calls of the outbox's replay and of conflict resolution, each through the
//! registry's renewal, each telling a refusal by the one-enabled-event rule apart from a failure.

use webitel_api::{ErrorKind, HookInput, HookPatch, HookQuery};
use webitel_hooks_model::{Hook, HookEvent, HookId, HookOwner};

use crate::error::{self, Error, Result};
use crate::registry::convert;
use crate::registry::HookRegistry;

/// How the server took a change.
#[derive(Debug)]
pub(super) enum Sent {
    /// Accepted; the hook as the server has it now (`None`: it is gone).
    Done(Option<Hook>),
    /// Refused as it was (for example a second enabled hook for one event): the user chooses.
    Refused(Error),
}

/// The hook as the server has it now; `None` when it is gone there.
pub(super) async fn read(reg: &HookRegistry, owner: HookOwner, id: HookId) -> Result<Option<Hook>> {
    reg.with_renewal(|| async move {
        let session = reg.session()?;
        match session.client().hooks_of(owner).get(id).await {
            Ok(h) => Ok(Some(convert::hook(owner, h))),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(reg.failed(&session, &e)),
        }
    })
    .await
}

/// The hooks of `event` on the queue, as the server has them now.
pub(super) async fn hooks_of_event(
    reg: &HookRegistry,
    owner: HookOwner,
    event: &HookEvent,
) -> Result<Vec<Hook>> {
    reg.with_renewal(|| async move {
        let session = reg.session()?;
        let query = HookQuery::new().event(event.clone()).size(100);
        let page = session
            .client()
            .hooks_of(owner)
            .list(&query)
            .await
            .map_err(|e| reg.failed(&session, &e))?;
        Ok(page
            .items
            .into_iter()
            .map(|h| convert::hook(owner, h))
            .filter(|h| &h.event == event)
            .collect())
    })
    .await
}

/// The enabled hook of `event` on the queue, the one that makes the rule refuse another.
pub(super) async fn enabled_of_event(
    reg: &HookRegistry,
    owner: HookOwner,
    event: &HookEvent,
) -> Result<Option<Hook>> {
    let hooks = hooks_of_event(reg, owner, event).await?;
    Ok(hooks.into_iter().find(|h| h.enabled))
}

fn outcome(
    reg: &HookRegistry,
    session: &std::sync::Arc<crate::session::SignedIn>,
    owner: HookOwner,
    answer: std::result::Result<webitel_api::Hook, webitel_api::Error>,
    event: &HookEvent,
) -> Result<Sent> {
    match answer {
        Ok(h) => Ok(Sent::Done(Some(convert::hook(owner, h)))),
        Err(e) if e.kind() == ErrorKind::Rejected => Ok(Sent::Refused(error::from_hook_change(
            &e,
            session.server(),
            owner,
            Some(event),
        ))),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(Sent::Done(None)),
        Err(e) => Err(reg.failed(session, &e)),
    }
}

pub(super) async fn create(reg: &HookRegistry, mine: &Hook) -> Result<Sent> {
    reg.with_renewal(|| async move {
        let session = reg.session_for_change(mine.owner)?;
        let input = HookInput::new(mine.event.clone(), mine.flow.id, mine.enabled);
        let answer = session.client().hooks_of(mine.owner).create(&input).await;
        outcome(reg, &session, mine.owner, answer, &mine.event)
    })
    .await
}

/// PUT: every field of `mine`, on the hook `id`.
pub(super) async fn replace(reg: &HookRegistry, id: HookId, mine: &Hook) -> Result<Sent> {
    reg.with_renewal(|| async move {
        let session = reg.session_for_change(mine.owner)?;
        let input = HookInput::new(mine.event.clone(), mine.flow.id, mine.enabled);
        let answer = session
            .client()
            .hooks_of(mine.owner)
            .replace(id, &input)
            .await;
        outcome(reg, &session, mine.owner, answer, &mine.event)
    })
    .await
}

pub(super) async fn set_enabled(
    reg: &HookRegistry,
    owner: HookOwner,
    id: HookId,
    event: &HookEvent,
    enabled: bool,
) -> Result<Sent> {
    reg.with_renewal(|| async move {
        let session = reg.session_for_change(owner)?;
        let patch = HookPatch::new().enabled(enabled);
        let answer = session.client().hooks_of(owner).patch(id, &patch).await;
        outcome(reg, &session, owner, answer, event)
    })
    .await
}

/// DELETE; a hook already gone counts as deleted.
pub(super) async fn delete(reg: &HookRegistry, owner: HookOwner, id: HookId) -> Result<()> {
    reg.with_renewal(|| async move {
        let session = reg.session_for_change(owner)?;
        match session.client().hooks_of(owner).delete(id).await {
            Ok(_) => Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(reg.failed(&session, &e)),
        }
    })
    .await
}

/// True for an error that means "try again later", not "this change is wrong".
pub(super) fn is_offline(err: &Error) -> bool {
    err.is_offline()
}
