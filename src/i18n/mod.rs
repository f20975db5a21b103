//! Every user-visible string comes from Fluent bundles for `zh-CN` and `mn-Mong`. Both are built
//! once per process (`Texts`) and shared by every session, which reads them through a cheap
//! `Localizer` view that carries its own language. Also: choosing the locale at start.
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use thiserror::Error;
use unic_langid::LanguageIdentifier;

use crate::domain::FieldKind;
pub mod record;

pub use crate::domain::catalogue::Lang;

/// The `.ftl` files of one locale, embedded at compile time.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Zh => &[
            (
                "zh-CN/common.ftl",
                include_str!("../../locales/zh-CN/common.ftl"),
            ),
            (
                "zh-CN/catalogue.ftl",
                include_str!("../../locales/zh-CN/catalogue.ftl"),
            ),
            ("zh-CN/cli.ftl", include_str!("../../locales/zh-CN/cli.ftl")),
            (
                "zh-CN/config.ftl",
                include_str!("../../locales/zh-CN/config.ftl"),
            ),
            (
                "zh-CN/intake.ftl",
                include_str!("../../locales/zh-CN/intake.ftl"),
            ),
            (
                "zh-CN/records.ftl",
                include_str!("../../locales/zh-CN/records.ftl"),
            ),
            (
                "zh-CN/documents.ftl",
                include_str!("../../locales/zh-CN/documents.ftl"),
            ),
            (
                "zh-CN/form.ftl",
                include_str!("../../locales/zh-CN/form.ftl"),
            ),
            (
                "zh-CN/security.ftl",
                include_str!("../../locales/zh-CN/security.ftl"),
            ),
            (
                "zh-CN/backup.ftl",
                include_str!("../../locales/zh-CN/backup.ftl"),
            ),
            (
                "zh-CN/login.ftl",
                include_str!("../../locales/zh-CN/login.ftl"),
            ),
            (
                "zh-CN/stats.ftl",
                include_str!("../../locales/zh-CN/stats.ftl"),
            ),
        ],
        Lang::Mn => &[
            (
                "mn-Mong/common.ftl",
                include_str!("../../locales/mn-Mong/common.ftl"),
            ),
            (
                "mn-Mong/catalogue.ftl",
                include_str!("../../locales/mn-Mong/catalogue.ftl"),
            ),
            (
                "mn-Mong/cli.ftl",
                include_str!("../../locales/mn-Mong/cli.ftl"),
            ),
            (
                "mn-Mong/config.ftl",
                include_str!("../../locales/mn-Mong/config.ftl"),
            ),
            (
                "mn-Mong/intake.ftl",
                include_str!("../../locales/mn-Mong/intake.ftl"),
            ),
            (
                "mn-Mong/records.ftl",
                include_str!("../../locales/mn-Mong/records.ftl"),
            ),
            (
                "mn-Mong/documents.ftl",
                include_str!("../../locales/mn-Mong/documents.ftl"),
            ),
            (
                "mn-Mong/form.ftl",
                include_str!("../../locales/mn-Mong/form.ftl"),
            ),
            (
                "mn-Mong/security.ftl",
                include_str!("../../locales/mn-Mong/security.ftl"),
            ),
            (
                "mn-Mong/backup.ftl",
                include_str!("../../locales/mn-Mong/backup.ftl"),
            ),
            (
                "mn-Mong/login.ftl",
                include_str!("../../locales/mn-Mong/login.ftl"),
            ),
            (
                "mn-Mong/stats.ftl",
                include_str!("../../locales/mn-Mong/stats.ftl"),
            ),
        ],
    }
}

#[derive(Debug, Error)]
pub enum I18nError {
    #[error("locale file {file} has syntax errors: {detail}")]
    Syntax { file: &'static str, detail: String },
    #[error("locale file {file} defines a message twice: {detail}")]
    Duplicate { file: &'static str, detail: String },
}

/// The concurrent bundle: its formatter cache sits behind a mutex, so one bundle can serve
/// sessions on many threads.
type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Result<Bundle, I18nError> {
    let id: LanguageIdentifier = match lang {
        Lang::Zh => unic_langid::langid!("zh-CN"),
        Lang::Mn => unic_langid::langid!("mn-Mong"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks are invisible control characters that corrupt terminal cells.
    bundle.set_use_isolating(false);
    for (file, text) in sources(lang) {
        let resource =
            FluentResource::try_new(text.to_string()).map_err(|(_, errors)| I18nError::Syntax {
                file,
                detail: format!("{errors:?}"),
            })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Duplicate {
                file,
                detail: format!("{errors:?}"),
            })?;
    }
    Ok(bundle)
}

/// Message arguments: names and values, numbers kept as numbers for Fluent's plural rules.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// Both languages' bundles, parsed once and shared read-only by every session.
pub struct Texts {
    zh: Bundle,
    mn: Bundle,
}

impl Texts {
    pub fn load() -> Result<Texts, I18nError> {
        Ok(Texts {
            zh: bundle(Lang::Zh)?,
            mn: bundle(Lang::Mn)?,
        })
    }

    fn bundle(&self, lang: Lang) -> &Bundle {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Mn => &self.mn,
        }
    }

    /// The message `id` in `lang`, with arguments.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = self.bundle(lang);
        // A missing message shows its id: visible in use, and caught by the locale tests.
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(*s),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        // A missing argument shows as `{$name}`: a defect in the caller, caught in tests.
        debug_assert!(errors.is_empty(), "formatting {id}: {errors:?}");
        text.into_owned()
    }

    /// Whether `id` exists in the bundle of `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }
}

/// The shared texts seen in one language: what a session or a command speaks in. Cloning it
/// is cheap; switching its language touches nothing shared.
#[derive(Clone)]
pub struct Localizer {
    texts: Arc<Texts>,
    lang: Lang,
}

impl Localizer {
    /// Loads the texts afresh; front ends that serve many sessions use `Localizer::shared`.
    pub fn new(lang: Lang) -> Result<Localizer, I18nError> {
        Ok(Localizer::shared(Arc::new(Texts::load()?), lang))
    }

    pub fn shared(texts: Arc<Texts>, lang: Lang) -> Localizer {
        Localizer { texts, lang }
    }

    pub fn texts(&self) -> &Arc<Texts> {
        &self.texts
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The message `id` in the current language.
    pub fn t(&self, id: &str) -> String {
        self.texts.format(self.lang, id, &[])
    }

    /// The message `id` with arguments, in the current language.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.texts.format(self.lang, id, args)
    }

    /// The message `id` in a given language, whatever the current one is.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.texts.format(lang, id, args)
    }

    /// Whether `id` exists in the bundle of `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.texts.has(lang, id)
    }

    /// The message a rule or a choice names, with its variables (a variable that is itself
    /// a message is formatted first).
    pub fn say(&self, named: &dyn crate::domain::MessageId) -> String {
        let values: Vec<(&'static str, String)> = named
            .message_args()
            .into_iter()
            .map(|(name, value)| match value {
                crate::domain::MessageArg::Text(text) => (name, text),
                crate::domain::MessageArg::Message(id) => (name, self.t(id)),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = values
            .iter()
            .map(|(name, value)| (*name, Arg::Str(value)))
            .collect();
        self.t_args(named.message_id(), &args)
    }
}

/// The message id of a catalogue field's label.
pub fn field_label_id(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Recipients => "catalogue-field-recipients",
        FieldKind::Standard => "catalogue-field-standard",
        FieldKind::Funding => "catalogue-field-funding",
        FieldKind::Department => "catalogue-field-department",
        FieldKind::Materials => "catalogue-field-materials",
        FieldKind::TimeLimit => "catalogue-field-time-limit",
        FieldKind::Venue => "catalogue-field-venue",
    }
}

/// The language to start in: `--lang`, then `SERVICE_DESK_LANG` (when it names one), then the
/// configuration file's `lang`, then Chinese.
pub fn choose_lang(flag: Option<Lang>, env: Option<&str>, config: Option<Lang>) -> Lang {
    flag.or_else(|| env.and_then(Lang::parse))
        .or(config)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_locales_load() {
        let l = Localizer::new(Lang::Mn).unwrap();
        assert_eq!(l.lang(), Lang::Mn);
        assert!(l.has(Lang::Zh, "common-app-title"));
        assert!(l.has(Lang::Mn, "common-app-title"));
    }

    #[test]
    fn no_isolation_marks_reach_the_screen() {
        let l = Localizer::new(Lang::Zh).unwrap();
        let s = l.t_args(
            "catalogue-count",
            &[("shown", Arg::Num(3)), ("count", Arg::Num(82))],
        );
        assert!(s.contains("82"), "{s}");
        assert!(
            !s.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
            "{s:?}"
        );
    }

    #[test]
    fn one_set_of_texts_serves_threads_in_different_languages() {
        fn shareable<T: Send + Sync>(_: &T) {}
        let texts = Arc::new(Texts::load().unwrap());
        shareable(&texts);
        let views = [Lang::Zh, Lang::Mn].map(|lang| Localizer::shared(texts.clone(), lang));
        let titles: Vec<String> = std::thread::scope(|scope| {
            let handles: Vec<_> = views
                .iter()
                .map(|l| scope.spawn(move || l.t("common-app-title")))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(titles[0], texts.format(Lang::Zh, "common-app-title", &[]));
        assert_eq!(titles[1], texts.format(Lang::Mn, "common-app-title", &[]));
        assert_ne!(titles[0], titles[1]);
    }

    #[test]
    fn language_choice_follows_flag_then_env_then_config() {
        let config = Some(Lang::Mn);
        assert_eq!(choose_lang(Some(Lang::Mn), Some("zh-CN"), None), Lang::Mn);
        assert_eq!(
            choose_lang(Some(Lang::Zh), Some("mn-Mong"), config),
            Lang::Zh
        );
        assert_eq!(choose_lang(None, Some("mn-Mong"), None), Lang::Mn);
        assert_eq!(choose_lang(None, Some("zh-CN"), config), Lang::Zh);
        assert_eq!(choose_lang(None, Some("klingon"), None), Lang::Zh);
        assert_eq!(choose_lang(None, Some("klingon"), config), Lang::Mn);
        assert_eq!(choose_lang(None, None, config), Lang::Mn);
        assert_eq!(choose_lang(None, None, None), Lang::Zh);
    }
}
