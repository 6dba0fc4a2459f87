//! Listening to an event of the native side through `window.__TAURI__.event.listen`, typed
//! by the model's declaration of the event.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::events::Event;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Resolves to the function that stops listening. `catch`: outside Tauri it is an `Err`.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "event"], js_name = listen, catch)]
    async fn tauri_listen(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<JsValue, JsValue>;
}

/// Calls `on_event` with the payload of the model's event `E`, each time the native side emits
/// it, for as long as the component lives; a payload that does not read as `E::Payload` is
/// ignored (and logged to the console).
#[hook]
pub fn use_tauri_event<E>(on_event: Callback<E::Payload>)
where
    E: Event + 'static,
    E::Payload: 'static,
{
    use_tauri_event_payload(
        E::NAME,
        Callback::from(move |payload: JsValue| {
            match serde_wasm_bindgen::from_value::<E::Payload>(payload) {
                Ok(value) => on_event.emit(value),
                Err(err) => {
                    web_sys::console::warn_1(&format!("{}: {err}", E::NAME).into());
                }
            }
        }),
    );
}

/// Calls `on_event` with the event's raw payload each time the native side emits `name`, for
/// as long as the component lives.
#[hook]
fn use_tauri_event_payload(name: &'static str, on_event: Callback<JsValue>) {
    // The newest callback, so the listener set up once always calls what the last render gave.
    let latest = use_mut_ref(|| on_event.clone());
    *latest.borrow_mut() = on_event;

    use_effect_with(name, move |name| {
        let name = *name;
        let stopped = Rc::new(Cell::new(false));
        let unlisten: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
        let handler = {
            let latest = latest.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                let payload = js_sys::Reflect::get(&event, &JsValue::from_str("payload"))
                    .unwrap_or(JsValue::NULL);
                let callback = latest.borrow().clone();
                callback.emit(payload);
            })
        };
        let handler = Rc::new(handler);
        {
            let stopped = stopped.clone();
            let unlisten = unlisten.clone();
            let handler = handler.clone();
            spawn_local(async move {
                if let Ok(stop) = tauri_listen(name, &handler).await {
                    if let Ok(stop) = stop.dyn_into::<js_sys::Function>() {
                        if stopped.get() {
                            let _ = stop.call0(&JsValue::NULL);
                        } else {
                            *unlisten.borrow_mut() = Some(stop);
                        }
                    }
                }
            });
        }
        move || {
            stopped.set(true);
            if let Some(stop) = unlisten.borrow_mut().take() {
                let _ = stop.call0(&JsValue::NULL);
            }
            // The closure stays alive until the spawned task (which holds a clone) ends.
            drop(handler);
        }
    });
}
