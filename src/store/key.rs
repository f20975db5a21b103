//! Keys that sort the way they are read: big-endian integers and escaped, terminated strings,
//! so that byte order in sled is the order of the values and a prefix scan finds exactly the
//! entries of one value.
use std::fmt;

/// An order-preserving key built part by part. Comparing two keys built from the same parts
/// in the same order compares the parts in turn.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(Vec<u8>);

/// Ends a string part: below every escaped byte, so "ab" sorts before "abc".
const STRING_END: [u8; 2] = [0x00, 0x01];
/// Stands for a zero byte inside a string part: above the terminator.
const ESCAPED_ZERO: [u8; 2] = [0x00, 0xFF];

impl Key {
    pub fn new() -> Key {
        Key(Vec::new())
    }

    pub fn u8(mut self, value: u8) -> Key {
        self.0.push(value);
        self
    }

    pub fn u16(mut self, value: u16) -> Key {
        self.0.extend(value.to_be_bytes());
        self
    }

    pub fn u32(mut self, value: u32) -> Key {
        self.0.extend(value.to_be_bytes());
        self
    }

    pub fn u64(mut self, value: u64) -> Key {
        self.0.extend(value.to_be_bytes());
        self
    }

    /// Signed values with the sign bit flipped, so negatives sort before positives.
    pub fn i64(self, value: i64) -> Key {
        self.u64((value as u64) ^ (1 << 63))
    }

    /// A string of any length, zero bytes included, terminated so that it sorts as text does
    /// byte by byte and no string is a key prefix of another.
    pub fn str(mut self, value: &str) -> Key {
        for &byte in value.as_bytes() {
            if byte == 0 {
                self.0.extend(ESCAPED_ZERO);
            } else {
                self.0.push(byte);
            }
        }
        self.0.extend(STRING_END);
        self
    }

    /// Appends another key's bytes: an index entry is its index key followed by the primary key.
    pub fn then(mut self, rest: &Key) -> Key {
        self.0.extend_from_slice(&rest.0);
        self
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A key read back from the store.
    pub fn from_bytes(bytes: &[u8]) -> Key {
        Key(bytes.to_vec())
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key(")?;
        for byte in &self.0 {
            write!(f, "{byte:02x}")?;
        }
        write!(f, ")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(n: u32, s: &str, m: i64) -> Key {
        Key::new().u32(n).str(s).i64(m)
    }

    #[test]
    fn integers_are_big_endian() {
        assert_eq!(Key::new().u32(0x0102_0304).as_bytes(), [1, 2, 3, 4]);
        assert!(Key::new().u64(256) > Key::new().u64(255));
        assert!(Key::new().i64(-1) < Key::new().i64(0));
        assert!(Key::new().i64(i64::MIN) < Key::new().i64(i64::MAX));
    }

    #[test]
    fn strings_are_length_aware() {
        assert!(Key::new().str("ab") < Key::new().str("abc"));
        assert!(Key::new().str("a").u8(0xFF) < Key::new().str("ab").u8(0));
        assert!(Key::new().str("a\0") > Key::new().str("a"));
        let prefix = Key::new().str("150102");
        let longer = Key::new().str("1501021");
        assert!(!longer.as_bytes().starts_with(prefix.as_bytes()));
    }

    proptest! {
        #[test]
        fn keys_sort_as_their_parts(
            a in (any::<u32>(), any::<String>(), any::<i64>()),
            b in (any::<u32>(), any::<String>(), any::<i64>()),
        ) {
            let want = (a.0, a.1.as_bytes(), a.2).cmp(&(b.0, b.1.as_bytes(), b.2));
            prop_assert_eq!(key(a.0, &a.1, a.2).cmp(&key(b.0, &b.1, b.2)), want);
        }

        #[test]
        fn short_strings_with_zero_bytes_sort_as_bytes(
            a in "[\\x00ab]{0,4}", b in "[\\x00ab]{0,4}"
        ) {
            prop_assert_eq!(Key::new().str(&a).cmp(&Key::new().str(&b)), a.as_bytes().cmp(b.as_bytes()));
        }
    }
}
