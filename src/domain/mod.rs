//! Pure types and rules: the catalogue, its seeds, search, and text hygiene. No I/O here.

pub mod catalogue;
pub mod reference;
pub mod romanize;
pub mod search;
pub mod seed;
pub mod text;

pub use catalogue::{
    Aliases, Catalogue, CatalogueItem, Domain, DomainCode, Field, FieldKind, ItemId, Lang, Text,
};
