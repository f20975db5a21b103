//! The record codec: every stored value is one format-version byte followed by bincode
//! (standard config). Decoding anything unknown or damaged is an error, never a panic.
use serde::{Serialize, de::DeserializeOwned};
use thiserror::Error;

/// The format byte written in front of every value this build stores.
pub const RECORD_FORMAT: u8 = 1;

/// Largest value the decoder will allocate for: a damaged length prefix cannot exhaust memory.
const DECODE_LIMIT: usize = 1 << 20;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CodecError {
    #[error("empty value")]
    Empty,
    #[error("value written in record format {0}, which this version does not know")]
    UnknownFormat(u8),
    #[error("damaged value: {0}")]
    Damaged(String),
}

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<DECODE_LIMIT>()
}

/// Encodes `value` behind the current format byte.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, CodecError> {
    let mut out = vec![RECORD_FORMAT];
    bincode::serde::encode_into_std_write(value, &mut out, config())
        .map_err(|e| CodecError::Damaged(e.to_string()))?;
    Ok(out)
}

/// Decodes a value written by [`encode`]; every byte must be used.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    let (&format, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if format != RECORD_FORMAT {
        return Err(CodecError::UnknownFormat(format));
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
    use crate::domain::{CatalogueItem, ItemId, Text};
    use proptest::prelude::*;

    fn sample() -> CatalogueItem {
        CatalogueItem::new(
            ItemId::parse("SOC-01").unwrap(),
            Text::new("最低生活保障", "ᠠᠮᠢᠳᠤᠷᠠᠯ\u{202F}ᠤᠨ ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ"),
        )
    }

    #[test]
    fn round_trips_with_the_format_byte_first() {
        let bytes = encode(&sample()).unwrap();
        assert_eq!(bytes[0], RECORD_FORMAT);
        assert_eq!(decode::<CatalogueItem>(&bytes).unwrap(), sample());
    }

    #[test]
    fn unknown_formats_and_damage_are_errors() {
        let mut bytes = encode(&sample()).unwrap();
        assert_eq!(decode::<CatalogueItem>(&[]), Err(CodecError::Empty));
        bytes[0] = 9;
        assert_eq!(
            decode::<CatalogueItem>(&bytes),
            Err(CodecError::UnknownFormat(9))
        );
        bytes[0] = RECORD_FORMAT;
        bytes.truncate(bytes.len() - 3);
        assert!(matches!(
            decode::<CatalogueItem>(&bytes),
            Err(CodecError::Damaged(_))
        ));
        let mut long = encode(&sample()).unwrap();
        long.push(0);
        assert!(matches!(
            decode::<CatalogueItem>(&long),
            Err(CodecError::Damaged(_))
        ));
    }

    #[test]
    fn a_huge_length_prefix_is_refused_not_allocated() {
        // Format byte, the id's two enum bytes, then a varint length of u64::MAX (marker 253
        // and eight bytes) for the first string: the decoder must refuse it at the limit.
        let mut bytes = vec![RECORD_FORMAT, 0, 0, 253];
        bytes.extend([0xFF; 8]);
        let err = decode::<CatalogueItem>(&bytes).unwrap_err();
        assert!(
            matches!(&err, CodecError::Damaged(m) if m.contains("Limit")),
            "{err:?}"
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = decode::<CatalogueItem>(&bytes);
        }
    }
}
