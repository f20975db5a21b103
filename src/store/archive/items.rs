//! What a chunk holds once opened: the store's trees, each named once and followed by its
//! keys and values as sled holds them. An item is `1 ++ name length (u32 LE) ++ name` (a
//! tree begins) or `2 ++ key length (u32 LE) ++ key ++ value length (u32 LE) ++ value`; the
//! current tree carries over from one chunk to the next.

const TREE: u8 = 1;
const PAIR: u8 = 2;

/// One item of a chunk.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Item<'a> {
    Tree(&'a [u8]),
    Pair(&'a [u8], &'a [u8]),
}

/// Appends `item` to a chunk being filled.
pub(super) fn push(chunk: &mut Vec<u8>, item: &Item<'_>) {
    match item {
        Item::Tree(name) => {
            chunk.push(TREE);
            push_bytes(chunk, name);
        }
        Item::Pair(key, value) => {
            chunk.push(PAIR);
            push_bytes(chunk, key);
            push_bytes(chunk, value);
        }
    }
}

fn push_bytes(chunk: &mut Vec<u8>, bytes: &[u8]) {
    // sled keys and values are far below 4 GiB, and a frame is capped far lower still.
    chunk.extend((bytes.len() as u32).to_le_bytes());
    chunk.extend(bytes);
}

/// Reads the items of an opened chunk in order; an item that does not parse ends the chunk
/// with `Err(())`. It never happens to a chunk that opened (its bytes are the writer's), so
/// it is reported as damage.
pub(super) struct Items<'a> {
    rest: &'a [u8],
}

pub(super) fn read(chunk: &[u8]) -> Items<'_> {
    Items { rest: chunk }
}

impl<'a> Items<'a> {
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let length = self.rest.get(..4)?;
        let length = u32::from_le_bytes(length.try_into().ok()?) as usize;
        let bytes = self.rest.get(4..4 + length)?;
        self.rest = &self.rest[4 + length..];
        Some(bytes)
    }

    fn item(&mut self) -> Option<Item<'a>> {
        let (&tag, rest) = self.rest.split_first()?;
        self.rest = rest;
        match tag {
            TREE => Some(Item::Tree(self.bytes()?)),
            PAIR => Some(Item::Pair(self.bytes()?, self.bytes()?)),
            _ => None,
        }
    }
}

impl<'a> Iterator for Items<'a> {
    type Item = Result<Item<'a>, ()>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let item = self.item().ok_or(());
        if item.is_err() {
            self.rest = &[];
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_read_back_in_order_and_a_cut_one_is_an_error() {
        let items = [
            Item::Tree(b"meta"),
            Item::Pair(b"k", b""),
            Item::Tree(b""),
            Item::Pair(b"", b"value"),
        ];
        let mut chunk = Vec::new();
        for item in &items {
            push(&mut chunk, item);
        }
        let back: Vec<_> = read(&chunk).collect::<Result<_, _>>().unwrap();
        assert_eq!(back, items);
        let cut: Vec<_> = read(&chunk[..chunk.len() - 1]).collect();
        assert_eq!(cut.last(), Some(&Err(())));
        assert_eq!(cut.len(), items.len());
        assert_eq!(read(&[9]).collect::<Vec<_>>(), [Err(())]);
    }
}
