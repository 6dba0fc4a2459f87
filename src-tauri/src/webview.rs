//! The webview's own settings, where Tauri's configuration has none. On Linux (WebKitGTK) its
//! caches are sized for a page that loads nothing remote: every asset is in the binary, served
//! once, and there is no back and forward between pages, so the resource cache and the page
//! cache hold nothing worth their memory (`CacheModel::DocumentViewer` is WebKit's "no cache").
//! WebView2 and WKWebView size theirs by themselves.

use tauri::{AppHandle, Manager, Runtime};

use crate::desktop::MAIN_WINDOW;

/// Applies the settings to the main window's webview, on the main thread; a failure is
/// logged (the app works the same, with more memory).
pub fn size_caches<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else {
        return;
    };
    let applied = window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::{SettingsExt, WebContextExt, WebViewExt};
            let view = webview.inner();
            if let Some(context) = view.context() {
                context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
            }
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_enable_page_cache(false);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    });
    if let Err(err) = applied {
        tracing::warn!(error = %err, "the webview's caches could not be sized");
    }
}
