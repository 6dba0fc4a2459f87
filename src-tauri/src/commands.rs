//! The commands the webview may call. Each one is a few lines: call the core, map the error, and
//! after a change tell every view (`hooks-changed` here; `session-changed` follows the profiles'
//! session status, see `events::forward_session_status`). Names, arguments and answers are the model's `Command`
//! contract: a command's function is named after its `Command::NAME` (checked when compiling)
//! and takes one argument, `args`, of type `Command::Args`.

use tauri::ipc::Invoke;
use tauri::{AppHandle, Runtime, State};
use webitel_hooks_model::commands::{
    AppInfo, Command, CreateHook, DeleteHooks, GetAppInfo, GetHook, GetSession, ListHooks,
    ListProfiles, ListQueues, NoArgs, RemoveProfile, RenameProfile, ResumeProfile, SearchFlows,
    SetHookEnabled, SetProfileCa, SignIn, SignOut, SubmitSecondFactor, UpdateHook,
};

use crate::error::Result;
use crate::events;
use crate::state::Backend;

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
/// the body needs (`app: AppHandle`, `backend: Backend`) followed by `args`.
macro_rules! command {
    ($(#[$doc:meta])* $name:ident = $cmd:ty, |$backend:ident: Backend, $args:ident| $body:expr) => {
        check_contract!($name, $cmd, $args);
        $(#[$doc])*
        #[tauri::command]
        pub async fn $name(
            $backend: State<'_, Backend>,
            $args: <$cmd as Command>::Args,
        ) -> Result<<$cmd as Command>::Output> {
            $body
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
            $body
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
            $body
        }
    };
}

/// The invoke handler: every command above. `tests::every_model_command_is_registered` checks
/// this list against the model's `ALL_NAMES`.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        session_info,
        list_queues,
        list_hooks,
        get_hook,
        search_flows,
        create_hook,
        update_hook,
        set_hook_enabled,
        delete_hooks,
        list_profiles,
        sign_in,
        submit_second_factor,
        resume_profile,
        sign_out,
        rename_profile,
        set_profile_ca,
        remove_profile,
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
        })
    }
);

command!(
    /// Waits for the sign-in made at start; see `Backend::session_info`.
    session_info = GetSession, |backend: Backend, args| {
        let NoArgs {} = args;
        Ok(backend.session_info().await?)
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

command!(search_flows = SearchFlows, |backend: Backend, args| {
    Ok(backend.registry()?.search_flows(args).await?)
});

command!(
    create_hook = CreateHook,
    |app: AppHandle, backend: Backend, args| {
        let queue_id = args.queue_id;
        let hook = backend.registry()?.create_hook(args).await?;
        events::hooks_changed(&app, queue_id);
        Ok(hook)
    }
);

command!(
    update_hook = UpdateHook,
    |app: AppHandle, backend: Backend, args| {
        let queue_id = args.queue_id;
        let hook = backend.registry()?.update_hook(args).await?;
        events::hooks_changed(&app, queue_id);
        Ok(hook)
    }
);

command!(
    set_hook_enabled = SetHookEnabled,
    |app: AppHandle, backend: Backend, args| {
        let queue_id = args.queue_id;
        let hook = backend.registry()?.set_hook_enabled(args).await?;
        events::hooks_changed(&app, queue_id);
        Ok(hook)
    }
);

command!(
    /// A partial failure is still an answer (the report names the hooks that failed), so the
    /// event goes whenever at least one hook went.
    delete_hooks = DeleteHooks, |app: AppHandle, backend: Backend, args| {
        let queue_id = args.queue_id;
        let report = backend.registry()?.delete_hooks(args).await?;
        if !report.deleted.is_empty() {
            events::hooks_changed(&app, queue_id);
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

command!(set_profile_ca = SetProfileCa, |backend: Backend, args| {
    Ok(backend.book().await?.set_profile_ca(args)?)
});

command!(remove_profile = RemoveProfile, |backend: Backend, args| {
    backend
        .book()
        .await?
        .remove_profile(args.profile_id)
        .await?;
    backend.forget_startup_failure();
    Ok(())
});
