//! One real-terminal smoke test: the binary in a pseudo-terminal at 80×24. Search, switch
//! language, quit, and find the terminal restored.
#[path = "common/pty.rs"]
mod pty;

#[test]
fn the_binary_runs_in_a_real_terminal_and_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = pty::PtyApp::spawn(env!("CARGO_BIN_EXE_service-desk"), dir.path(), 80, 24);
    app.wait_for("the catalogue", |s| {
        s.alternate_screen() && s.contents().contains("EDU-01")
    });
    app.send(b"dibao");
    app.wait_for("SOC-01 on top", |s| s.contents().contains("▸SOC-01"));
    app.send(b"\x1bOQ"); // F2
    app.wait_for("Mongolian labels", |s| {
        !s.contents().contains("服务项目") && s.contents().contains("SOC-01")
    });
    app.send(b"\x11"); // Ctrl-Q
    app.wait_for("the normal screen back", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    let status = app.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}
