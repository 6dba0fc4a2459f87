//! The languages the app speaks: the nine of Webitel's own admin (webitel/client
//! `src/app/locale/`), each with its catalog under `src-tauri/i18n/locales/<code>/`.

use serde::{Deserialize, Serialize};

/// One language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Es,
    Kk,
    Pl,
    Ro,
    Ru,
    Uk,
    Uz,
    Vi,
}

impl Language {
    /// Every language, in the order Settings offers them.
    pub const ALL: [Language; 9] = [
        Language::En,
        Language::Es,
        Language::Kk,
        Language::Pl,
        Language::Ro,
        Language::Ru,
        Language::Uk,
        Language::Uz,
        Language::Vi,
    ];

    /// The ISO 639-1 code: the catalog's folder, the BCP 47 tag for plural rules and dates.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Kk => "kk",
            Language::Pl => "pl",
            Language::Ro => "ro",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::Uz => "uz",
            Language::Vi => "vi",
        }
    }

    /// The language's name in itself, as a language picker shows it whatever the app's
    /// language is (so a user who picked one they cannot read finds their own).
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Kk => "Қазақ тілі",
            Language::Pl => "Polski",
            Language::Ro => "Română",
            Language::Ru => "Русский",
            Language::Uk => "Українська",
            Language::Uz => "Oʻzbekcha",
            Language::Vi => "Tiếng Việt",
        }
    }

    /// The language of an OS locale name (`ru_RU.UTF-8`, `uk-UA`, `vi`, `C`), if the app
    /// speaks it. Only the language part counts; `ua` and `kz` (country codes some systems
    /// and Webitel's own folders use for Ukrainian and Kazakh) are taken too.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            "kk" | "kz" => Some(Language::Kk),
            "pl" => Some(Language::Pl),
            "ro" => Some(Language::Ro),
            "ru" => Some(Language::Ru),
            "uk" | "ua" => Some(Language::Uk),
            "uz" => Some(Language::Uz),
            "vi" => Some(Language::Vi),
            _ => None,
        }
    }

    /// The language from a code as [`Language::code`] writes it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locale_names_give_their_language() {
        for (locale, want) in [
            ("ru_RU.UTF-8", Some(Language::Ru)),
            ("uk-UA", Some(Language::Uk)),
            ("kk_KZ.UTF-8@latin", Some(Language::Kk)),
            ("vi", Some(Language::Vi)),
            ("pt_BR.UTF-8", None),
            ("C", None),
            ("", None),
        ] {
            assert_eq!(Language::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn codes_go_both_ways() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.code()));
        }
    }
}
