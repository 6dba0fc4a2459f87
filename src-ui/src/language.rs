//! The window's language: read before the first render (the choice kept in Settings, else the
//! OS's), and changed from Settings. A change renders the whole window anew in the new
//! language (the app below is keyed by it: every component reads its words again), and opens
//! Settings again where the change was made.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{AppInfo, GetAppInfo, GetSettings, NoArgs};
use webitel_hooks_model::{AppError, Language};
use yew::prelude::*;

use crate::app::App;
use crate::{i18n, ipc};

/// What the window knows of its language, given to every component that asks.
#[derive(Clone)]
pub struct LanguageSwitch {
    /// The language the window speaks.
    pub language: Language,
    /// The OS's language, which "Same as the system" means.
    pub system: Language,
    /// Settings chose a language (`None`: the system's): the window renders in it.
    pub chosen: Callback<Option<Language>>,
    /// Set by a change from Settings, taken by the profile menu once the window is rendered
    /// anew: Settings opens again.
    pub reopen_settings: Rc<Cell<bool>>,
}

impl PartialEq for LanguageSwitch {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
            && self.system == other.system
            && self.chosen == other.chosen
            && Rc::ptr_eq(&self.reopen_settings, &other.reopen_settings)
    }
}

/// `<html lang>` follows the language, for the webview's fonts, hyphenation and screen readers.
fn mark_document(language: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language.code());
    }
}

#[component]
pub fn Root() -> Html {
    // (the window's language, the OS's), once read.
    let languages = use_state(|| None::<(Language, Language)>);
    // The app's name and version (or why they could not be read), for the footer.
    let info = use_state(|| None::<Rc<Result<AppInfo, AppError>>>);
    let reopen_settings = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let languages = languages.clone();
        let info = info.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // A failure of either leaves the OS's language or English, never a blank window.
                let read = ipc::invoke::<GetAppInfo>(&NoArgs {}).await;
                let settings = ipc::invoke::<GetSettings>(&NoArgs {}).await;
                let system = read.as_ref().map(|i| i.system_language).unwrap_or_default();
                let chosen = settings.ok().and_then(|s| s.language);
                info.set(Some(Rc::new(read)));
                languages.set(Some((chosen.unwrap_or(system), system)));
            });
        });
    }
    let (Some((language, system)), Some(info)) = (*languages, (*info).clone()) else {
        return html! {};
    };
    i18n::set_language(language);
    mark_document(language);
    let chosen = {
        let languages = languages.clone();
        let reopen_settings = (*reopen_settings).clone();
        Callback::from(move |chosen: Option<Language>| {
            let next = chosen.unwrap_or(system);
            // Only a new language renders the window anew; the flag is taken by that render.
            if next != language {
                reopen_settings.set(true);
                languages.set(Some((next, system)));
            }
        })
    };
    let switch = LanguageSwitch {
        language,
        system,
        chosen,
        reopen_settings: (*reopen_settings).clone(),
    };
    html! {
        <ContextProvider<LanguageSwitch> context={switch}>
            <App key={language.code()} {info} />
        </ContextProvider<LanguageSwitch>>
    }
}
