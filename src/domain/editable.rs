//! The fields of a catalogue item a supervisor may edit, in one list: each field's key and how
//! it is read from and written to an item. A field the item gains is one line in [`EDITABLE`].
use serde::{Deserialize, Serialize};

use super::catalogue::{Aliases, CatalogueItem, Field, Text};

/// A field's content as edited: its text in both languages and the source it cites (empty
/// for a field the item keeps without a source, such as the name).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldValue {
    pub text: Text,
    pub source: String,
}

/// What a field holds, which decides what an edit must give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One text per language, no source kept in the item (the name).
    Plain,
    /// Everyday names: a list per language, edited as one line joined by [`LIST_SEPARATOR`];
    /// either language may be empty.
    List,
    /// A text per language and the source it comes from.
    Cited,
}

/// How the everyday names of one language are joined into one editable line.
pub const LIST_SEPARATOR: &str = "; ";

/// One editable field: its key (as in the seeds), its shape, and its getter and setter.
pub struct Editable {
    pub key: &'static str,
    /// The message id of the field's label.
    pub label: &'static str,
    pub shape: Shape,
    /// The field's content on `item`; `None` when the item does not give it.
    pub get: fn(&CatalogueItem) -> Option<FieldValue>,
    /// Writes `value` into the item, keeping whatever else the field carries.
    pub set: fn(&mut CatalogueItem, FieldValue),
}

/// Fields are told apart by their key.
impl PartialEq for Editable {
    fn eq(&self, other: &Editable) -> bool {
        self.key == other.key
    }
}

impl Eq for Editable {}

impl std::fmt::Debug for Editable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)
    }
}

/// Every editable field, in the order the detail pane shows them.
pub const EDITABLE: &[Editable] = &[
    Editable {
        key: "name",
        label: "catalogue-field-name",
        shape: Shape::Plain,
        get: |i| Some(plain(&i.name)),
        set: |i, v| i.name = v.text,
    },
    Editable {
        key: "aliases",
        label: "catalogue-field-aliases",
        shape: Shape::List,
        get: |i| Some(joined(&i.aliases)),
        set: |i, v| i.aliases = split(&v.text),
    },
    Editable {
        key: "recipients",
        label: "catalogue-field-recipients",
        shape: Shape::Cited,
        get: |i| cite(&i.recipients),
        set: |i, v| put(&mut i.recipients, v),
    },
    Editable {
        key: "standard",
        label: "catalogue-field-standard",
        shape: Shape::Cited,
        get: |i| cite(&i.standard),
        set: |i, v| put(&mut i.standard, v),
    },
    Editable {
        key: "funding",
        label: "catalogue-field-funding",
        shape: Shape::Cited,
        get: |i| cite(&i.funding),
        set: |i, v| put(&mut i.funding, v),
    },
    Editable {
        key: "department",
        label: "catalogue-field-department",
        shape: Shape::Cited,
        get: |i| cite(&i.department),
        set: |i, v| put(&mut i.department, v),
    },
    Editable {
        key: "materials",
        label: "catalogue-field-materials",
        shape: Shape::Cited,
        get: |i| cite(&i.materials),
        set: |i, v| put(&mut i.materials, v),
    },
    Editable {
        key: "time_limit",
        label: "catalogue-field-time-limit",
        shape: Shape::Cited,
        get: |i| cite(&i.time_limit),
        set: |i, v| put(&mut i.time_limit, v),
    },
    Editable {
        key: "venue",
        label: "catalogue-field-venue",
        shape: Shape::Cited,
        get: |i| cite(&i.venue),
        set: |i, v| put(&mut i.venue, v),
    },
];

/// The editable field with this key.
pub fn editable(key: &str) -> Option<&'static Editable> {
    EDITABLE.iter().find(|f| f.key == key)
}

fn plain(text: &Text) -> FieldValue {
    FieldValue {
        text: text.clone(),
        source: String::new(),
    }
}

fn cite(field: &Option<Field>) -> Option<FieldValue> {
    field.as_ref().map(|f| FieldValue {
        text: f.text.clone(),
        source: f.source.clone(),
    })
}

/// Writes text and source into the field. The edition stated belongs to the source: it is
/// kept when the source stays (a wording or translation fix) and dropped when the source
/// changes, since the revision's own effective date then says from when the text holds.
fn put(slot: &mut Option<Field>, value: FieldValue) {
    match slot {
        Some(field) => {
            if field.source != value.source {
                field.edition = None;
            }
            field.text = value.text;
            field.source = value.source;
        }
        None => {
            *slot = Some(Field {
                text: value.text,
                source: value.source,
                edition: None,
            })
        }
    }
}

fn joined(aliases: &Aliases) -> FieldValue {
    plain(&Text::new(
        aliases.zh.join(LIST_SEPARATOR),
        aliases.mn.join(LIST_SEPARATOR),
    ))
}

/// One line of everyday names split at `;` (or the full-width `；`), blanks dropped.
pub fn split_list(line: &str) -> Vec<String> {
    line.split([';', '；'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

fn split(text: &Text) -> Aliases {
    Aliases {
        zh: split_list(&text.zh),
        mn: split_list(&text.mn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seed;

    #[test]
    fn every_field_reads_back_what_was_written() {
        let mut item = seed::embedded().unwrap().catalogue.items[0].clone();
        for field in EDITABLE {
            let value = FieldValue {
                text: Text::new(format!("{}甲", field.key), format!("ᠠ{}", field.key)),
                source: if field.shape == Shape::Cited {
                    "出处".into()
                } else {
                    String::new()
                },
            };
            (field.set)(&mut item, value.clone());
            assert_eq!((field.get)(&item), Some(value), "{}", field.key);
        }
    }

    #[test]
    fn every_cited_field_of_the_item_is_editable_once() {
        use crate::domain::FieldKind;
        for kind in FieldKind::ALL {
            assert_eq!(
                EDITABLE.iter().filter(|f| f.key == kind.key()).count(),
                1,
                "{kind:?}"
            );
        }
        let mut keys: Vec<_> = EDITABLE.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), EDITABLE.len());
    }

    #[test]
    fn everyday_names_split_at_either_semicolon() {
        assert_eq!(
            split_list(" 低保；最低生活保障 ;; "),
            ["低保", "最低生活保障"]
        );
        assert!(split_list("").is_empty());
    }
}
