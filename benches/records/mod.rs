//! The records list and search at the counter's scale, on a loaded store: the first page of
//! the list (newest first, and with each kind of filter), and each kind of search, timed
//! through `service::records` as the screen calls it (lines opened and masked included).
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use service_desk::domain::Lang;
use service_desk::service::context::{Context, SystemClock};
use service_desk::service::operators::Session;
use service_desk::service::records::{self, Filter, Order};
use service_desk::service::{Desk, OpenOptions, intake, sealing};
use service_desk::store::intakes::LookupBy;

use super::synth;
use super::{row, stats};

/// Lines on a page, as the screen asks for (a 24-row terminal shows fewer).
const PAGE: usize = 50;

/// How a search kind's query is made from a stored person.
type QueryOf = fn(&Person) -> String;

/// What a search can be asked for, read back from stored people.
struct Person {
    receipt: String,
    id: String,
    phone: String,
    name: String,
}

fn people(desk: &Desk, ctx: &Context, ids: &[String], n: usize) -> Vec<Person> {
    let mut rng = synth::Rng::new(0x9E0_91E);
    (0..n)
        .map(|_| {
            let id = rng.pick(ids).clone();
            let opened = intake::find_person(desk, ctx, LookupBy::IdNumber, &id)
                .expect("lookup")
                .into_iter()
                .next()
                .expect("stored");
            let applicant = &opened.application.personal.applicant;
            Person {
                receipt: opened.receipt.to_string(),
                id,
                phone: applicant.phone.clone(),
                name: applicant.name.clone(),
            }
        })
        .collect()
}

fn time_list(desk: &Desk, ctx: &Context, name: &str, filter: &Filter, rounds: usize) {
    let samples = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            let page = records::list(desk, ctx, filter, None, PAGE).expect("lists");
            std::hint::black_box(&page);
            start.elapsed()
        })
        .collect();
    row(name, &stats(samples, 1e3), "ms");
}

fn time_search(desk: &Desk, ctx: &Context, name: &str, queries: &[String]) {
    let samples = queries
        .iter()
        .map(|q| {
            let start = Instant::now();
            let page =
                records::search(desk, ctx, q, &Filter::default(), None, PAGE).expect("searches");
            let took = start.elapsed();
            std::hint::black_box(&page);
            took
        })
        .collect();
    row(name, &stats(samples, 1e3), "ms");
}

/// Every measure of lists and searches on the store at `path`, loaded with `count` intakes.
pub fn lists_and_searches(path: &Path, session: Arc<Session>, ids: &[String], count: usize) {
    let desk = Desk::open(path, &OpenOptions::default()).expect("desk opens");
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh).signed_in(session);
    // Warm up as a clerk's first look would.
    records::list(&desk, &ctx, &Filter::default(), None, PAGE).expect("lists");
    let filters = [
        ("newest", Filter::default()),
        (
            "status completed",
            Filter {
                status: Some(service_desk::domain::Status::Completed),
                ..Filter::default()
            },
        ),
        (
            "domain SOC",
            Filter {
                service: Some("SOC".into()),
                ..Filter::default()
            },
        ),
        (
            "operator li",
            Filter {
                operator: Some("li".into()),
                ..Filter::default()
            },
        ),
        (
            "by deadline",
            Filter {
                order: Order::Deadline,
                ..Filter::default()
            },
        ),
        (
            "overdue only",
            Filter {
                overdue_only: true,
                ..Filter::default()
            },
        ),
        (
            "channel home-visit",
            Filter {
                channel: Some(service_desk::domain::Channel::HomeVisit),
                ..Filter::default()
            },
        ),
    ];
    for (name, filter) in &filters {
        time_list(
            &desk,
            &ctx,
            &format!("list page, {name}, {count}"),
            filter,
            100,
        );
    }
    let people = people(&desk, &ctx, ids, 300);
    let kinds: [(&str, QueryOf); 8] = [
        ("receipt whole", |p| p.receipt.clone()),
        ("receipt last 6 digits", |p| {
            p.receipt[p.receipt.len() - 7..].replace('-', "")
        }),
        ("ID whole", |p| p.id.clone()),
        ("ID last 4", |p| p.id[14..].to_string()),
        ("ID last 6", |p| p.id[12..].to_string()),
        ("phone", |p| p.phone.clone()),
        ("name", |p| p.name.clone()),
        ("name by pinyin", |p| sealing::name_sound(&p.name)),
    ];
    for (name, query) in kinds {
        let queries: Vec<String> = people.iter().map(query).filter(|q| !q.is_empty()).collect();
        time_search(&desk, &ctx, &format!("search, {name}, {count}"), &queries);
    }
}
