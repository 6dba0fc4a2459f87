//! The commands the webview may call. Each one is a few lines: call the core, map the error, and
//! after a change tell every view (`hooks-changed` and `pinned-changed` here; `session-changed`
//! and `sync-status` follow the core's watches, see `events`). Every error answered is also kept
//! for diagnostics (`Backend::errors`). Names, arguments and answers are the model's `Command`
//! contract: a command's function is named after its `Command::NAME` (checked when compiling)
//! and takes one argument, `args`, of type `Command::Args`.

use tauri::ipc::Invoke;
use tauri::Manager;
use tauri::{AppHandle, Runtime, State};
use webitel_hooks_model::commands::{
    AppInfo, Command, CreateHook, DeleteHooks, Diagnostics, GetAppInfo, GetDiagnostics, GetHook,
    GetSession, GetSettings, GetSyncStatus, ListAllHooks, ListAllHooksChoices, ListConflicts,
    ListHooks, ListPending, ListPinned, ListProfiles, ListQueues, ListTeams, NoArgs, OpenFlow,
    RemoveProfile, RenameProfile, ResolveConflict, ResumeProfile, SearchFlows, SetAdminAddress,
    SetHookEnabled, SetHooksEnabled, SetPinned, SignIn, SignOut, SubmitSecondFactor, SyncNow,
    UpdateHook, UpdateSettings,
};

use webitel_hooks_core::error::Error as CoreError;
use webitel_hooks_core::registry::journal::utc_date;
use webitel_hooks_core::{clock, transfer};
use webitel_hooks_model::commands::Settings;
use webitel_hooks_model::commands::{
    ApplyTransfer, ExportHooks, ListCopyTargets, PreviewCopy, PreviewImport,
};
use webitel_hooks_model::commands::{ExportJournal, ListJournal, UndoJournal};
use webitel_hooks_model::events::TransferProgressed;
use webitel_hooks_model::journal::{JournalExport, KEEP_DAYS_MAX};
use webitel_hooks_model::transfer::{ExportOutcome, TransferProgress};

use crate::browser::Browser;
use crate::error::{Error, Result};
use crate::settings::{self, SettingsStore};
use crate::state::Backend;
use crate::{diagnostics, events, file_dialogs};

/// Byte-wise string equality usable in a `const` (`str::eq` is not `const`).
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Fails the build when a function's name is not its command's `NAME`, or its argument is not
/// called `args`: the webview invokes by `NAME` and sends `{"args": ...}`, so either typo would
/// otherwise surface only as a "command not found" or "missing key" at run time.
macro_rules! check_contract {
    ($name:ident, $cmd:ty, $args:ident) => {
        const _: () = assert!(
            same(stringify!($name), <$cmd as Command>::NAME),
            concat!(
                "the function `",
                stringify!($name),
                "` must be named after `",
                stringify!($cmd),
                "::NAME`"
            )
        );
        const _: () = assert!(
            same(stringify!($args), "args"),
            concat!(
                "the argument of `",
                stringify!($name),
                "` must be called `args`"
            )
        );
    };
}

/// Defines one command: `name = ModelCommand, |params| body`, where the params are the state
/// the body needs (`app: AppHandle`, `backend: Backend`) followed by `args`. An error the body
/// answers is recorded for diagnostics on its way out.
macro_rules! command {
    ($(#[$doc:meta])* $name:ident = $cmd:ty, |$backend:ident: Backend, $args:ident| $body:expr) => {
        check_contract!($name, $cmd, $args);
        $(#[$doc])*
        #[tauri::command]
        pub async fn $name(
            $backend: State<'_, Backend>,
            $args: <$cmd as Command>::Args,
        ) -> Result<<$cmd as Command>::Output> {
            let answer: Result<<$cmd as Command>::Output> = async { $body }.await;
            record(&$backend, <$cmd as Command>::NAME, answer)
        }
    };
    ($(#[$doc:meta])* $name:ident = $cmd:ty,
     |$app:ident: AppHandle, $backend:ident: Backend, $args:ident| $body:expr) => {
        check_contract!($name, $cmd, $args);
        $(#[$doc])*
        #[tauri::command]
        pub async fn $name<R: Runtime>(
            $app: AppHandle<R>,
            $backend: State<'_, Backend>,
            $args: <$cmd as Command>::Args,
        ) -> Result<<$cmd as Command>::Output> {
            let answer: Result<<$cmd as Command>::Output> = async { $body }.await;
            record(&$backend, <$cmd as Command>::NAME, answer)
        }
    };
    ($(#[$doc:meta])* $name:ident = $cmd:ty, |$app:ident: AppHandle, $args:ident| $body:expr) => {
        check_contract!($name, $cmd, $args);
        $(#[$doc])*
        #[tauri::command]
        pub fn $name<R: Runtime>(
            $app: AppHandle<R>,
            $args: <$cmd as Command>::Args,
        ) -> Result<<$cmd as Command>::Output> {
            // A closure, so that the body's `?` ends the body, not the recording below.
            #[allow(clippy::redundant_closure_call)]
            let answer: Result<<$cmd as Command>::Output> = (|| $body)();
            match $app.try_state::<Backend>() {
                Some(backend) => record(&backend, <$cmd as Command>::NAME, answer),
                None => answer,
            }
        }
    };
}

/// Keeps an error answer in the backend's log, for diagnostics.
fn record<T>(backend: &Backend, command: &'static str, answer: Result<T>) -> Result<T> {
    if let Err(err) = &answer {
        backend.errors().record(command, err.to_app_error());
    }
    answer
}

/// The invoke handler: every command above. `tests::every_model_command_is_registered` checks
/// this list against the model's `ALL_NAMES`.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        session_info,
        list_queues,
        list_hooks,
        list_teams,
        get_hook,
        search_flows,
        create_hook,
        update_hook,
        set_hook_enabled,
        delete_hooks,
        set_hooks_enabled,
        list_profiles,
        sign_in,
        submit_second_factor,
        resume_profile,
        sign_out,
        rename_profile,
        set_admin_address,
        open_flow,
        remove_profile,
        list_all_hooks,
        list_all_hooks_choices,
        list_pending,
        list_conflicts,
        resolve_conflict,
        sync_now,
        sync_status,
        get_settings,
        update_settings,
        list_pinned,
        set_pinned,
        diagnostics,
        export_hooks,
        preview_import,
        list_copy_targets,
        preview_copy,
        apply_transfer,
        list_journal,
        undo_journal,
        export_journal,
    ]
}

command!(
    /// The product name and version, as bundled (`productName` in tauri.conf.json, the
    /// package's version).
    app_info = GetAppInfo, |app: AppHandle, args| {
        // Takes nothing; destructured so that a field added to the arguments is noticed here.
        let NoArgs {} = args;
        let package = app.package_info();
        Ok(AppInfo {
            name: package.name.clone(),
            version: package.version.to_string(),
            system_language: settings_store(&app)?.system_language(),
        })
    }
);

command!(
    /// Waits for the sign-in made at start; see `Backend::session_info`.
    session_info = GetSession, |backend: Backend, args| {
        let NoArgs {} = args;
        backend.session_info().await
    }
);

command!(list_queues = ListQueues, |backend: Backend, args| {
    Ok(backend.registry()?.list_queues(args).await?)
});

command!(list_hooks = ListHooks, |backend: Backend, args| {
    Ok(backend.registry()?.list_hooks(args).await?)
});

command!(get_hook = GetHook, |backend: Backend, args| {
    Ok(backend.registry()?.get_hook(args).await?)
});

command!(list_teams = ListTeams, |backend: Backend, args| {
    Ok(backend.registry()?.list_teams(args).await?)
});

command!(search_flows = SearchFlows, |backend: Backend, args| {
    Ok(backend.registry()?.search_flows(args).await?)
});

command!(
    create_hook = CreateHook,
    |app: AppHandle, backend: Backend, args| {
        let owner = args.owner;
        let hook = backend.registry()?.create_hook(args).await?;
        events::hooks_changed(&app, owner);
        Ok(hook)
    }
);

command!(
    update_hook = UpdateHook,
    |app: AppHandle, backend: Backend, args| {
        let owner = args.owner;
        let hook = backend.registry()?.update_hook(args).await?;
        events::hooks_changed(&app, owner);
        Ok(hook)
    }
);

command!(
    set_hook_enabled = SetHookEnabled,
    |app: AppHandle, backend: Backend, args| {
        let owner = args.owner;
        let hook = backend.registry()?.set_hook_enabled(args).await?;
        events::hooks_changed(&app, owner);
        Ok(hook)
    }
);

command!(
    /// Every queue and team a hook was switched in is told, once.
    set_hooks_enabled = SetHooksEnabled,
    |app: AppHandle, backend: Backend, args| {
        let report = backend.registry()?.set_hooks_enabled(args).await?;
        let mut owners: Vec<_> = report.switched.iter().map(|k| k.owner).collect();
        owners.sort();
        owners.dedup();
        for owner in owners {
            events::hooks_changed(&app, owner);
        }
        Ok(report)
    }
);

command!(
    /// A partial failure is still an answer (the report names the hooks that failed), so the
    /// event goes whenever at least one hook went.
    delete_hooks = DeleteHooks, |app: AppHandle, backend: Backend, args| {
        let owner = args.owner;
        let report = backend.registry()?.delete_hooks(args).await?;
        if !report.deleted.is_empty() {
            events::hooks_changed(&app, owner);
        }
        Ok(report)
    }
);

command!(
    /// Waits only for the profiles to be opened at start, not for the start-up sign-in.
    list_profiles = ListProfiles, |backend: Backend, args| {
        let NoArgs {} = args;
        Ok(backend.book().await?.list_profiles()?)
    }
);

command!(sign_in = SignIn, |backend: Backend, args| {
    let outcome = backend.book().await?.sign_in(args).await?;
    backend.forget_startup_failure();
    Ok(outcome)
});

command!(
    submit_second_factor = SubmitSecondFactor,
    |backend: Backend, args| {
        let session = backend.book().await?.submit_second_factor(args).await?;
        backend.forget_startup_failure();
        Ok(session)
    }
);

command!(resume_profile = ResumeProfile, |backend: Backend, args| {
    let session = backend
        .book()
        .await?
        .resume_profile(args.profile_id)
        .await?;
    backend.forget_startup_failure();
    Ok(session)
});

command!(sign_out = SignOut, |backend: Backend, args| {
    backend.book().await?.sign_out(args).await?;
    backend.forget_startup_failure();
    Ok(())
});

command!(rename_profile = RenameProfile, |backend: Backend, args| {
    Ok(backend.book().await?.rename_profile(args)?)
});

command!(
    set_admin_address = SetAdminAddress,
    |backend: Backend, args| {
        let profile = backend.book().await?.set_admin_address(args)?;
        Ok(profile)
    }
);

command!(
    /// The address is the active profile's admin, built here: the webview names only the flow.
    open_flow = OpenFlow,
    |app: AppHandle, backend: Backend, args| {
        let address = backend.book().await?.flow_address(args.flow_id)?;
        app.state::<Browser>().open(&address)
    }
);

command!(remove_profile = RemoveProfile, |backend: Backend, args| {
    backend
        .book()
        .await?
        .remove_profile(args.profile_id)
        .await?;
    backend.forget_startup_failure();
    Ok(())
});

command!(
    /// From the cache: answers offline too.
    list_all_hooks = ListAllHooks, |backend: Backend, args| {
        Ok(backend.registry()?.list_all_hooks(&args)?)
    }
);

command!(
    /// From the cache: answers offline too.
    list_all_hooks_choices = ListAllHooksChoices, |backend: Backend, args| {
        let NoArgs {} = args;
        Ok(backend.registry()?.list_all_hooks_choices()?)
    }
);

command!(list_pending = ListPending, |backend: Backend, args| {
    let NoArgs {} = args;
    Ok(backend.registry()?.list_pending()?)
});

command!(list_conflicts = ListConflicts, |backend: Backend, args| {
    let NoArgs {} = args;
    Ok(backend.registry()?.list_conflicts()?)
});

command!(
    /// The conflict's queue or team is read before the choice is applied, so that its views re-read
    /// afterwards (`hooks-changed`); the counts follow as `sync-status`.
    resolve_conflict = ResolveConflict, |app: AppHandle, backend: Backend, args| {
        let owner = backend
            .registry()?
            .list_conflicts()?
            .iter()
            .find(|c| c.change.id == args.change_id)
            .map(|c| c.change.owner);
        backend.sync()?.resolve_conflict(args).await?;
        if let Some(owner) = owner {
            events::hooks_changed(&app, owner);
        }
        Ok(())
    }
);

command!(
    /// Waits for the run (one already going is waited for first); its progress goes out as
    /// `sync-status`, and its end makes every view re-read.
    sync_now = SyncNow, |backend: Backend, args| {
        let NoArgs {} = args;
        let runner = backend.book().await?.sync();
        Ok(runner.sync_now().await)
    }
);

command!(
    /// Waits only for the profiles to be opened at start.
    sync_status = GetSyncStatus, |backend: Backend, args| {
        let NoArgs {} = args;
        Ok(backend.book().await?.sync().status_now())
    }
);

command!(
    /// Start at login as the OS has it now (it may have been changed in the desktop's settings).
    get_settings = GetSettings, |app: AppHandle, args| {
        let NoArgs {} = args;
        Ok(settings::as_the_os_has_them(&app, settings_store(&app)?.get()))
    }
);

command!(
    /// Start at login is applied first: a failure leaves the saved settings as they were. A
    /// failed save undoes it again, so the OS and the file agree.
    update_settings = UpdateSettings, |app: AppHandle, backend: Backend, args| {
        // Kept within what the journal allows (1 day to ten years).
        let args = Settings {
            journal_days: args.journal_days.clamp(1, KEEP_DAYS_MAX),
            ..args
        };
        let store = settings_store(&app)?;
        let before = settings::as_the_os_has_them(&app, store.get());
        let login_changed = before.start_at_login != args.start_at_login;
        if login_changed {
            settings::apply_start_at_login(&app, args.start_at_login)?;
        }
        if let Err(err) = store.save(args) {
            if login_changed {
                // Best effort: the error below already says what to do.
                let _ = settings::apply_start_at_login(&app, before.start_at_login);
            }
            return Err(err);
        }
        tracing::info!(settings = ?args, "settings saved");
        // The tray speaks the language chosen now.
        crate::tray::refresh(&app);
        // A shorter journal takes effect now.
        if let Ok(registry) = backend.registry() {
            registry.set_journal_days(args.journal_days);
            registry.prune_old_journal();
        }
        Ok(store.get())
    }
);

command!(list_pinned = ListPinned, |backend: Backend, args| {
    let NoArgs {} = args;
    Ok(backend.registry()?.list_pinned()?)
});

command!(
    set_pinned = SetPinned,
    |app: AppHandle, backend: Backend, args| {
        let pinned = backend.registry()?.set_pinned(args)?;
        events::pinned_changed(&app, &pinned);
        Ok(pinned)
    }
);

command!(
    /// Never a secret: see `diagnostics`.
    diagnostics = GetDiagnostics, |app: AppHandle, backend: Backend, args| {
        let NoArgs {} = args;
        Ok(Diagnostics {
            text: diagnostics::collect(&app, &backend).await,
        })
    }
);

command!(
    /// The hooks are read from the cache before the Save dialog asks where, so that a failure
    /// is said before the user picks a file.
    export_hooks = ExportHooks, |app: AppHandle, backend: Backend, args| {
        let doc = transfer::export::export(backend.registry()?.as_ref(), &args.source)?;
        let suggested = format!(
            "webitel-hooks-{}.{}",
            doc.exported_at.get(..10).unwrap_or("export"),
            args.format.extension()
        );
        let Some(path) = file_dialogs::save_path(&app, &suggested, args.format).await? else {
            return Ok(None);
        };
        let format = transfer::write_export(&path, &doc)?;
        Ok(Some(ExportOutcome {
            file_name: transfer::file_name(&path),
            format,
            hooks: u32::try_from(doc.hooks.len()).unwrap_or(u32::MAX),
        }))
    }
);

command!(
    /// The Open dialog asks which file; the preview reads the active profile's server (or its
    /// cache offline) and sends nothing.
    preview_import = PreviewImport, |app: AppHandle, backend: Backend, args| {
        let NoArgs {} = args;
        let registry = backend.registry()?;
        let Some(path) = file_dialogs::open_path(&app).await? else {
            return Ok(None);
        };
        let doc = transfer::read_export(&path)?;
        let file = transfer::file_name(&path);
        Ok(Some(transfer::preview_import(&registry, &doc, &file).await?))
    }
);

command!(
    /// The active profile's queues, or another profile's through a registry of its own (its
    /// cache when its server cannot be reached or it has no session without the user).
    list_copy_targets = ListCopyTargets, |backend: Backend, args| {
        Ok(backend.book().await?.copy_targets(args.profile).await?)
    }
);

command!(
    /// Into another profile, the plan reads that profile's server (or its cache) with that
    /// profile's session (`ProfileBook::registry_for`); the active profile's is not touched.
    preview_copy = PreviewCopy, |backend: Backend, args| {
        let book = backend.book().await?;
        let source = backend.registry()?;
        let target = book.registry_for(args.profile).await?;
        let mut preview = transfer::preview_copy(&source, &target, &args).await?;
        if let Some(id) = args.profile.filter(|_| !std::sync::Arc::ptr_eq(&source, &target)) {
            preview.target_name = book.profile(id)?.profile.name;
        }
        Ok(preview)
    }
);

command!(
    /// Progress goes out after each hook (`transfer-progress`); every queue and team a hook
    /// was created in is told once at the end (`hooks-changed`).
    apply_transfer = ApplyTransfer, |app: AppHandle, backend: Backend, args| {
        // A copy into another profile creates with that profile's session, into its cache (or
        // its outbox); the views show the active one's, so they are told nothing.
        let active = backend.registry()?;
        let registry = match args.profile {
            None => active.clone(),
            Some(_) => backend.book().await?.registry_for(args.profile).await?,
        };
        let (report, owners) =
            transfer::apply::apply(&registry, args.kind, &args.creates, |done, total| {
                events::emit::<R, TransferProgressed>(&app, &TransferProgress { done, total });
            })
            .await?;
        if std::sync::Arc::ptr_eq(&active, &registry) {
            for owner in owners {
                events::hooks_changed(&app, owner);
            }
        }
        Ok(report)
    }
);

command!(list_journal = ListJournal, |backend: Backend, args| {
    Ok(backend.registry()?.list_journal(&args)?)
});

command!(
    /// Every queue and team whose hooks the undo changed is told (`hooks-changed`).
    undo_journal = UndoJournal, |app: AppHandle, backend: Backend, args| {
        let report = backend.registry()?.undo(args).await?;
        for owner in &report.owners {
            events::hooks_changed(&app, *owner);
        }
        Ok(report)
    }
);

command!(
    /// The entries are read before the Save dialog asks where, so that a failure is said
    /// before the user picks a file.
    export_journal = ExportJournal, |app: AppHandle, backend: Backend, args| {
        let registry = backend.registry()?;
        let (text, entries) = registry.journal_csv(&args.filter)?;
        let suggested = format!("webitel-hooks-journal-{}.csv", utc_date(clock::now_ms()));
        let Some(path) = file_dialogs::save_journal_path(&app, &suggested).await? else {
            return Ok(JournalExport { path: None, entries: 0 });
        };
        std::fs::write(&path, text).map_err(|e| CoreError::FileNotWritten {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        Ok(JournalExport {
            path: Some(path.display().to_string()),
            entries,
        })
    }
);

fn settings_store<R: Runtime>(app: &AppHandle<R>) -> Result<State<'_, SettingsStore>> {
    app.try_state::<SettingsStore>()
        .ok_or(Error::SettingsNotLoaded)
}
