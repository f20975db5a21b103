//! The stored catalogue: install, upgrade, never downgrade, the domain index, and what a
//! catalogue read back from a newer version or a damaged store gives.
use super::*;
use crate::domain::seed;
use crate::store::table::Span;
use crate::store::{OpenOptions, codec};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &OpenOptions::default()).unwrap()
}

fn installed(dir: &std::path::Path) -> (Store, seed::CatalogueSeed) {
    let seed = seed::embedded().unwrap();
    let store = open(dir);
    install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap();
    (store, seed)
}

#[test]
fn first_open_installs_and_reopen_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let seed = seed::embedded().unwrap();
    let store = open(dir.path());
    assert_eq!(
        install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap(),
        SeedOutcome::Installed
    );
    assert_eq!(load(&store).unwrap(), seed.catalogue);
    drop(store);
    let store = open(dir.path());
    assert_eq!(
        install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap(),
        SeedOutcome::Unchanged
    );
    assert_eq!(load(&store).unwrap(), seed.catalogue);
}

#[test]
fn the_seed_passes_its_own_read_back_checks() {
    let dir = tempfile::tempdir().unwrap();
    let (store, seed) = installed(dir.path());
    assert!(has_the_plans_shape(&seed.catalogue));
    assert_eq!(unclean_text(&seed.catalogue), None);
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Usable(c) if c == seed.catalogue
    ));
}

#[test]
fn the_domain_index_pages_one_domains_items() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = installed(dir.path());
    let table = store.table::<CatalogueItem>().unwrap();
    let span = Span::Prefix(domain_index_key(DomainCode::Hou));
    let page = table
        .page_by(trees::CATALOGUE_BY_DOMAIN, &span, None, 2)
        .unwrap();
    let ids: Vec<String> = page.records.iter().map(|i| i.id.to_string()).collect();
    assert_eq!(ids, ["HOU-01", "HOU-02"]);
    let rest = table
        .page_by(trees::CATALOGUE_BY_DOMAIN, &span, page.next.as_ref(), 2)
        .unwrap();
    assert_eq!(rest.records.len(), 1);
    assert_eq!(rest.records[0].id.to_string(), "HOU-03");
}

#[test]
fn a_newer_seed_upgrades_and_leaves_other_trees_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (store, seed) = installed(dir.path());
    store
        .tree("intakes")
        .unwrap()
        .insert([0, 0, 0, 1], b"someone's application".to_vec())
        .unwrap();

    let mut newer = seed.catalogue.clone();
    newer.items[0].name.zh = "免费义务教育（新）".into();
    newer.items.pop();
    let outcome = install_seed(&store, &newer, seed.revision + 1, &[7; 32]).unwrap();
    assert_eq!(outcome, SeedOutcome::Upgraded);
    assert_eq!(
        load(&store).unwrap(),
        newer,
        "stale items are gone, changed ones replaced"
    );
    let index = store.tree(trees::CATALOGUE_BY_DOMAIN).unwrap();
    assert_eq!(index.len(), newer.items.len(), "no stale index entries");
    let kept = store.tree("intakes").unwrap().get([0, 0, 0, 1]).unwrap();
    assert_eq!(kept.as_deref(), Some(&b"someone's application"[..]));
}

#[test]
fn an_older_seed_never_downgrades() {
    let dir = tempfile::tempdir().unwrap();
    let seed = seed::embedded().unwrap();
    let store = open(dir.path());
    let mut newer = seed.catalogue.clone();
    newer.items[0].name.zh = "较新".into();
    install_seed(&store, &newer, seed.revision + 1, &[1; 32]).unwrap();
    let outcome = install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap();
    assert_eq!(outcome, SeedOutcome::KeptNewer);
    assert_eq!(load(&store).unwrap().items[0].name.zh, "较新");
}

#[test]
fn a_newer_versions_formats_and_shapes_are_told_apart_from_damage() {
    let dir = tempfile::tempdir().unwrap();
    let (store, seed) = installed(dir.path());
    let items = store.tree(trees::CATALOGUE).unwrap();
    let key = seed.catalogue.items[0].key();
    let original = items.get(key.as_bytes()).unwrap().unwrap();

    // A format byte this version does not know.
    let mut newer = original.to_vec();
    newer[0] = codec::format::CATALOGUE_ITEM + 100;
    items.insert(key.as_bytes(), newer).unwrap();
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Newer
    ));

    // A field added under the old format byte: bytes left over.
    let mut extra = original.to_vec();
    extra.extend([1, 0]);
    items.insert(key.as_bytes(), extra).unwrap();
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Newer
    ));

    // A ninth domain: a variant this version does not have.
    items.insert(key.as_bytes(), original.clone()).unwrap();
    let mut domain =
        codec::encode(codec::format::CATALOGUE_DOMAIN, &seed.catalogue.domains[0]).unwrap();
    domain[1] = 8;
    store
        .tree(trees::DOMAINS)
        .unwrap()
        .insert([8], domain)
        .unwrap();
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Newer
    ));
    store.tree(trees::DOMAINS).unwrap().remove([8]).unwrap();

    // One item fewer than the plan lists.
    items.remove(key.as_bytes()).unwrap();
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Newer
    ));
    items.insert(key.as_bytes(), original).unwrap();
    assert!(matches!(
        load_checked(&store).unwrap(),
        StoredCatalogue::Usable(_)
    ));
}

#[test]
fn text_that_no_version_stores_is_damage() {
    let dir = tempfile::tempdir().unwrap();
    let (store, seed) = installed(dir.path());
    let mut item = seed.catalogue.items[5].clone();
    item.name.zh = "最低生活\u{1b}[2J保障".into();
    let value = codec::encode(codec::format::CATALOGUE_ITEM, &item).unwrap();
    store
        .tree(trees::CATALOGUE)
        .unwrap()
        .insert(item.key().as_bytes(), value)
        .unwrap();
    let err = load_checked(&store).unwrap_err();
    assert!(
        matches!(&err, StoreError::Corrupt { detail, .. } if detail.contains("EDU-06")),
        "{err}"
    );
}

#[test]
fn a_damaged_record_is_reported_with_its_tree() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = installed(dir.path());
    store
        .tree(trees::CATALOGUE)
        .unwrap()
        .insert([0, 1], vec![codec::format::CATALOGUE_ITEM, 200, 3])
        .unwrap();
    let err = load(&store).unwrap_err();
    assert!(
        matches!(&err, StoreError::Corrupt { detail, .. } if detail.contains("catalogue")),
        "{err}"
    );
}

#[test]
fn a_history_text_or_edition_with_control_characters_is_unclean() {
    let dir = tempfile::tempdir().unwrap();
    let (_, seed) = installed(dir.path());
    let mut catalogue = seed.catalogue.clone();
    let with_history = catalogue
        .items
        .iter_mut()
        .find(|i| !i.history.is_empty())
        .unwrap();
    with_history.history[0].source.push('\u{7}');
    let id = with_history.id.to_string();
    assert_eq!(
        unclean_text(&catalogue),
        Some(format!("item {id} has unclean text"))
    );
    let mut catalogue = seed.catalogue;
    let item = &mut catalogue.items[0];
    let field = item.recipients.as_mut().unwrap();
    field.edition = Some("2018\u{1b}[31m".into());
    assert!(unclean_text(&catalogue).is_some());
}

mod revised {
    //! Revisions: one item's are one prefix in number order; laid over a seed in order;
    //! a conflict only where the seed moved away from what the edit was made over.
    use super::*;
    use crate::domain::Date;
    use crate::domain::editable::FieldValue;
    use crate::store::catalogue::revisions::{self, Revision, seed_hash};

    fn value(zh: &str) -> FieldValue {
        FieldValue {
            text: Text::new(zh, "ᠠ"),
            source: "出处".into(),
        }
    }

    fn revision(
        item: &str,
        number: u32,
        field: &str,
        new: &str,
        seed: Option<&FieldValue>,
    ) -> Revision {
        Revision {
            item: ItemId::parse(item).unwrap(),
            number,
            field: field.into(),
            value: value(new),
            source: "出处".into(),
            effective: Date::new(2025, 9, 1).unwrap(),
            operator: "boss".into(),
            at: 0,
            replaced: seed.cloned(),
            seed_hash: seed_hash(seed),
            seed_revision: 1,
        }
    }

    #[test]
    fn one_items_revisions_are_its_own_in_number_order() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = installed(dir.path());
        let mut batch = store.batch();
        for r in [
            revision("EDU-01", 2, "standard", "乙", None),
            revision("EDU-02", 1, "standard", "丙", None),
            revision("EDU-01", 1, "standard", "甲", None),
        ] {
            batch.insert(&r).unwrap();
        }
        store.commit(batch).unwrap();
        let edu01 = ItemId::parse("EDU-01").unwrap();
        let numbers: Vec<u32> = revisions::of_item(&store, edu01)
            .unwrap()
            .iter()
            .map(|r| r.number)
            .collect();
        assert_eq!(numbers, [1, 2]);
        assert_eq!(revisions::next_number(&store, edu01).unwrap(), 3);
        let hou03 = ItemId::parse("HOU-03").unwrap();
        assert_eq!(revisions::next_number(&store, hou03).unwrap(), 1);
    }

    #[test]
    fn revisions_are_laid_over_in_order_and_unknown_fields_passed_over() {
        let seed = seed::embedded().unwrap().catalogue;
        let laid = revisions::apply(
            &seed,
            &[
                revision("EDU-01", 1, "standard", "甲", None),
                revision("EDU-01", 2, "standard", "乙", None),
                revision("EDU-01", 3, "colour", "红", None),
            ],
        );
        assert_eq!(laid.items[0].standard.as_ref().unwrap().text.zh, "乙");
        assert_eq!(laid.items[1..], seed.items[1..]);
    }

    #[test]
    fn a_conflict_is_where_the_seed_moved_since_the_last_edit() {
        let seed = seed::embedded().unwrap().catalogue;
        let base =
            crate::domain::editable::editable("standard").and_then(|f| (f.get)(&seed.items[0]));
        let edits = [revision("EDU-01", 1, "standard", "甲", base.as_ref())];
        assert_eq!(revisions::conflicts(&seed, &edits), []);

        let mut moved = seed.clone();
        moved.items[0].standard.as_mut().unwrap().text.zh = "新".into();
        let found = revisions::conflicts(&moved, &edits);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].field, found[0].revision), ("standard", 1));

        let mut agreed = seed.clone();
        *agreed.items[0].standard.as_mut().unwrap() = crate::domain::Field {
            text: value("甲").text,
            source: "出处".into(),
            edition: None,
        };
        assert_eq!(
            revisions::conflicts(&agreed, &edits),
            [],
            "the seed took the edit"
        );
    }
}
