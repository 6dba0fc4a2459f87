# The words of the native side: the app's own errors, the tray menu, desktop notifications and
# native dialogs. The tray's status line uses the window's sync-* messages (main.ftl).

## The app's own errors
error-runtime = La aplicación no pudo completar la solicitud ({ $detail }). Reiníciela e inténtelo de nuevo.
error-still-starting = Aún no ha iniciado sesión. Espere a que la aplicación termine de iniciarse e inténtelo de nuevo.
error-not-started = La aplicación no terminó de iniciarse. Ciérrela y vuelva a iniciarla.
error-profiles-not-opened = La aplicación no pudo abrir sus perfiles ({ $detail }). Vuelva a iniciarla.
error-no-data-folder = La aplicación no encuentra una carpeta para sus datos ({ $detail }). Iníciela con --data-dir y una carpeta en la que se pueda escribir.
error-second-factor-at-start = Este usuario inicia sesión con un código de un solo uso, que la aplicación no puede recibir al iniciarse. Inicie sesión en la pantalla Iniciar sesión.
error-settings-not-loaded = La aplicación no terminó de iniciarse, así que su configuración no está cargada. Ciérrela y vuelva a iniciarla.
error-settings-without-folder = No se puede guardar la configuración porque la aplicación no tiene carpeta de datos. Iníciela con --data-dir y una carpeta en la que se pueda escribir.
error-settings-not-saved = No se pudo guardar la configuración ({ $detail }). Compruebe que se puede escribir en { $path } e inténtelo de nuevo.
error-start-at-login-unavailable = «Abrir al iniciar sesión» no está disponible en esta compilación de la aplicación. Añada la aplicación a los programas de inicio de su escritorio.
error-start-at-login-not-on = No se pudo activar «Abrir al iniciar sesión» ({ $detail }). Revise los programas de inicio de su escritorio e inténtelo de nuevo.
error-start-at-login-not-off = No se pudo desactivar «Abrir al iniciar sesión» ({ $detail }). Revise los programas de inicio de su escritorio e inténtelo de nuevo.
error-window-gone = La ventana de la aplicación ya no existe. Salga de la aplicación desde la bandeja y vuelva a iniciarla.
error-window-not-hidden = No se pudo ocultar la ventana ({ $detail }). Inténtelo de nuevo o reinicie la aplicación.
error-window-not-shown = No se pudo mostrar la ventana ({ $detail }). Inténtelo de nuevo o reinicie la aplicación.
error-sync-without-session = No ha iniciado sesión. Abra la ventana, inicie sesión y vuelva a sincronizar.
error-no-confirmation = La aplicación no puede pedir una confirmación aquí, así que los hooks de { $queue } se dejaron como estaban. Deshabilítelos desde la ventana.
error-browser-not-opened = No se pudo abrir el navegador ({ $detail }). Abra { $address } usted mismo en su navegador.
error-not-a-web-address = { $address } no es una dirección web (https:// o http://), así que no se abrió. Revise la dirección del administrador de Webitel del perfil.

## The tray menu
tray-show = Mostrar ventana
tray-hide = Ocultar ventana
tray-sync-now = Sincronizar ahora
tray-quit = Salir
tray-offline = { $count ->
    [0] Sin conexión: ningún cambio pendiente
    [one] Sin conexión: { $count } cambio pendiente
   *[other] Sin conexión: { $count } cambios pendientes
}
tray-disable-all = Deshabilitar todos los hooks de { $owner }
tray-team = { $team } (equipo)
# A hook in a pinned queue's submenu: "Bridged → Survey after call".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (pendiente)
tray-failed-hook = No se cambió el hook
tray-failed-disable-all = No se deshabilitaron todos los hooks
tray-failed-sync = La sincronización no se inició
tray-failed-show = La ventana no respondió
tray-failed = La bandeja no pudo hacerlo

## The confirmation before Disable all, from the tray
tray-confirm-title = Deshabilitar todos los hooks de { $queue }
tray-confirm-text = { $count ->
    [one] ¿Deshabilitar su hook habilitado? Las llamadas de { $queue } dejarán de iniciar sus flujos hasta que se vuelvan a habilitar los hooks.
   *[other] ¿Deshabilitar sus { $count } hooks habilitados? Las llamadas de { $queue } dejarán de iniciar sus flujos hasta que se vuelvan a habilitar los hooks.
}
tray-confirm-yes = Deshabilitar todos
tray-confirm-no = Cancelar

## Desktop notifications
notify-conflicts = { $count ->
    [one] Un cambio que hizo sin conexión entra en conflicto con el servidor: abra la aplicación para elegir.
   *[other] { $count } cambios que hizo sin conexión entran en conflicto con el servidor: abra la aplicación para elegir.
}
notify-changed = { $count ->
    [one] Otra persona cambió { $count } hook en { $server }.
   *[other] Otra persona cambió { $count } hooks en { $server }.
}
notify-the-server = el servidor

## Native file dialogs
dialog-export-hooks = Exportar hooks
dialog-export-journal = Exportar el historial
dialog-import-hooks = Importar hooks
dialog-filter-export = Exportación de Webitel Hooks (JSON)
dialog-filter-json = JSON (para volver a importar)
dialog-filter-csv = CSV (para leer)
dialog-filter-csv-only = CSV
