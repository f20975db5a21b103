//! Receipts and one-time notices: the text form in both languages (snapshots), values escaped
//! in the HTML, the QR code read back to the receipt number, a notice only when something is
//! outstanding, and the command line that writes and prints them, with its exit codes.
mod common;

use std::path::Path;
use std::sync::Arc;

use serde_json::{Value, json};
use service_desk::documents::{
    self, Document, Format, Hall, Kind, QR_QUIET_ZONE, Source, TEXT_COLUMNS, qr_modules,
    render_html, render_text,
};
use service_desk::domain::Lang;
use service_desk::domain::application::ApplicationInput;
use service_desk::domain::text::display_width;
use service_desk::i18n::Localizer;
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::intake::submit;
use service_desk::store::intakes::StoredIntake;

/// An application with a received, a missing and a deferred material, an agent, two services.
fn application(name: &str, document_lang: &str) -> Value {
    json!({
        "applicant": {"name": name, "id_number": "150102198503071247",
                      "phone": "13904711234", "region": "150102", "ethnicity": "02",
                      "address": "呼和浩特市新城区", "document_lang": document_lang,
                      "facts": ["dibao"]},
        "agent": {"name": "巴特尔", "id_number": "11010519491231002X", "relationship": "子女"},
        "services": ["SOC-01", "DIS-02"],
        "channel": "agent",
        "materials": [
            {"service": "SOC-01", "name": "身份证", "status": "received"},
            {"service": "SOC-01", "name": "户口簿", "status": "missing"},
            {"service": "DIS-02", "name": "残疾人证", "status": "deferred", "due": "2099-01-04"}
        ],
        "notes": ""
    })
}

/// Everything received: no notice is due.
fn complete_application() -> Value {
    let mut app = application("王芳", "zh-CN");
    app["materials"] = json!([{"service": "SOC-01", "name": "身份证", "status": "received"}]);
    app["agent"] = Value::Null;
    app["channel"] = json!("counter");
    app
}

/// The application stored on a fresh desk at the fixed hall time.
fn stored(fixture: &common::Fixture, input: &Value) -> StoredIntake {
    let input: ApplicationInput = serde_json::from_value(input.clone()).unwrap();
    let ctx = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh)
        .signed_in(fixture.operator());
    let centre = service_desk::domain::DivisionCode::parse("150102").unwrap();
    submit(&fixture.desk, &ctx, &centre, &input).unwrap().record
}

fn hall() -> Hall {
    Hall {
        centre_name: Some("新城区政务服务中心".into()),
        window: Some("A-2".into()),
    }
}

fn build(fixture: &common::Fixture, record: &StoredIntake, kind: Kind) -> Option<Document> {
    let l10n = Localizer::shared(common::texts(), Lang::Zh);
    let hall = hall();
    let source = Source {
        record,
        catalogue: fixture.desk.catalogue(),
        hall: &hall,
        l10n: &l10n,
    };
    documents::build(kind, &source)
}

fn assert_fits_a_line_printer(text: &str) {
    for line in text.lines() {
        assert!(display_width(line) <= TEXT_COLUMNS, "too wide: {line:?}");
        assert!(!line.chars().any(char::is_control), "control in {line:?}");
    }
}

#[test]
fn the_receipt_as_text_in_chinese() {
    let fixture = common::desk();
    let record = stored(&fixture, &application("王芳", "zh-CN"));
    let text = render_text(
        &build(&fixture, &record, Kind::Receipt).unwrap(),
        TEXT_COLUMNS,
    );
    assert_fits_a_line_printer(&text);
    insta::assert_snapshot!("receipt_text_zh", text);
}

#[test]
fn the_receipt_as_text_for_a_mongolian_reader_is_bilingual() {
    let fixture = common::desk();
    let record = stored(&fixture, &application("ᠤᠶᠤᠨᠴᠡᠴᠡᠭ", "mn-Mong"));
    let doc = build(&fixture, &record, Kind::Receipt).unwrap();
    let langs: Vec<Lang> = doc.sheets.iter().map(|s| s.lang).collect();
    assert_eq!(langs, [Lang::Mn, Lang::Zh]);
    let text = render_text(&doc, TEXT_COLUMNS);
    assert_fits_a_line_printer(&text);
    insta::assert_snapshot!("receipt_text_mn", text);
}

#[test]
fn the_notice_as_text_in_both_languages() {
    let fixture = common::desk();
    for (lang, name) in [("zh-CN", "王芳"), ("mn-Mong", "ᠤᠶᠤᠨᠴᠡᠴᠡᠭ")] {
        let record = stored(&fixture, &application(name, lang));
        let text = render_text(
            &build(&fixture, &record, Kind::Notice).unwrap(),
            TEXT_COLUMNS,
        );
        assert_fits_a_line_printer(&text);
        insta::assert_snapshot!(format!("notice_text_{lang}"), text);
    }
}

#[test]
fn a_notice_only_when_something_is_outstanding() {
    let fixture = common::desk();
    let complete = stored(&fixture, &complete_application());
    assert!(build(&fixture, &complete, Kind::Notice).is_none());
    let receipt = render_text(&build(&fixture, &complete, Kind::Receipt).unwrap(), 48);
    assert!(!receipt.contains("一次性告知书，"), "{receipt}");
    let outstanding = stored(&fixture, &application("王芳", "zh-CN"));
    let notice = render_text(&build(&fixture, &outstanding, Kind::Notice).unwrap(), 48);
    assert!(
        notice.contains("户口簿") && notice.contains("2099-01-04"),
        "{notice}"
    );
    assert!(
        !notice.contains("身份证（"),
        "received material in the notice: {notice}"
    );

    let dir = tempfile::tempdir().unwrap();
    let l10n = Localizer::shared(common::texts(), Lang::Zh);
    let hall = hall();
    let source = |record| Source {
        record,
        catalogue: fixture.desk.catalogue(),
        hall: &hall,
        l10n: &l10n,
    };
    let written = documents::write_documents(dir.path(), &source(&complete)).unwrap();
    assert!(written.notice.is_none());
    let written = documents::write_documents(dir.path(), &source(&outstanding)).unwrap();
    let notice = written.notice.expect("a notice");
    assert_eq!(
        std::fs::read_to_string(&notice.text.path).unwrap(),
        notice.text.body
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let first = complete.receipt.to_string();
    let second = outstanding.receipt.to_string();
    assert_eq!(
        names,
        [
            format!("{first}-receipt.html"),
            format!("{first}-receipt.txt"),
            format!("{second}-notice.html"),
            format!("{second}-notice.txt"),
            format!("{second}-receipt.html"),
            format!("{second}-receipt.txt"),
        ]
    );
}

#[test]
fn every_value_in_the_html_is_escaped() {
    let fixture = common::desk();
    let name = "<script>alert(1)</script>&\"'";
    let mut input = application(name, "mn-Mong");
    input["materials"][1]["name"] = json!("<img src=x onerror=alert(2)>");
    let record = stored(&fixture, &input);
    for kind in [Kind::Receipt, Kind::Notice] {
        let html = render_html(&build(&fixture, &record, kind).unwrap());
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;"),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(2)&gt;"),
            "{html}"
        );
        // Self-contained: nothing fetched, nothing run.
        for outside in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
            assert!(!html.contains(outside), "{outside} in the page");
        }
        assert!(html.contains("writing-mode: vertical-lr"));
        assert!(html.contains("Noto Sans Mongolian"));
    }
}

/// The QR path's dark runs (`M{x} {y}h{n}v1h-{n}z`) back as modules, quiet zone removed.
fn modules_from_path(path: &str, width: usize) -> Vec<bool> {
    let mut dark = vec![false; width * width];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let n = rest.split('v').next().unwrap();
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        for dx in 0..n {
            dark[(y - QR_QUIET_ZONE) * width + (x - QR_QUIET_ZONE) + dx] = true;
        }
    }
    dark
}

#[test]
fn the_qr_code_in_the_page_reads_back_as_the_receipt_number() {
    let fixture = common::desk();
    let record = stored(&fixture, &application("王芳", "zh-CN"));
    let receipt = record.receipt.to_string();
    let html = render_html(&build(&fixture, &record, Kind::Receipt).unwrap());
    let path = html
        .split("<path d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a QR path in the page");
    let (width, expected) = qr_modules(&receipt).unwrap();
    let modules = modules_from_path(path, width);
    assert_eq!(modules, expected, "the page draws the encoder's matrix");

    // Drawn at 4 pixels a module with the quiet zone, then scanned.
    let scale = 4;
    let side = (width + 2 * QR_QUIET_ZONE) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let inside = (QR_QUIET_ZONE..QR_QUIET_ZONE + width).contains(&mx)
            && (QR_QUIET_ZONE..QR_QUIET_ZONE + width).contains(&my);
        let dark = inside && modules[(my - QR_QUIET_ZONE) * width + mx - QR_QUIET_ZONE];
        if dark { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, receipt);
}

#[test]
fn print_arguments_put_the_path_where_the_command_says() {
    use service_desk::domain::config::PrintCommand;
    let path = Path::new("/r/150102-20261202-0001-receipt.txt");
    let appended = PrintCommand::parse("lp -d counter").unwrap();
    let placed = PrintCommand::parse("lpr {} -P counter").unwrap();
    let words = |c: &PrintCommand| -> Vec<String> {
        documents::print_args(c, path)
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(words(&appended), ["-d", "counter", path.to_str().unwrap()]);
    assert_eq!(words(&placed), [path.to_str().unwrap(), "-P", "counter"]);
    assert_eq!(Format::Html.extension(), "html");
}

// ----- the command line -----

struct Hall2 {
    home: tempfile::TempDir,
}

impl Hall2 {
    fn new() -> Hall2 {
        let hall = Hall2 {
            home: tempfile::tempdir().unwrap(),
        };
        for (key, value) in [("centre-code", "150102"), ("window", "A-2")] {
            hall.cmd()
                .args(["config", "set", key, value])
                .assert()
                .success();
        }
        let receipts = hall.receipts();
        hall.set("receipts-dir", receipts.to_str().unwrap());
        hall.cmd()
            .args(["operators", "init", "--name", common::OPERATOR])
            .env("SERVICE_DESK_NEW_PASSWORD", common::PASSWORD)
            .assert()
            .success();
        hall
    }

    fn set(&self, key: &str, value: &str) {
        self.cmd()
            .args(["config", "set", key, value])
            .assert()
            .success();
    }

    fn receipts(&self) -> std::path::PathBuf {
        self.home.path().join("receipts")
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::cargo_bin("service-desk").unwrap();
        cmd.env_remove("SERVICE_DESK_LANG")
            .env_remove("SERVICE_DESK_DB")
            .env("SERVICE_DESK_CONFIG", self.home.path().join("config.toml"))
            .env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("SERVICE_DESK_OPERATOR", common::OPERATOR)
            .env("SERVICE_DESK_PASSWORD", common::PASSWORD)
            .env_remove("SERVICE_DESK_PASSWORD_FILE")
            .arg("--db")
            .arg(self.home.path().join("store"));
        cmd
    }

    fn add(&self, input: &Value) -> Value {
        let out = self
            .cmd()
            .args(["intake", "add", "-", "--format", "json", "--reason", "r"])
            .write_stdin(input.to_string())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn print(&self, args: &[&str]) -> std::process::Output {
        self.cmd()
            .args(["records", "print"])
            .args(args)
            .output()
            .unwrap()
    }
}

#[test]
fn intake_add_writes_the_papers_and_says_where() {
    let hall = Hall2::new();
    let added = hall.add(&application("王芳", "zh-CN"));
    let receipt = added["receipt"].as_str().unwrap();
    let text = added["files"]["receipt"]["text"].as_str().unwrap();
    assert_eq!(
        Path::new(text),
        hall.receipts().join(format!("{receipt}-receipt.txt"))
    );
    assert!(std::fs::read_to_string(text).unwrap().contains(receipt));
    let html = added["files"]["notice"]["html"].as_str().unwrap();
    assert!(
        std::fs::read_to_string(html)
            .unwrap()
            .contains("一次性告知书")
    );
    assert_eq!(added["files_error"], Value::Null);

    let complete = hall.add(&complete_application());
    assert_eq!(complete["files"]["notice"], Value::Null);

    // The table form keeps stdout for the confirmation and says on stderr where the files are.
    let out = hall
        .cmd()
        .args(["intake", "add", "-", "--reason", "r"])
        .write_stdin(complete_application().to_string())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("回执已保存") && stderr.contains("-receipt.txt"),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("receipt.txt"));
}

#[test]
fn a_receipts_folder_that_cannot_be_written_keeps_the_intake() {
    let hall = Hall2::new();
    // A file where the folder should be.
    std::fs::write(hall.receipts(), "not a folder").unwrap();
    let added = hall.add(&application("王芳", "zh-CN"));
    let receipt = added["receipt"].as_str().unwrap();
    assert_eq!(added["files"], Value::Null);
    assert!(added["files_error"].as_str().unwrap().contains("receipts"));
    hall.cmd()
        .args(["records", "show", receipt])
        .assert()
        .success();
    let out = hall.print(&[receipt]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("回执文件未能保存"));
}

#[test]
fn records_print_without_a_print_command_writes_the_paper_to_stdout() {
    let hall = Hall2::new();
    let added = hall.add(&application("王芳", "zh-CN"));
    let receipt = added["receipt"].as_str().unwrap();
    let out = hall.print(&[receipt]);
    assert!(out.status.success());
    let stored = std::fs::read(hall.receipts().join(format!("{receipt}-receipt.txt"))).unwrap();
    assert_eq!(out.stdout, stored);
    let out = hall.print(&[receipt, "--notice", "--format", "html"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<!DOCTYPE html>"));
}

#[test]
fn records_print_refuses_what_it_cannot_print() {
    let hall = Hall2::new();
    let complete = hall.add(&complete_application());
    let receipt = complete["receipt"].as_str().unwrap();
    let code = |args: &[&str]| hall.print(args).status.code();
    assert_eq!(code(&["not-a-receipt"]), Some(3));
    assert_eq!(code(&["150102-20991231-0001"]), Some(3));
    let out = hall.print(&[receipt, "--notice"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不出具一次性告知书"));
}

#[cfg(unix)]
#[test]
fn the_print_command_gets_the_file_and_its_failure_is_told() {
    let hall = Hall2::new();
    let added = hall.add(&application("王芳", "zh-CN"));
    let receipt = added["receipt"].as_str().unwrap();
    let printed = hall.home.path().join("printed.txt");
    hall.set("print-command", &format!("cp {{}} {}", printed.display()));
    let out = hall.print(&[receipt]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("已送打印"));
    let file = hall.receipts().join(format!("{receipt}-receipt.txt"));
    assert_eq!(
        std::fs::read(&printed).unwrap(),
        std::fs::read(&file).unwrap()
    );

    hall.set("print-command", "false");
    let out = hall.print(&[receipt]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("运行失败") && stderr.contains("-receipt.txt"),
        "{stderr}"
    );
    assert!(file.exists(), "the file is kept");

    hall.set("print-command", "/nonexistent/lp");
    let out = hall
        .cmd()
        .args(["--lang", "mn-Mong", "records", "print", receipt])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ"), "{stderr}");
}

#[test]
fn a_common_document_is_named_in_each_pages_language() {
    let fixture = common::desk();
    let mut app = application("ᠤᠶᠤᠨᠴᠡᠴᠡᠭ", "mn-Mong");
    // Picked from the form's list by a Chinese-speaking clerk; typed by hand on the next line.
    app["materials"] = json!([
        {"service": "SOC-01", "name": "居民身份证", "status": "received"},
        {"service": "SOC-01", "name": "结婚证", "status": "missing"}
    ]);
    let record = stored(&fixture, &app);
    let doc = build(&fixture, &record, Kind::Receipt).unwrap();
    let text = render_text(&doc, 200);
    let (mn, zh) = text.split_at(text.find("受理回执").unwrap());
    assert!(mn.contains("ᠰᠠᠭᠤᠭᠠᠯᠢ ᠠᠷᠠᠳ"), "{mn}");
    assert!(!mn.contains("居民身份证"), "{mn}");
    assert!(zh.contains("居民身份证"), "{zh}");
    assert!(
        mn.contains("结婚证") && zh.contains("结婚证"),
        "typed names stay as typed"
    );
}
