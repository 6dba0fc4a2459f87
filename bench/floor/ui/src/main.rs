//! The floor's page: on start it calls the one command and paints the ten rows it answers, then
//! marks `first-rows-painted` (User Timing) in the frame after they were painted, as the app's
//! own page does, so that the benchmark reads both starts the same way.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke(cmd: &str) -> Result<JsValue, JsValue>;
}

#[derive(Clone, PartialEq, Deserialize)]
struct Row {
    id: u32,
    event: String,
    flow: String,
    enabled: bool,
}

/// Marks `name` in the second animation frame from now: the first runs before the paint of the
/// frame that shows the rows, the second after it.
fn mark_after_paint(name: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let second = Closure::once_into_js(move || {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    });
    let first = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(second.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}

#[component]
fn App() -> Html {
    let rows = use_state(Vec::<Row>::new);
    {
        let rows = rows.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(answer) = tauri_invoke("rows").await {
                    if let Ok(list) = serde_wasm_bindgen::from_value::<Vec<Row>>(answer) {
                        rows.set(list);
                    }
                }
            });
        });
    }
    let painted = !rows.is_empty();
    use_effect_with(painted, |painted| {
        if *painted {
            mark_after_paint("first-rows-painted");
        }
    });
    html! {
        <table aria-label="Rows">
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr key={row.id} data-row-id={row.id.to_string()}>
                        <td>{ &row.event }</td>
                        <td>{ &row.flow }</td>
                        <td>{ if row.enabled { "on" } else { "off" } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn main() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ui-started");
    }
    yew::Renderer::<App>::new().render();
}
