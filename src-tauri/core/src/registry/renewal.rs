//! Signing in again when the server refuses the token, and the public use cases that do it.
//!
//! What must hold: a call the server refused with 401 is retried once, after a silent sign-in,
//! when a [`Renewal`] is installed and can sign in (the profile remembers its password); else
//! the call fails with the error the UI keeps its state on (the renewal itself tells the shell
//! that the password is needed). Several calls refused at once sign in again only once. A 401
//! refuses before anything changes on the server, so a retried change is not applied twice.

use std::future::Future;
use std::sync::Arc;

use futures::future::BoxFuture;
use webitel_hooks_model::commands::{
    CreateHookArgs, DeleteHooksArgs, HookRef, ListHooksArgs, ListQueuesArgs, SearchFlowsArgs,
    SessionInfo, SetHookEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::{DeleteReport, FlowRef, Hook, Page, Queue};

use super::HookRegistry;
use crate::error::{Error, Result};
use crate::session::SignedIn;

/// Signs in again for the registry's active profile without asking the user.
pub trait Renewal: Send + Sync {
    /// A new session for the same profile, or the error to answer (after telling the shell that
    /// the password is needed).
    fn renew(&self) -> BoxFuture<'_, Result<SignedIn>>;

    /// The server took the token of a session resumed offline (`session.offline` is now false):
    /// the profiles tell the shell that the session is online. Called once per such session.
    fn confirmed(&self, session: SessionInfo) {
        let _ = session;
    }
}

impl HookRegistry {
    /// Installs (or with `None` removes) what signs in again after a 401.
    pub fn set_renewal(&self, renewal: Option<Arc<dyn Renewal>>) {
        *self.renewal.write().unwrap_or_else(|p| p.into_inner()) = renewal;
    }

    pub(super) fn renewal(&self) -> Option<Arc<dyn Renewal>> {
        self.renewal
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Runs `call`; on a refused token, signs in again and runs it once more.
    pub(crate) async fn with_renewal<T, F, Fut>(&self, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let before = self.current();
        let result = match call().await {
            Err(err @ Error::SessionEnded) => {
                if self.renew(before).await? {
                    call().await
                } else {
                    Err(err)
                }
            }
            other => other,
        };
        if result.is_ok() {
            self.answered();
        }
        result
    }

    /// `Ok(true)` when a session is there to retry with; `Ok(false)` without a renewal.
    async fn renew(&self, refused: Option<Arc<SignedIn>>) -> Result<bool> {
        let Some(renewal) = self.renewal() else {
            return Ok(false);
        };
        let _one_at_a_time = self.renewing.lock().await;
        // Another call refused at the same time may have signed in again meanwhile.
        if let Some(now) = self.current() {
            if refused.is_none_or(|r| !Arc::ptr_eq(&r, &now)) {
                return Ok(true);
            }
        }
        let signed_in = renewal.renew().await?;
        self.start_session(signed_in);
        Ok(true)
    }

    /// `list_queues`: every queue the user may read that matches, Progressive Dialer first, then
    /// by name. Reads every page from the server and writes the queues to the cache.
    /// Offline, the cached queues answer instead, filtered and ordered the same way.
    pub async fn list_queues(&self, args: ListQueuesArgs) -> Result<Vec<Queue>> {
        match self
            .with_renewal(|| self.list_queues_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => {
                let mut queues = self.store().cached_queues(&args.search, args.queue_type)?;
                super::convert::order_queues(&mut queues);
                Ok(queues)
            }
            other => other,
        }
    }

    /// `list_hooks`: one page of a queue's hooks, sorted on the server. Writes it to the cache.
    /// Every queue, from the server only (the full sync's listing, which must fail offline).
    pub(crate) async fn list_queues_online(&self) -> Result<Vec<Queue>> {
        self.with_renewal(|| self.list_queues_once(ListQueuesArgs::default()))
            .await
    }

    /// Offline, the page is cut from the cached hooks of the queue, sorted the same way.
    pub async fn list_hooks(&self, args: ListHooksArgs) -> Result<Page<Hook>> {
        match self
            .with_renewal(|| self.list_hooks_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => {
                self.store()
                    .cached_hooks_page(args.queue_id, args.page, args.size.get(), args.sort)
            }
            other => other,
        }
    }

    /// `get_hook`: one hook, fresh from the server.
    /// Offline, the cached hook answers (as the registry showed it, a change waiting applied),
    /// so that it can be edited into the outbox; a hook the cache does not hold stays the
    /// offline error.
    pub async fn get_hook(&self, args: HookRef) -> Result<Hook> {
        match self.with_renewal(|| self.get_hook_once(args.clone())).await {
            Err(e) if e.is_offline() => match self.store().hook(args.queue_id, args.hook_id)? {
                Some(cached) => Ok(cached.hook),
                None => Err(e),
            },
            other => other,
        }
    }

    /// `search_flows`: one page of flows for the picker.
    /// Offline, the cached flows answer instead (those listed before and those hooks name).
    pub async fn search_flows(&self, args: SearchFlowsArgs) -> Result<Page<FlowRef>> {
        match self
            .with_renewal(|| self.search_flows_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => self.store().cached_flows_page(
                &args.search,
                args.page,
                super::reads::FLOW_PAGE_SIZE,
            ),
            other => other,
        }
    }

    /// `create_hook`. Offline, the hook is kept in the outbox and answered with a negative
    /// stand-in id, shown pending.
    pub async fn create_hook(&self, args: CreateHookArgs) -> Result<Hook> {
        match self
            .with_renewal(|| self.create_hook_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => self.keep_create(&args),
            other => other,
        }
    }

    /// `update_hook`. Offline, or behind a change of the hook still waiting, the edit is kept in
    /// the outbox over the cached hook and answered as the cache now shows it.
    pub async fn update_hook(&self, args: UpdateHookArgs) -> Result<Hook> {
        if self.waits_behind_outbox(args.queue_id, args.hook_id) {
            return self.keep_update(&args, Error::HookGone);
        }
        match self
            .with_renewal(|| self.update_hook_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => self.keep_update(&args, e),
            other => other,
        }
    }

    /// `set_hook_enabled`, kept in the outbox like `update_hook`.
    pub async fn set_hook_enabled(&self, args: SetHookEnabledArgs) -> Result<Hook> {
        if self.waits_behind_outbox(args.queue_id, args.hook_id) {
            return self.keep_toggle(&args, Error::HookGone);
        }
        match self
            .with_renewal(|| self.set_hook_enabled_once(args.clone()))
            .await
        {
            Err(e) if e.is_offline() => self.keep_toggle(&args, e),
            other => other,
        }
    }

    /// `delete_hooks`: the hooks refused for an ended session are sent once more after a silent
    /// sign-in; the others keep their outcome.
    pub async fn delete_hooks(&self, args: DeleteHooksArgs) -> Result<DeleteReport> {
        let before = self.current();
        let mut report = self.delete_hooks_once(args.clone()).await?;
        let refused: Vec<_> = report
            .failed
            .iter()
            .filter(|f| matches!(f.error, Error::SessionEnded))
            .map(|f| f.hook_id)
            .collect();
        if refused.is_empty() || !self.renew(before).await? {
            return Ok(report.into());
        }
        let again = self
            .delete_hooks_once(DeleteHooksArgs {
                queue_id: args.queue_id,
                hook_ids: refused.clone(),
            })
            .await?;
        report.failed.retain(|f| !refused.contains(&f.hook_id));
        report.failed.extend(again.failed);
        report.deleted.extend(again.deleted);
        // The report keeps the order of the request.
        let order = |id| args.hook_ids.iter().position(|h| *h == id);
        report.deleted.sort_by_key(|id| order(*id));
        report.failed.sort_by_key(|f| order(f.hook_id));
        Ok(report.into())
    }
}
