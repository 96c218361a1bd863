//! The service worker: registration, and noticing when a new version is waiting.
//! Hand-written on web-sys: no gloo crate covers service workers (listeners are gloo's).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};
use yew::prelude::*;

use super::EventListener;
use crate::effect::use_effect_cleaned;

/// The built worker's file in the site's folder; its scope is that folder.
const WORKER_FILE: &str = "sw.js";

/// What the reader can do about updates.
#[derive(Clone, PartialEq)]
pub struct ServiceWorkerState {
    /// A new version has been downloaded and waits for the reader's go-ahead.
    pub update_ready: bool,
    /// Activates the waiting version and reloads once it has taken over.
    pub on_refresh: Callback<()>,
}

/// Registers the service worker once and reports when a new version is ready. Never
/// reloads by itself. Where a worker cannot register (insecure origin, a sandboxed or
/// storage-blocked iframe, a private window) it quietly does nothing.
#[hook]
pub fn use_service_worker() -> ServiceWorkerState {
    let update_ready = use_state_eq(|| false);
    let registration = use_mut_ref(|| None::<ServiceWorkerRegistration>);
    let listeners = use_mut_ref(Vec::<EventListener>::new);
    {
        let update_ready = update_ready.clone();
        let registration = registration.clone();
        let listeners = listeners.clone();
        use_effect_cleaned((), move |_| {
            let worker_url = super::site_root_url().map(|root| format!("{root}{WORKER_FILE}"));
            if let (Some(container), Some(worker_url)) = (container(), worker_url) {
                let listeners_for_task = listeners.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(value) =
                        wasm_bindgen_futures::JsFuture::from(container.register(&worker_url)).await
                    else {
                        return;
                    };
                    let Ok(reg) = value.dyn_into::<ServiceWorkerRegistration>() else {
                        return;
                    };
                    watch_for_updates(&container, &reg, update_ready, &listeners_for_task);
                    *registration.borrow_mut() = Some(reg);
                });
            }
            Box::new(move || listeners.borrow_mut().clear())
        });
    }
    let on_refresh = {
        let registration = registration.clone();
        let listeners = listeners.clone();
        Callback::from(move |_| apply_update(registration.borrow().as_ref(), &listeners))
    };
    ServiceWorkerState {
        update_ready: *update_ready,
        on_refresh,
    }
}

/// The page's service worker container, if this context may have one. Reading
/// `navigator.serviceWorker` throws in some sandboxed frames, so it is read defensively.
fn container() -> Option<ServiceWorkerContainer> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let navigator = gloo_utils::window().navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// An update is ready when a worker is waiting while another controls this page (the
/// first install has nothing to replace, so it is not an update).
fn watch_for_updates(
    container: &ServiceWorkerContainer,
    reg: &ServiceWorkerRegistration,
    update_ready: UseStateHandle<bool>,
    listeners: &Rc<RefCell<Vec<EventListener>>>,
) {
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if reg.waiting().is_some() && controlled() {
        update_ready.set(true);
    }
    let reg_for_found = reg.clone();
    let listeners_for_found = listeners.clone();
    let on_found = EventListener::new(reg, "updatefound", move |_| {
        let Some(installing) = reg_for_found.installing() else {
            return;
        };
        let worker = installing.clone();
        let update_ready = update_ready.clone();
        let controlled = controlled.clone();
        let on_state = EventListener::new(&installing, "statechange", move |_| {
            if worker.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                update_ready.set(true);
            }
        });
        // Stored, not forgotten: dropped with the others on unmount. `try_borrow_mut`
        // because this runs inside a browser event, never while the vector is borrowed.
        if let (Some(l), Ok(mut all)) = (on_state, listeners_for_found.try_borrow_mut()) {
            all.push(l);
        }
    });
    listeners.borrow_mut().extend(on_found);
}

/// Tells the waiting worker to take over, and reloads when it has.
fn apply_update(
    reg: Option<&ServiceWorkerRegistration>,
    listeners: &Rc<RefCell<Vec<EventListener>>>,
) {
    let (Some(reg), Some(container)) = (reg, container()) else {
        return;
    };
    let Some(waiting) = reg.waiting() else {
        return;
    };
    let reload = EventListener::new(&container, "controllerchange", |_| {
        let _ = gloo_utils::window().location().reload();
    });
    listeners.borrow_mut().extend(reload);
    let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
}
