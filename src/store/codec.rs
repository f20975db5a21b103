//! The record codec: every stored value is its record type's format byte followed by bincode
//! (standard config). Encoding refuses a value over the cap; decoding anything unknown or
//! damaged is an error, never a panic.
use bincode::enc::write::Writer;
use bincode::error::EncodeError;
use serde::{Serialize, de::DeserializeOwned};
use thiserror::Error;

/// Format bytes, one per record type. A type whose shape changes gets a new byte, so an older
/// binary recognises a value it cannot read instead of misreading it.
pub mod format {
    /// Small values in `meta`: schema version, seed revision and hash, write generation.
    pub const META: u8 = 1;
    pub const CATALOGUE_ITEM: u8 = 2;
    pub const CATALOGUE_DOMAIN: u8 = 3;
    pub const INTAKE: u8 = 4;
    pub const RECEIPT_COUNTER: u8 = 5;
    pub const DRAFT: u8 = 6;
    pub const OPERATOR: u8 = 7;
    pub const LOGIN_FAILURES: u8 = 8;
    pub const AUDIT_ENTRY: u8 = 9;
    /// An intake whose people are one sealed value (format 4 is the plain shape before it).
    pub const INTAKE_SEALED: u8 = 10;
    /// The private part of an intake, as sealed inside an [`INTAKE_SEALED`] record.
    pub const INTAKE_PRIVATE: u8 = 11;
    /// A draft whose form may be sealed (format 6 is the plain-only shape before it).
    pub const DRAFT_SEALED: u8 = 12;
    /// A supervisor's revision of one field of a catalogue item.
    pub const CATALOGUE_REVISION: u8 = 14;
    /// An intake followed after its receipt: history entries that say what happened (a
    /// status move, a material supplied, the rating), its notes sealed, the rating and the
    /// completion time, and the keys of the partial lookups (format 10 is the shape before).
    pub const INTAKE_FOLLOWED: u8 = 13;
}

/// Largest encoded value, format byte included.
///
/// sled 0.34.7 moves a whole log message to its own file under `blobs/` once the message is
/// larger than `segment_size / 4 - 20` bytes: 131,052 with the default 512 KiB segments
/// (`pagecache/logger.rs`, `reserve_inner`). The message is a page, not a value: a leaf holds
/// up to 17 entries before it splits (`node.rs`, `should_split`), and up to 20 right after
/// taking in a sibling of fewer than 4 (`should_merge`). 20 × (6,144 + 256 + framing) stays
/// under 131,052, so no page of capped values reaches `blobs/`; a test holds sled to it.
pub const MAX_VALUE_BYTES: usize = 6 * 1024;

/// Largest key, primary or index; see [`MAX_VALUE_BYTES`] for why keys are capped too.
pub const MAX_KEY_BYTES: usize = 256;

/// Largest value the decoder will allocate for: a damaged length prefix cannot exhaust memory.
/// Larger than the encode cap so that a later version may raise the cap.
const DECODE_LIMIT: usize = 1 << 20;

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CodecError {
    #[error("empty value")]
    Empty,
    #[error("value in format {found}, expected format {expected}")]
    UnknownFormat { found: u8, expected: u8 },
    #[error("damaged value: {0}")]
    Damaged(String),
    #[error("value of {size} bytes is over the limit of {max}")]
    TooLarge { size: usize, max: usize },
    #[error("value cannot be encoded: {0}")]
    Unencodable(String),
}

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<DECODE_LIMIT>()
}

/// Collects output up to a cap and counts the rest, so an oversize value is measured without
/// being held in memory.
struct CappedWriter {
    out: Vec<u8>,
    max: usize,
    total: usize,
}

impl Writer for CappedWriter {
    fn write(&mut self, bytes: &[u8]) -> Result<(), EncodeError> {
        self.total = self.total.saturating_add(bytes.len());
        if self.total <= self.max {
            self.out.extend_from_slice(bytes);
        }
        Ok(())
    }
}

/// Encodes `value` behind `format`; a value over [`MAX_VALUE_BYTES`] is refused here, before
/// anything is stored.
pub fn encode<T: Serialize>(format: u8, value: &T) -> Result<Vec<u8>, CodecError> {
    let mut writer = CappedWriter {
        out: vec![format],
        max: MAX_VALUE_BYTES,
        total: 1,
    };
    bincode::serde::encode_into_writer(value, &mut writer, config())
        .map_err(|e| CodecError::Unencodable(e.to_string()))?;
    if writer.total > MAX_VALUE_BYTES {
        return Err(CodecError::TooLarge {
            size: writer.total,
            max: MAX_VALUE_BYTES,
        });
    }
    Ok(writer.out)
}

/// Decodes a value written by [`encode`] with the same `format`; every byte must be used.
pub fn decode<T: DeserializeOwned>(format: u8, bytes: &[u8]) -> Result<T, CodecError> {
    let (&found, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if found != format {
        return Err(CodecError::UnknownFormat {
            found,
            expected: format,
        });
    }
    let (value, used) = bincode::serde::decode_from_slice(body, config())
        .map_err(|e| CodecError::Damaged(e.to_string()))?;
    if used != body.len() {
        return Err(CodecError::Damaged(format!(
            "{} trailing bytes",
            body.len() - used
        )));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CatalogueItem, ItemId, Text, seed};
    use proptest::prelude::*;

    const F: u8 = format::CATALOGUE_ITEM;

    fn sample() -> CatalogueItem {
        CatalogueItem::new(
            ItemId::parse("SOC-01").unwrap(),
            Text::new("最低生活保障", "ᠠᠮᠢᠳᠤᠷᠠᠯ\u{202F}ᠤᠨ ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ"),
        )
    }

    #[test]
    fn round_trips_with_the_format_byte_first() {
        let bytes = encode(F, &sample()).unwrap();
        assert_eq!(bytes[0], F);
        assert_eq!(decode::<CatalogueItem>(F, &bytes).unwrap(), sample());
    }

    #[test]
    fn every_seed_item_fits_under_the_cap() {
        for item in seed::embedded().unwrap().catalogue.items {
            let bytes = encode(F, &item).unwrap();
            assert_eq!(decode::<CatalogueItem>(F, &bytes).unwrap(), item);
        }
    }

    #[test]
    fn another_record_types_value_is_not_read_as_this_one() {
        let bytes = encode(format::CATALOGUE_DOMAIN, &sample()).unwrap();
        assert_eq!(
            decode::<CatalogueItem>(F, &bytes),
            Err(CodecError::UnknownFormat {
                found: format::CATALOGUE_DOMAIN,
                expected: F
            })
        );
    }

    #[test]
    fn unknown_formats_and_damage_are_errors() {
        let mut bytes = encode(F, &sample()).unwrap();
        assert_eq!(decode::<CatalogueItem>(F, &[]), Err(CodecError::Empty));
        bytes[0] = 9;
        assert!(matches!(
            decode::<CatalogueItem>(F, &bytes),
            Err(CodecError::UnknownFormat { found: 9, .. })
        ));
        bytes[0] = F;
        bytes.truncate(bytes.len() - 3);
        assert!(matches!(
            decode::<CatalogueItem>(F, &bytes),
            Err(CodecError::Damaged(_))
        ));
        let mut long = encode(F, &sample()).unwrap();
        long.push(0);
        assert!(matches!(
            decode::<CatalogueItem>(F, &long),
            Err(CodecError::Damaged(_))
        ));
    }

    #[test]
    fn an_oversize_value_is_refused_when_encoding() {
        let mut item = sample();
        item.name.zh = "字".repeat(400_000);
        let refused = encode(F, &item);
        assert!(
            matches!(refused, Err(CodecError::TooLarge { size, max })
                if size > 1_200_000 && max == MAX_VALUE_BYTES),
            "{refused:?}"
        );
        let just_fits = "a".repeat(MAX_VALUE_BYTES - 1 - 3);
        assert_eq!(
            encode(format::META, &just_fits).unwrap().len(),
            MAX_VALUE_BYTES
        );
        let one_over = "a".repeat(MAX_VALUE_BYTES - 1 - 3 + 1);
        assert!(matches!(
            encode(format::META, &one_over),
            Err(CodecError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_huge_length_prefix_is_refused_not_allocated() {
        // Format byte, the id's two enum bytes, then a varint length of u64::MAX (marker 253
        // and eight bytes) for the first string: the decoder must refuse it at the limit.
        let mut bytes = vec![F, 0, 0, 253];
        bytes.extend([0xFF; 8]);
        let err = decode::<CatalogueItem>(F, &bytes).unwrap_err();
        assert!(
            matches!(&err, CodecError::Damaged(m) if m.contains("Limit")),
            "{err:?}"
        );
    }

    fn seed_encoding(which: usize) -> Vec<u8> {
        static ALL: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
        let all = ALL.get_or_init(|| {
            let items = seed::embedded().unwrap().catalogue.items;
            items.iter().map(|i| encode(F, i).unwrap()).collect()
        });
        all[which % all.len()].clone()
    }

    proptest! {
        #[test]
        fn bodies_behind_the_right_format_byte_never_panic(
            body in proptest::collection::vec(any::<u8>(), 0..512)
        ) {
            let mut bytes = vec![F];
            bytes.extend(body);
            let _ = decode::<CatalogueItem>(F, &bytes);
        }

        #[test]
        fn flipped_bytes_in_valid_values_never_panic(
            which in 0usize..82,
            flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..4)
        ) {
            let mut bytes = seed_encoding(which);
            for (at, mask) in flips {
                let at = 1 + at.index(bytes.len() - 1);
                bytes[at] ^= mask;
            }
            let _ = decode::<CatalogueItem>(F, &bytes);
        }

        #[test]
        fn cut_values_are_always_refused(which in 0usize..82, cut in any::<prop::sample::Index>()) {
            let bytes = seed_encoding(which);
            let keep = cut.index(bytes.len());
            prop_assert!(decode::<CatalogueItem>(F, &bytes[..keep]).is_err());
        }
    }
}
