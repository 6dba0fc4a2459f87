//! The bare stack the window benchmark measures the app against: a Tauri 2 window serving a
//! Yew 0.23 page that calls one command and paints the ten rows it answers. Nothing else: no
//! plugin, no store, no network. Built with the app's toolchain and release profile.

use serde::Serialize;

/// One row, the shape of a hook row at its smallest.
#[derive(Serialize)]
struct Row {
    id: u32,
    event: &'static str,
    flow: String,
    enabled: bool,
}

#[tauri::command]
fn rows() -> Vec<Row> {
    (1..=10)
        .map(|id| Row {
            id,
            event: if id % 2 == 0 { "missed" } else { "answered" },
            flow: format!("Flow {id}"),
            enabled: id % 3 != 0,
        })
        .collect()
}

fn main() {
    let run = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![rows])
        .run(tauri::generate_context!());
    if let Err(err) = run {
        eprintln!("the floor app failed: {err}");
        std::process::exit(1);
    }
}
