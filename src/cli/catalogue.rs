//! `service-desk catalogue list|search|show`, and `history|export|import` for keeping it
//! current.
use std::io::Write;

use super::error::CliError;
use super::output::{item_json, write_json, write_record, write_table};
use super::{CatalogueCommand, Format, Start};
use crate::domain::search::{QueryError, Tier, clean_query};
use crate::domain::text::clean_input;
use crate::domain::{CatalogueItem, DomainCode, ItemId};
use crate::i18n::Localizer;
use crate::service::Desk;

mod history;
mod revisions;
mod transfer;

pub fn run(
    start: &Start,
    desk: &Desk,
    cmd: CatalogueCommand,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let l10n = &start.l10n;
    let written = match cmd {
        CatalogueCommand::List { domain, format } => {
            list(desk, l10n, domain.as_deref(), format, out)?
        }
        CatalogueCommand::Search { query, format } => search(desk, l10n, &query, format, out)?,
        CatalogueCommand::Show { id, format } => show(desk, l10n, &id, format, out)?,
        CatalogueCommand::History { id, format } => {
            history::history(desk, l10n, id.as_deref(), format, out)?
        }
        CatalogueCommand::Export { file } => transfer::export(desk, l10n, &file, out)?,
        CatalogueCommand::Import {
            file,
            yes,
            source,
            effective,
            login,
        } => {
            let import = transfer::Import {
                file,
                yes,
                source,
                effective,
                login,
            };
            transfer::import(start, desk, &import, out)?
        }
    };
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

type Written = std::io::Result<()>;

fn list(
    desk: &Desk,
    l10n: &Localizer,
    domain: Option<&str>,
    format: Format,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let domain = match domain {
        None => None,
        Some(raw) => {
            Some(DomainCode::parse(raw).ok_or_else(|| CliError::UnknownDomain(clean_input(raw)))?)
        }
    };
    let items: Vec<_> = desk.list(domain).into_iter().map(|i| (i, None)).collect();
    Ok(write_items(desk, l10n, &items, format, out))
}

fn search(
    desk: &Desk,
    l10n: &Localizer,
    raw: &str,
    format: Format,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let query = clean_query(raw).map_err(|e| match e {
        QueryError::Empty => CliError::EmptyQuery,
        QueryError::TooLong => CliError::QueryTooLong,
    })?;
    let hits = desk.search(&query);
    let found: Vec<_> = hits
        .iter()
        .filter_map(|h| desk.item(h.id).map(|i| (i, Some(h.tier))))
        .collect();
    Ok(write_items(desk, l10n, &found, format, out))
}

/// Items as a JSON array (with how each matched, for a search) or as a table.
fn write_items(
    desk: &Desk,
    l10n: &Localizer,
    items: &[(&CatalogueItem, Option<Tier>)],
    format: Format,
    out: &mut dyn Write,
) -> Written {
    match format {
        Format::Json => {
            let json: Vec<_> = items.iter().map(|(i, t)| item_json(i, *t)).collect();
            write_json(out, &json)
        }
        Format::Table if items.is_empty() => writeln!(out, "{}", l10n.t("catalogue-no-results")),
        Format::Table => {
            let plain: Vec<_> = items.iter().map(|(i, _)| *i).collect();
            write_table(out, desk.catalogue(), &plain, l10n)
        }
    }
}

fn show(
    desk: &Desk,
    l10n: &Localizer,
    raw: &str,
    format: Format,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let unknown = || CliError::UnknownId(clean_input(raw));
    let id = ItemId::parse(raw).map_err(|_| unknown())?;
    let item = desk.item(id).ok_or_else(unknown)?;
    Ok(match format {
        Format::Json => write_json(out, &item_json(item, None)),
        Format::Table => write_record(out, desk.catalogue(), item, l10n),
    })
}
