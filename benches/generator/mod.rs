//! A seeded generator of realistic intakes for the store benchmarks: applicants named in
//! Chinese or in traditional Mongolian script, valid GB 11643 ID numbers whose address codes
//! are spread over the region's county-level divisions, mobile and landline phones, services
//! from the catalogue, every channel, materials received, missing or deferred, and now and
//! then an agent. The same seed gives the same intakes, so a lookup can ask for a person the
//! load stored. Each one passes the counter's own validation before it is stored.
use service_desk::domain::application::{
    self, Application, ApplicationInput, Deadline, Limits, References,
};
use service_desk::domain::reference::{self, Division, DivisionKind, EthnicGroup};
use service_desk::domain::resident_id::check_character;
use service_desk::domain::seed;
use service_desk::domain::{Catalogue, DailySequence, Date, DivisionCode, ReceiptNumber, Status};
use service_desk::service::keys::Unlocked;
use service_desk::service::sealing;
use service_desk::store::intakes::{
    self, ClearApplication, Event, HistoryEntry, IntakeRecord, LookupKeys, Note, PersonalPart,
    ReceiptCounter, split,
};

/// The clerks a load's intakes are taken by, in turn.
pub const OPERATORS: &[&str] = &["boss", "li", "wang"];
use service_desk::store::{Store, StoreError};

/// SplitMix64: small, fast and the same everywhere, which is all a reproducible load needs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SURNAMES: &[&str] = &[
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "高",
    "林",
    "罗",
    "郑",
    "梁",
    "宋",
    "谢",
    "韩",
    "唐",
    "冯",
    "于",
    "董",
    "萧",
    "白",
    "包",
    "额尔敦",
    "宝",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "淑珍", "玉兰", "海燕", "志强",
    "春梅", "晓东",
];
/// Mongolian names as Chinese transcribes them.
const MONGOLIAN_IN_HANZI: &[&str] = &[
    "乌云其其格",
    "巴特尔",
    "其其格",
    "额尔敦",
    "苏日娜",
    "那仁",
    "格日勒",
    "阿拉坦",
    "敖登",
    "萨仁",
    "斯琴",
    "朝鲁",
    "宝音",
    "乌力吉",
    "呼和",
    "图雅",
    "孟和",
    "哈斯",
];
/// Stems of Mongolian given names in traditional script; a name is one or two of them.
const MONGOLIAN_STEMS: &[&str] = &[
    "ᠪᠠᠲᠤ",
    "ᠪᠠᠶᠠᠷ",
    "ᠡᠷᠳᠡᠨᠢ",
    "ᠠᠯᠲᠠᠨ",
    "ᠨᠠᠷᠠᠨ",
    "ᠰᠠᠷᠠᠨ",
    "ᠣᠳᠣᠨ",
    "ᠴᠢᠴᠢᠭ",
    "ᠤᠶᠤᠨ",
    "ᠭᠡᠷᠡᠯ",
    "ᠲᠡᠮᠦᠷ",
    "ᠬᠠᠰ",
    "ᠪᠠᠭᠠᠲᠤᠷ",
    "ᠰᠡᠴᠡᠨ",
    "ᠮᠡᠷᠭᠡᠨ",
    "ᠨᠠᠰᠤᠨ",
    "ᠴᠣᠯᠠ",
    "ᠮᠥᠩᠬᠡ",
];
const STREETS: &[&str] = &[
    "新华大街",
    "中山路",
    "团结小区",
    "建设路",
    "草原街",
    "幸福小区",
    "文化路",
];
const FACTS: &[&str] = &[
    "dibao",
    "extreme-poverty",
    "disability",
    "poverty-household",
    "special-care",
    "left-behind-child",
    "left-behind-elder",
];
const CHANNELS: &[&str] = &[
    "counter",
    "home-visit",
    "appointment",
    "agent",
    "cross-area",
];
const DOCUMENTS: &[&str] = &["身份证", "户口簿", "残疾人证", "结婚证", "收入证明", "照片"];
const RELATIONSHIPS: &[&str] = &["子女", "配偶", "父母", "兄弟姐妹", "村委会工作人员"];
/// Area codes of the region's leagues and cities, for landlines.
const AREA_CODES: &[&str] = &[
    "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479", "0470", "0482", "0483",
];

/// Reference data the generator draws from, parsed once.
pub struct Generator {
    pub catalogue: Catalogue,
    counties: Vec<Division>,
    groups: Vec<EthnicGroup>,
    items: Vec<String>,
}

impl Generator {
    pub fn new() -> Generator {
        let catalogue = seed::embedded().expect("embedded seed").catalogue;
        let counties = reference::divisions()
            .expect("divisions")
            .into_iter()
            .filter(|d| {
                !matches!(
                    d.kind,
                    DivisionKind::Region | DivisionKind::League | DivisionKind::City
                )
            })
            .collect();
        let items = catalogue.items.iter().map(|i| i.id.to_string()).collect();
        Generator {
            catalogue,
            counties,
            groups: reference::ethnic_groups().expect("ethnic groups"),
            items,
        }
    }

    /// An ID number with a valid check character: a county's address code, a birth date
    /// between 1935 and 2007, and a sequence whose parity gives the sex.
    pub fn id_number(&self, rng: &mut Rng) -> String {
        let county = &rng.pick(&self.counties).code;
        let year = 1935 + rng.below(73);
        let month = 1 + rng.below(12);
        let day = 1 + rng.below(28);
        let first_17 = format!("{county}{year:04}{month:02}{day:02}{:03}", rng.below(1000));
        let check = check_character(&first_17).expect("17 digits");
        format!("{first_17}{check}")
    }

    fn name(&self, rng: &mut Rng, mongolian_script: bool) -> String {
        if mongolian_script {
            let first = *rng.pick(MONGOLIAN_STEMS);
            if rng.chance(50) {
                return first.to_string();
            }
            return format!("{first}{}", rng.pick(MONGOLIAN_STEMS));
        }
        if rng.chance(30) {
            return rng.pick(MONGOLIAN_IN_HANZI).to_string();
        }
        format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
    }

    fn phone(&self, rng: &mut Rng) -> String {
        if rng.chance(15) {
            return format!(
                "{}-{}",
                rng.pick(AREA_CODES),
                2_000_000 + rng.below(7_000_000)
            );
        }
        let prefix = *rng.pick(&["139", "138", "150", "151", "158", "186", "187", "135"]);
        format!("{prefix}{:08}", rng.below(100_000_000))
    }

    /// One application as a clerk would type it.
    pub fn input(&self, rng: &mut Rng, today: Date) -> ApplicationInput {
        let mongolian = rng.chance(35);
        let in_script = mongolian && rng.chance(60);
        let id_number = self.id_number(rng);
        let services: Vec<String> = (0..1 + usize::from(rng.chance(20)))
            .map(|_| rng.pick(&self.items).clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let channel = rng.pick(CHANNELS).to_string();
        let with_agent = channel == "agent" || rng.chance(5);
        let mut materials = Vec::new();
        for service in &services {
            for (at, name) in DOCUMENTS.iter().take(1 + rng.below(3)).enumerate() {
                let status = match (at, rng.below(10)) {
                    (0, _) | (_, 0..=6) => "received",
                    (_, 7..=8) => "missing",
                    _ => "deferred",
                };
                let due = (status == "deferred").then(|| {
                    let due =
                        Date::from_days_since_epoch(today.days_since_epoch() + 30).expect("a date");
                    due.to_string()
                });
                materials.push(serde_json::json!({
                    "service": service, "name": name, "status": status, "due": due
                }));
            }
        }
        let region = id_number[..6].to_string();
        let facts: Vec<&str> = FACTS.iter().copied().filter(|_| rng.chance(6)).collect();
        let ethnicity = if mongolian {
            "02"
        } else {
            rng.pick(&["01", "01", "01", "03", "04"])
        };
        let agent = with_agent.then(|| {
            serde_json::json!({
                "name": self.name(rng, false),
                "id_number": self.id_number(rng),
                "relationship": rng.pick(RELATIONSHIPS),
            })
        });
        let value = serde_json::json!({
            "applicant": {
                "name": self.name(rng, in_script),
                "id_number": id_number,
                "phone": self.phone(rng),
                "region": region,
                "ethnicity": ethnicity,
                "address": format!("{}{}号", rng.pick(STREETS), 1 + rng.below(300)),
                "document_lang": if mongolian { "mn-Mong" } else { "zh-CN" },
                "facts": facts,
            },
            "agent": agent,
            "services": services,
            "channel": channel,
            "materials": materials,
            "notes": if rng.chance(10) { "申请人行动不便，已上门核实" } else { "" },
        });
        serde_json::from_value(value).expect("generated input has the intake shape")
    }

    /// The application checked as the counter checks it; a generated one that fails is a
    /// fault in the generator.
    pub fn application(&self, rng: &mut Rng, today: Date) -> Application {
        let input = self.input(rng, today);
        let refs = References {
            catalogue: &self.catalogue,
            ethnic_groups: &self.groups,
            today,
            limits: Limits::COUNTER,
        };
        application::validate(&input, &refs)
            .unwrap_or_else(|problems| panic!("generated input refused: {problems:?}\n{input:?}"))
    }
}

/// The hall whose receipts the load numbers.
pub fn centre() -> DivisionCode {
    DivisionCode::parse("150102").expect("a division code")
}

/// Stores `count` intakes made from `seed`, `per_day` of them on each day from `first_day`,
/// `per_batch` records to a transaction (a bulk load may batch; counter commits may not).
/// Returns the ID numbers stored, in order.
pub fn bulk_load(
    store: &Store,
    generator: &Generator,
    plan: &LoadPlan<'_>,
) -> Result<Vec<String>, StoreError> {
    let LoadPlan {
        seed,
        count,
        per_day,
        per_batch,
        first_day,
        keys,
    } = *plan;
    let mut rng = Rng::new(seed);
    let mut ids = Vec::with_capacity(count);
    let mut sequence = 0u64;
    let mut batch = store.batch();
    let mut in_batch = 0;
    let mut counter: Option<ReceiptCounter> = None;
    while (sequence as usize) < count {
        let day = Date::from_days_since_epoch(
            first_day.days_since_epoch() + (sequence / u64::from(per_day)) as i64,
        )
        .expect("a date");
        let number = (sequence % u64::from(per_day)) as u16 + 1;
        sequence += 1;
        let application = generator.application(&mut rng, day);
        ids.push(application.id_number().to_string());
        let created_at = day.days_since_epoch() * 86_400 + 3600 + i64::from(number) * 20;
        let receipt = ReceiptNumber::new(
            centre(),
            day,
            DailySequence::new(number).expect("per_day under 10,000"),
        );
        let status = *generator_status(&mut rng);
        let mut history = vec![HistoryEntry {
            at: created_at,
            status: Status::Accepted,
            event: Event::Status(Status::Accepted),
            note: Note::empty(),
            operator: None,
        }];
        let mut completed_at = None;
        if status != Status::Accepted {
            let at = created_at + 86_400 * (1 + rng.below(20) as i64);
            history.push(HistoryEntry {
                at,
                status,
                event: Event::Status(status),
                note: Note::empty(),
                operator: None,
            });
            completed_at = (status == Status::Completed).then_some(at);
        }
        // A deadline 20 days on (the calendar is not needed for a load), so that lists by
        // deadline and "overdue only" have something to sort and find.
        let deadline = day.add_days(20).map_or(Deadline::NotStated, Deadline::On);
        let (lookup, clear, personal) = stored_parts(application, keys);
        let record = IntakeRecord {
            sequence,
            receipt,
            status,
            created_at,
            accepted_on: day,
            deadline,
            operator: Some(OPERATORS[(sequence % OPERATORS.len() as u64) as usize].to_string()),
            history,
            lookup,
            clear,
            personal,
            completed_at,
            rating: None,
        };
        intakes::write(store, &mut batch, None, &record)?;
        counter = Some(ReceiptCounter {
            centre: centre(),
            date: day,
            last: number,
        });
        in_batch += 1;
        if in_batch == per_batch || number == per_day {
            if let Some(counter) = counter.take() {
                batch.replace(&counter)?;
            }
            store.commit(std::mem::replace(&mut batch, store.batch()))?;
            in_batch = 0;
        }
    }
    if let Some(counter) = counter {
        batch.replace(&counter)?;
    }
    if !batch.is_empty() {
        store.commit(batch)?;
    }
    Ok(ids)
}

fn generator_status(rng: &mut Rng) -> &'static Status {
    // Older intakes are mostly done; a few were refused or withdrawn.
    match rng.below(20) {
        0 => &Status::Rejected,
        1 => &Status::Withdrawn,
        2..=4 => &Status::InProgress,
        5..=6 => &Status::Accepted,
        _ => &Status::Completed,
    }
}

/// What [`bulk_load`] writes: how many intakes from which seed, how many a day from which
/// day, how many per transaction, and the keys that seal them (none: plain).
#[derive(Clone, Copy)]
pub struct LoadPlan<'a> {
    pub seed: u64,
    pub count: usize,
    pub per_day: u16,
    pub per_batch: usize,
    pub first_day: Date,
    pub keys: Option<&'a Unlocked>,
}

/// An application as the store keeps it: sealed with its blind-index keys when `keys` are
/// given, else plain with the ID number itself as its key (the store before sealing).
pub fn stored_parts(
    application: Application,
    keys: Option<&Unlocked>,
) -> (LookupKeys, ClearApplication, PersonalPart) {
    match keys {
        Some(keys) => {
            let lookup = sealing::lookup_keys(keys, &application.personal.applicant);
            let (clear, private) = split(application);
            let sealed = sealing::seal(keys, &private).expect("sealed");
            (lookup, clear, sealed)
        }
        None => {
            let lookup = LookupKeys {
                id_number: application.id_number().as_bytes().to_vec(),
                ..LookupKeys::none()
            };
            let (clear, private) = split(application);
            (lookup, clear, PersonalPart::Plain(Box::new(private)))
        }
    }
}
