//! The store at the counter's scale: a durable intake commit against a raw append + fdatasync
//! on the same disk, lookups by ID number, opening a desk and the real binary's first frame,
//! resident memory, disk bytes per 1,000 intakes, and the records list's first page and each
//! kind of search, on stores of 100,000 intakes (and of 1,000,000 with
//! `SERVICE_DESK_BENCH_1M=1`; `SERVICE_DESK_BENCH_ONLY=records` measures lists and searches
//! alone). Stores are filled by the seeded generator in
//! `generator/`. Run with `cargo bench --bench store`.
#[path = "../tests/common/pty.rs"]
mod pty;

mod generator;
mod records;
use generator as synth;

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use service_desk::domain::application::Deadline;
use service_desk::domain::{Date, Lang};
use service_desk::service::context::{Context, SystemClock};
use service_desk::service::intake::{self, hall_time};
use service_desk::service::keys::{BlindKind, Unlocked};
use service_desk::service::operators::{Operators, Session};
use service_desk::service::sealing;
use service_desk::service::{Desk, OpenOptions};
use service_desk::store::Store;
use service_desk::store::intakes::{NewIntake, add, find_by_id_number};

const SEED: u64 = 0x5EED_2026;

struct Stats {
    n: usize,
    p50: f64,
    p99: f64,
    max: f64,
}

fn stats(mut samples: Vec<Duration>, scale: f64) -> Stats {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64();
    Stats {
        n: samples.len(),
        p50: at(0.5) * scale,
        p99: at(0.99) * scale,
        max: at(1.0) * scale,
    }
}

fn row(name: &str, s: &Stats, unit: &str) {
    println!(
        "| {name:<44} | {:>6} | {:>10.1} | {:>10.1} | {:>10.1} | {unit:<4} |",
        s.n, s.p50, s.p99, s.max
    );
}

fn line(name: &str, value: String) {
    println!("| {name:<44} | {value:<52} |");
}

/// A line giving `of` divided by `over`, at the median and at p99.
fn ratio(name: &str, of: &Stats, over: &Stats) {
    line(
        name,
        format!("{:.2}x ; {:.2}x", of.p50 / over.p50, of.p99 / over.p99),
    );
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn folder_bytes(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => folder_bytes(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

fn today() -> Date {
    hall_time(SystemTime::now()).expect("a usable clock").1
}

/// The first supervisor of the store at `path`, signed in (real Argon2 parameters).
fn supervisor(path: &Path) -> Arc<Session> {
    let desk = Desk::open(path, &OpenOptions::default()).expect("desk opens");
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh);
    let session = Operators::new(&desk)
        .init(&ctx, "bench", "bench-password-1")
        .expect("first supervisor");
    Arc::new(session)
}

/// Fills a new store with `count` generated intakes (sealed with `keys`, or plain), then
/// closes it.
fn load(
    path: &Path,
    generator: &synth::Generator,
    count: usize,
    keys: Option<&Unlocked>,
) -> Vec<String> {
    let per_day = if count > 200_000 { 1000 } else { 400 };
    let first_day = Date::new(2020, 1, 1).expect("a date");
    let store = Store::open(path, &OpenOptions::default()).expect("store opens");
    let start = Instant::now();
    let plan = synth::LoadPlan {
        seed: SEED,
        count,
        per_day,
        per_batch: 500,
        first_day,
        keys,
    };
    let ids = synth::bulk_load(&store, generator, &plan).expect("bulk load");
    drop(store);
    let took = start.elapsed();
    let how = if keys.is_some() { "sealed" } else { "plain" };
    line(
        &format!("bulk load {count} {how} (500 per transaction)"),
        format!(
            "{:.1} s, {:.0} intakes/s",
            took.as_secs_f64(),
            count as f64 / took.as_secs_f64()
        ),
    );
    ids
}

/// Counter commits through `intake::submit`, interleaved (in turn, so that the disk's state
/// is shared fairly) with two floors on the same disk: a raw append of an entry-sized block
/// to a growing file, and the same block written over a file filled beforehand, each followed
/// by fdatasync. The journal writes inside a file filled beforehand, like the second.
fn commit_against_raw(
    path: &Path,
    generator: &synth::Generator,
    rounds: usize,
    session: &Arc<Session>,
) {
    let desk = Desk::open(path, &OpenOptions::default()).expect("desk opens");
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh).signed_in(session.clone());
    let centre = synth::centre();
    let mut rng = synth::Rng::new(SEED ^ 0xC0FFEE);
    let block = vec![0x5Au8; 1024];
    let growing = File::create(path.join("raw-append-bench")).expect("raw file");
    let filled = File::create(path.join("raw-overwrite-bench")).expect("raw file");
    filled.write_all_at(&vec![0u8; 1 << 20], 0).expect("fill");
    filled.sync_all().expect("sync");
    let (mut appended, mut written_over) = (0u64, 0u64);
    let mut samples: [Vec<Duration>; 3] = Default::default();
    for round in 0..rounds {
        let input = generator.input(&mut rng, today());
        for turn in 0..3 {
            let start = Instant::now();
            match (round + turn) % 3 {
                0 => {
                    intake::submit(&desk, &ctx, &centre, &input).expect("submit");
                }
                1 => {
                    growing.write_all_at(&block, appended).expect("append");
                    growing.sync_data().expect("fdatasync");
                    appended += block.len() as u64;
                }
                _ => {
                    filled.write_all_at(&block, written_over).expect("write");
                    filled.sync_data().expect("fdatasync");
                    written_over = (written_over + block.len() as u64) % (1 << 20);
                }
            }
            samples[(round + turn) % 3].push(start.elapsed());
        }
    }
    let [commits, appends, overwrites] = samples;
    let commit = stats(commits, 1e6);
    let append = stats(appends, 1e6);
    let overwrite = stats(overwrites, 1e6);
    row("intake::submit (sealed, with audit entry)", &commit, "µs");
    row("raw 1 KiB append + fdatasync, same disk", &append, "µs");
    row(
        "raw 1 KiB write in a filled file + fdatasync",
        &overwrite,
        "µs",
    );
    ratio("ratio commit / raw append (median; p99)", &commit, &append);
    ratio(
        "ratio commit / raw write in filled file",
        &commit,
        &overwrite,
    );
    drop(desk);
    let _ = std::fs::remove_file(path.join("raw-append-bench"));
    let _ = std::fs::remove_file(path.join("raw-overwrite-bench"));
}

/// Lookups by ID number of people the load stored, and of unknown ones, with sled's page
/// cache at `cache_mib`; the process's resident memory before and after.
/// The write path before the journal, for comparison: each commit followed at once by what
/// a checkpoint does (sled's flush, fdatasync of its data file, the mark written and synced),
/// against a raw append on the same disk. It also writes the journal entry, so it is an
/// upper bound of that path.
fn synced_sled_against_raw(path: &Path, generator: &synth::Generator, rounds: usize) {
    let store = Store::open(path, &OpenOptions::default()).expect("store opens");
    let mut rng = synth::Rng::new(SEED ^ 0x01D);
    let block = vec![0x5Au8; 1024];
    let growing = File::create(path.join("raw-append-bench")).expect("raw file");
    let mut appended = 0u64;
    let (mut synced, mut appends) = (Vec::new(), Vec::new());
    let (created_at, day) = hall_time(SystemTime::now()).expect("a usable clock");
    for round in 0..rounds {
        let application = generator.application(&mut rng, day);
        let new = new_intake(application, day, created_at, None);
        for turn in 0..2 {
            let start = Instant::now();
            if (round + turn) % 2 == 0 {
                add(&store, new.clone()).expect("add");
                store.checkpoint().expect("checkpoint");
                synced.push(start.elapsed());
            } else {
                growing.write_all_at(&block, appended).expect("append");
                growing.sync_data().expect("fdatasync");
                appended += block.len() as u64;
                appends.push(start.elapsed());
            }
        }
    }
    let synced = stats(synced, 1e6);
    let append = stats(appends, 1e6);
    row("commit + sled synced each time (old path)", &synced, "µs");
    row("raw 1 KiB append + fdatasync, same disk", &append, "µs");
    ratio(
        "ratio old path / raw append (median; p99)",
        &synced,
        &append,
    );
    drop(store);
    let _ = std::fs::remove_file(path.join("raw-append-bench"));
}

fn new_intake(
    application: service_desk::domain::application::Application,
    day: Date,
    created_at: i64,
    keys: Option<&Unlocked>,
) -> NewIntake {
    let (lookup, clear, personal) = synth::stored_parts(application, keys);
    NewIntake {
        centre: synth::centre(),
        accepted_on: day,
        created_at,
        deadline: Deadline::NotStated,
        operator: None,
        lookup,
        clear,
        personal,
    }
}

/// What sealing costs a commit: the same store-level add (no audit entry) of the same
/// generated applications, sealed (the seal and the keyed hashes inside the timing) and
/// plain, in turn on the same store.
fn sealing_cost_on_commit(
    path: &Path,
    generator: &synth::Generator,
    rounds: usize,
    keys: &Unlocked,
) {
    let store = Store::open(path, &OpenOptions::default()).expect("store opens");
    let mut rng = synth::Rng::new(SEED ^ 0x5EA1);
    let (created_at, day) = hall_time(SystemTime::now()).expect("a usable clock");
    let (mut sealed, mut plain) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let application = generator.application(&mut rng, day);
        for turn in 0..2 {
            let application = application.clone();
            let start = Instant::now();
            if (round + turn) % 2 == 0 {
                add(&store, new_intake(application, day, created_at, Some(keys))).expect("add");
                sealed.push(start.elapsed());
            } else {
                add(&store, new_intake(application, day, created_at, None)).expect("add");
                plain.push(start.elapsed());
            }
        }
    }
    let sealed = stats(sealed, 1e6);
    let plain = stats(plain, 1e6);
    row("commit, personal data sealed", &sealed, "µs");
    row("commit, personal data plain", &plain, "µs");
    ratio("ratio sealed / plain commit (median; p99)", &sealed, &plain);
}

/// A person's intakes by ID number: through the blind index and opened (sealed), or by the
/// plain key and only decoded (plain). Returns how many were found.
fn lookup_one(store: &Store, keys: Option<&Unlocked>, id: &str) -> usize {
    match keys {
        Some(keys) => {
            let key = keys.blind(BlindKind::IdNumber, id);
            let page = find_by_id_number(store, &key).expect("lookup");
            let mut opened = 0;
            for record in page.records {
                std::hint::black_box(sealing::open(store, keys, record).expect("opens"));
                opened += 1;
            }
            opened
        }
        None => find_by_id_number(store, id.as_bytes())
            .expect("lookup")
            .records
            .len(),
    }
}

/// Lookups by ID number of people the load stored, and of unknown ones, with sled's page
/// cache at `cache_mib`; the process's resident memory before and after. Returns the
/// medians of hits and misses in µs.
fn lookups(
    path: &Path,
    ids: &[String],
    count: usize,
    cache_mib: u64,
    keys: Option<&Unlocked>,
) -> (f64, f64) {
    let before = rss_kib(std::process::id()).unwrap_or(0);
    let options = OpenOptions {
        cache_bytes: cache_mib << 20,
    };
    let how = if keys.is_some() { "sealed" } else { "plain" };
    let store = Store::open(path, &options).expect("store opens");
    let mut rng = synth::Rng::new(SEED ^ 0x1D);
    for _ in 0..2000 {
        let id: &String = rng.pick(ids);
        lookup_one(&store, keys, id);
    }
    let mut samples = Vec::new();
    for _ in 0..20_000 {
        let id: &String = rng.pick(ids);
        let start = Instant::now();
        let found = lookup_one(&store, keys, id);
        samples.push(start.elapsed());
        assert!(found > 0, "{id} was stored");
    }
    let hits = stats(samples, 1e6);
    row(
        &format!("lookup by ID, {how}, {count}, cache {cache_mib} MiB"),
        &hits,
        "µs",
    );
    let mut misses = Vec::new();
    let unknown = &mut synth::Rng::new(SEED ^ 0xAB5E27);
    let generator = synth::Generator::new();
    for _ in 0..5_000 {
        let id = generator.id_number(unknown);
        let start = Instant::now();
        lookup_one(&store, keys, &id);
        misses.push(start.elapsed());
    }
    let missed = stats(misses, 1e6);
    row(
        &format!("lookup, unknown ID, {how}, cache {cache_mib} MiB"),
        &missed,
        "µs",
    );
    let after = rss_kib(std::process::id()).unwrap_or(0);
    line(
        &format!("  bench process RSS, cache {cache_mib} MiB"),
        format!("{} -> {} MiB", before / 1024, after / 1024),
    );
    (hits.p50, missed.p50)
}

fn open_desk(path: &Path, count: usize) {
    let samples = (0..5)
        .map(|_| {
            let start = Instant::now();
            let desk = Desk::open(path, &OpenOptions::default()).expect("desk opens");
            let took = start.elapsed();
            drop(desk);
            took
        })
        .collect();
    row(&format!("Desk::open, {count}"), &stats(samples, 1e3), "ms");
}

/// The real binary in a pseudo-terminal on this store: spawn to the first full frame, then
/// its resident memory once idle.
fn first_frame_and_rss(path: &Path, count: usize) {
    let binary = env!("CARGO_BIN_EXE_service-desk");
    let (mut starts, mut rss) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let start = Instant::now();
        let mut app = pty::PtyApp::spawn(binary, path, 80, 24);
        app.wait_for("first frame", |s| {
            s.contents().contains("EDU-01") && s.contents().contains("Ctrl-Q")
        });
        starts.push(start.elapsed());
        std::thread::sleep(Duration::from_millis(700));
        if let Some(kib) = app.child.process_id().and_then(rss_kib) {
            rss.push(Duration::from_secs(kib));
        }
        app.send(b"\x11");
        let _ = app.child.wait();
    }
    row(
        &format!("binary start to first frame, {count}"),
        &stats(starts, 1e3),
        "ms",
    );
    let rss = stats(rss, 1.0 / 1024.0);
    row(&format!("idle TUI RSS, {count}"), &rss, "MiB");
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let big = std::env::var_os("SERVICE_DESK_BENCH_1M").is_some_and(|v| v == "1");
    let only_records = std::env::var_os("SERVICE_DESK_BENCH_ONLY").is_some_and(|v| v == "records");
    let generator = synth::Generator::new();
    println!(
        "| {:<44} | {:>6} | {:>10} | {:>10} | {:>10} | {:<4} |",
        "measure", "n", "median", "p99", "max", "unit"
    );
    println!(
        "|{:-<46}|{:-<8}|{:-<12}|{:-<12}|{:-<12}|{:-<6}|",
        "", "", "", "", "", ""
    );
    let sizes: &[usize] = if big {
        &[100_000, 1_000_000]
    } else {
        &[100_000]
    };
    for &count in sizes {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store");
        let plain_path = dir.path().join("plain");
        let session = supervisor(&path);
        let ids = load(&path, &generator, count, Some(session.unlocked()));
        records::lists_and_searches(&path, session.clone(), &ids, count);
        if only_records {
            continue;
        }
        load(&plain_path, &generator, count, None);
        open_desk(&path, count);
        let bytes = folder_bytes(&path);
        line(
            &format!("disk per 1,000 intakes, {count}"),
            format!(
                "{:.0} KiB ({:.1} MiB in all)",
                bytes as f64 / 1024.0 / (count as f64 / 1000.0),
                bytes as f64 / 1048576.0
            ),
        );
        commit_against_raw(&path, &generator, 300, &session);
        sealing_cost_on_commit(&path, &generator, 300, session.unlocked());
        synced_sled_against_raw(&plain_path, &generator, 150);
        for cache_mib in [4, 16, 64] {
            let sealed = lookups(&path, &ids, count, cache_mib, Some(session.unlocked()));
            let plain = lookups(&plain_path, &ids, count, cache_mib, None);
            line(
                &format!("ratio sealed / plain lookup, {cache_mib} MiB"),
                format!(
                    "{:.2}x hits ; {:.2}x unknown (medians)",
                    sealed.0 / plain.0,
                    sealed.1 / plain.1
                ),
            );
        }
        first_frame_and_rss(&path, count);
        statistics(&path, &generator, count, &session);
        let _ = std::io::stdout().flush();
    }
}

// Statistics: rebuilding the counters of a bulk-loaded store, a year's numbers by each
// dimension read from them, and what keeping them adds to an intake's commit.

/// The counters of the store at `path` rebuilt from its records (the bulk load writes none),
/// then a year's statistics by each dimension and the screen's overview, and the commit with
/// counters against the same writes without.
fn statistics(path: &Path, generator: &synth::Generator, count: usize, session: &Arc<Session>) {
    use service_desk::service::stats::{self, By, Period};
    let desk = Desk::open(path, &OpenOptions::default()).expect("desk opens");
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh).signed_in(session.clone());
    let start = Instant::now();
    let rebuilt = stats::rebuild(&desk, &ctx, &mut |_, _| {}).expect("rebuild");
    line(
        &format!("stats: rebuild counters, {count}"),
        format!(
            "{:.1} s for {} records, {} rows",
            start.elapsed().as_secs_f64(),
            rebuilt.records,
            rebuilt.rows
        ),
    );
    let year = Period::month(2020, 1)
        .zip(Period::month(2020, 12))
        .map(|(jan, dec)| Period {
            from: jan.from,
            to: dec.to,
        })
        .expect("2020");
    let in_year = stats::query(&desk, &ctx, By::Month, year)
        .expect("query")
        .total
        .intakes;
    line(
        &format!("stats: intakes in the year 2020, {count}"),
        format!("{in_year}"),
    );
    for by in By::ALL {
        let samples: Vec<Duration> = (0..15)
            .map(|_| {
                let start = Instant::now();
                let found = stats::query(&desk, &ctx, by, year).expect("query");
                std::hint::black_box(found);
                start.elapsed()
            })
            .collect();
        row(
            &format!("stats: a year by {}, {count}", by.code()),
            &stats_of(samples),
            "ms",
        );
    }
    let samples: Vec<Duration> = (0..15)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(stats::overview(&desk, &ctx, year).expect("overview"));
            start.elapsed()
        })
        .collect();
    row(
        &format!("stats: a year's overview (screen), {count}"),
        &stats_of(samples),
        "ms",
    );
    drop(desk);
    counters_cost_on_commit(path, generator, 300);
}

fn stats_of(samples: Vec<Duration>) -> Stats {
    stats(samples, 1e3)
}

/// An intake's commit through the store with its counters (`intakes::add`), in turn with the
/// same writes without them: the record and its index entries, its day's receipt counter and
/// the write generation, on days of their own so that no number is taken twice.
fn counters_cost_on_commit(path: &Path, generator: &synth::Generator, rounds: usize) {
    use service_desk::domain::{DailySequence, ReceiptNumber, Status};
    use service_desk::store::intakes::{Event, HistoryEntry, IntakeRecord, Note, ReceiptCounter};
    let store = Store::open(path, &OpenOptions::default()).expect("store opens");
    let mut rng = synth::Rng::new(SEED ^ 0x57A7);
    let (created_at, day) = hall_time(SystemTime::now()).expect("a usable clock");
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let application = generator.application(&mut rng, day);
        for turn in 0..2 {
            let new = new_intake(application.clone(), day, created_at, None);
            let start = Instant::now();
            if (round + turn) % 2 == 0 {
                add(&store, new).expect("add");
                with.push(start.elapsed());
            } else {
                let on = Date::new(2040, 1, 1)
                    .ok()
                    .and_then(|d| d.add_days(round as i64))
                    .expect("a day");
                let record = IntakeRecord {
                    // Below the store's own sequence once the first `add` has passed it.
                    sequence: u64::MAX / 2 - round as u64,
                    receipt: ReceiptNumber::new(synth::centre(), on, DailySequence::FIRST),
                    status: Status::Accepted,
                    created_at,
                    accepted_on: on,
                    deadline: new.deadline,
                    operator: None,
                    history: vec![HistoryEntry {
                        at: created_at,
                        status: Status::Accepted,
                        event: Event::Status(Status::Accepted),
                        note: Note::empty(),
                        operator: None,
                    }],
                    lookup: new.lookup,
                    clear: new.clear,
                    personal: new.personal,
                    completed_at: None,
                    rating: None,
                };
                let counter = ReceiptCounter {
                    centre: synth::centre(),
                    date: on,
                    last: 1,
                };
                store
                    .commit_with(|store| {
                        let mut batch = store.batch();
                        batch.insert(&record)?;
                        batch.replace(&counter)?;
                        Ok::<_, service_desk::store::StoreError>((batch, ()))
                    })
                    .expect("commit");
                without.push(start.elapsed());
            }
        }
    }
    let with = stats(with, 1e6);
    let without = stats(without, 1e6);
    row("commit with statistics counters", &with, "µs");
    row("commit, same writes without counters", &without, "µs");
    ratio(
        "ratio with / without counters (median; p99)",
        &with,
        &without,
    );
}
