//! What a query stop offers as the clerk types: reference entries, catalogue items found by
//! the catalogue's own search, or material names (the typed one and the common documents).
use std::sync::OnceLock;

use crate::domain::ItemId;
use crate::domain::application::Field;
use crate::domain::choice::{self, Choice};
use crate::domain::text::clean_input;
use crate::i18n::Localizer;
use crate::service::Desk;
use crate::service::intake::{division_list, ethnic_group_list};

use super::stops::Stop;

/// How many candidates are listed below a query.
pub const SHOWN: usize = 5;

pub use crate::domain::material::COMMON_DOCUMENTS;

/// One entry offered below a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Candidate {
    /// A reference entry by its code.
    Choice(String),
    Service(ItemId),
    /// The material name as typed.
    Typed(String),
    /// A common document, by its message id.
    Document(&'static str),
}

/// The ethnic groups, ready to filter; built once.
pub fn ethnic_groups() -> &'static [Choice] {
    static LIST: OnceLock<Vec<Choice>> = OnceLock::new();
    LIST.get_or_init(|| {
        ethnic_group_list()
            .map(choice::ethnic_group_choices)
            .unwrap_or_default()
    })
}

/// The region's divisions, each county after its league; built once.
pub fn divisions() -> &'static [Choice] {
    static LIST: OnceLock<Vec<Choice>> = OnceLock::new();
    LIST.get_or_init(|| {
        division_list()
            .map(choice::division_choices)
            .unwrap_or_default()
    })
}

/// The list a pick field chooses from.
pub fn list_for(field: Field) -> &'static [Choice] {
    match field {
        Field::ApplicantEthnicity => ethnic_groups(),
        _ => divisions(),
    }
}

/// The entry of `list` with `code`.
pub fn find<'a>(list: &'a [Choice], code: &str) -> Option<&'a Choice> {
    list.iter().find(|c| c.code == code)
}

/// What `stop` offers for `query`; nothing for an empty query except material names.
pub fn offered(stop: Stop, query: &str, desk: &Desk, l10n: &Localizer) -> Vec<Candidate> {
    let blank = query.trim().is_empty();
    match stop {
        Stop::Pick(field) if !blank => choice::filter(list_for(field), query)
            .into_iter()
            .take(SHOWN)
            .map(|c| Candidate::Choice(c.code.clone()))
            .collect(),
        Stop::ServiceSearch if !blank => desk
            .search(query)
            .into_iter()
            .take(SHOWN)
            .map(|hit| Candidate::Service(hit.id))
            .collect(),
        Stop::MaterialAdd(_) => materials(query, l10n),
        _ => Vec::new(),
    }
}

fn materials(query: &str, l10n: &Localizer) -> Vec<Candidate> {
    let typed = clean_input(query).trim().to_string();
    let mut out = Vec::new();
    let documents = COMMON_DOCUMENTS
        .iter()
        .filter(|id| typed.is_empty() || l10n.t(id).contains(typed.as_str()));
    let exact = COMMON_DOCUMENTS.iter().any(|id| l10n.t(id) == typed);
    if !typed.is_empty() && !exact {
        out.push(Candidate::Typed(typed.clone()));
    }
    out.extend(documents.map(|id| Candidate::Document(id)));
    out.truncate(SHOWN);
    out
}
