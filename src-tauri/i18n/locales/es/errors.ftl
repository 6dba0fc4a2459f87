# What went wrong, as the native side reports it. Each message is one sentence or two: what
# happened, then what to do. Arguments: $server (an address), $detail (the server's, the
# system's or a library's own words, never translated), $path and $file (a file), $event (an
# event's name, already translated), $type (a queue type, already translated).

## The server and the session
error-unreachable = No se puede acceder al servidor { $server }. Compruebe su conexión e inténtelo de nuevo.
error-busy = El servidor { $server } está demasiado ocupado para responder ahora. Inténtelo de nuevo en un momento.
error-session-ended = Su sesión ha terminado. Vuelva a iniciar sesión.
error-not-signed-in = No ha iniciado sesión. Inicie sesión primero en un servidor Webitel.
error-forbidden-because = Su usuario no tiene permiso para hacer esto en el servidor: { $detail }. Pida el permiso a su administrador de Webitel.
error-forbidden = Su usuario no tiene permiso para hacer esto en el servidor. Pida el permiso a su administrador de Webitel.
error-read-only = Su usuario puede ver estos hooks, pero no cambiarlos. Pida a su administrador de Webitel el permiso para editar colas.
error-flows-forbidden = Su usuario no puede leer esquemas de flujo, así que no se puede elegir ningún flujo. Pida a su administrador de Webitel acceso de lectura a los esquemas de flujo.
error-queue-gone = Esta cola ya no existe en el servidor. Actualice la lista de colas y elija otra cola.
error-team-gone = Este equipo ya no existe en el servidor. Actualice la lista de equipos y elija otro equipo.
error-event-already-enabled = Otro hook { $event } de esta cola está habilitado, y una cola admite un solo hook habilitado por evento, así que este se dejó deshabilitado. Deshabilite primero el otro hook { $event }.
error-flow-taken-in-team = El servidor rechazó un segundo hook de este flujo en este equipo: un equipo admite un solo hook por flujo. Elija otro flujo o edite el hook del equipo para este flujo.
error-hook-gone = Este hook ya no existe en el servidor. Actualice para ver la lista actual.
error-rejected-because = El servidor rechazó el cambio: { $detail }. Revise los valores e inténtelo de nuevo.
error-rejected = El servidor rechazó el cambio. Revise los valores e inténtelo de nuevo.
error-second-enabled-hook = El servidor rechazó un segundo hook { $event } habilitado en esta cola: solo puede haber un hook habilitado por evento. Deshabilite primero el otro hook { $event }.
error-second-enabled-hook-any = El servidor rechazó un segundo hook habilitado para este evento en esta cola: solo puede haber un hook habilitado por evento. Deshabilite primero el otro hook de este evento.
error-server-failed-because = El servidor { $server } no pudo procesar la solicitud: { $detail }. Inténtelo de nuevo; si sigue fallando, avise a su administrador de Webitel.
error-server-failed = El servidor { $server } no pudo procesar la solicitud. Inténtelo de nuevo; si sigue fallando, avise a su administrador de Webitel.
error-unreadable-answer = El servidor { $server } envió una respuesta que esta aplicación no puede leer. Compruebe que la dirección apunta a un servidor Webitel e inténtelo de nuevo.
error-answer-too-large = El servidor { $server } envió una respuesta mucho mayor que cualquier respuesta de Webitel, así que no se leyó. Compruebe que la dirección apunta a un servidor Webitel e inténtelo de nuevo.
error-redirected = El servidor { $server } respondió con una redirección a { $to }, que esta aplicación no sigue, así que no se envió nada allí. Revise la dirección del servidor (https:// o http://, y la ruta) e inténtelo de nuevo.

## The server's certificate
error-certificate-unknown-issuer = El certificado del servidor no está firmado por una autoridad en la que confíe este equipo. Si el servidor usa una CA privada, añada su certificado al perfil.
error-certificate-expired = El certificado del servidor ha caducado. Pida al administrador del servidor que lo renueve.
error-certificate-not-valid-yet = El certificado del servidor aún no es válido. Compruebe la fecha y la hora de este equipo e inténtelo de nuevo.
error-certificate-name-mismatch = El certificado del servidor se emitió para un nombre distinto de { $server }. Revise la dirección o pida al administrador del servidor un certificado con este nombre.
error-certificate-revoked = El certificado del servidor ha sido revocado. Pida uno nuevo al administrador del servidor.
error-certificate-none = El servidor { $server } no presentó ningún certificado. Revise la dirección o consulte al administrador del servidor.
error-certificate-not-tls = El servidor { $server } no usa HTTPS en esta dirección. Compruebe si la dirección debería empezar por http://.
error-certificate-refused = Se rechazó el certificado del servidor: { $detail }. Revise la dirección y el certificado de CA del perfil.
error-certificate-invalid = No se puede verificar el certificado del servidor ({ $detail }). Pida al administrador del servidor un certificado válido, o añada al perfil la CA que lo firmó.
error-certificate = La conexión segura con el servidor falló ({ $detail }). Revise la dirección y el certificado de CA del perfil.
error-server-address = La dirección del servidor no es una dirección http(s) válida ({ $detail }). Corríjala e inténtelo de nuevo.
error-server-settings = No se puede usar la configuración de conexión ({ $detail }). Corrija la configuración del servidor e inténtelo de nuevo.
error-client = No se pudo enviar la solicitud ({ $detail }). Inténtelo de nuevo; si sigue fallando, avise a su administrador de Webitel.

## Signing in
error-wrong-password = El servidor rechazó este nombre de usuario o esta contraseña. Revíselos e inténtelo de nuevo.
error-wrong-code = El servidor rechazó este código de un solo uso. Escriba el código actual de su aplicación de autenticación e inténtelo de nuevo.
error-second-factor-unsupported = Este usuario inicia sesión con un código de un solo uso, que esta versión de la aplicación aún no puede pedir. Inicie sesión con un usuario sin verificación en dos pasos.
error-sign-in-not-waiting = Este inicio de sesión ya no espera un código. Vuelva a iniciar sesión con su contraseña.
error-password-needed = Su sesión en { $server } ha terminado. Escriba la contraseña de { $username } para volver a iniciar sesión.
error-bad-ca-certificate = No se puede usar el certificado de CA del perfil ({ $detail }). Pegue el certificado de CA en formato PEM (empieza por -----BEGIN CERTIFICATE-----).

## What the user typed
error-no-password = Escriba la contraseña y vuelva a iniciar sesión.
error-no-username = Escriba el nombre de usuario (user@domain) y vuelva a iniciar sesión.
error-bad-server-address = La dirección del servidor no es válida. Escríbala como https://your-server e inténtelo de nuevo.
error-bad-admin-address = La dirección del administrador no es válida. Escríbala como https://your-server/admin, o déjela vacía para usar la del propio servidor, y vuelva a guardar.
error-no-profile-name = Un perfil necesita un nombre. Escriba uno y vuelva a guardar.
error-no-flow = Elija el esquema de flujo que inicia el hook y vuelva a guardar.
error-unknown-event = Elija uno de los eventos que ofrece la lista para el hook y vuelva a guardar.
error-not-a-team-event = El hook de un equipo se inicia con Estado del agente: elija ese evento y vuelva a guardar.
error-event-never-fires = Ese evento nunca se dispara en una cola de tipo { $type }, así que el hook nunca iniciaría su flujo. Elija un evento que la lista ofrezca para esta cola y vuelva a guardar.
error-no-such-owner = Esa cola o ese equipo no figura entre los que lista el servidor. Elija uno de la lista e inténtelo de nuevo.
error-private-key-in-ca = El texto pegado contiene una clave privada, que esta aplicación nunca guarda: pegue solo el certificado de CA e inténtelo de nuevo.
error-page-size = Las filas por página van de 1 a 1000: elija uno de esos valores e inténtelo de nuevo.
error-page-number = Las páginas van numeradas del 1 al 1 000 000: vaya a la primera página e inténtelo de nuevo.
error-too-many = En una solicitud caben como máximo 1000 elementos: elija menos e inténtelo de nuevo.
error-too-long = El texto tiene más de 1000 caracteres: acórtelo e inténtelo de nuevo.
error-no-such-profile = Ese perfil de servidor ya no está en este equipo: elija uno de la lista e inténtelo de nuevo.

## The keyring
# $what: read, saved, deleted or opened. $platform: macos, windows or linux. $detail: one of the
# keyring-trouble-* messages below.
error-keyring-none = No hay ningún servicio de llavero en ejecución. Instale y desbloquee GNOME Keyring (paquete gnome-keyring) o KeePassXC con Secret Service, o inicie sesión con la opción «Solo esta sesión».
error-keyring-not-opened = No se puede abrir el llavero del sistema: { $detail }. { $platform ->
    [macos] Desbloquee el llavero de inicio de sesión en Keychain Access, o inicie sesión con la opción «Solo esta sesión».
    [windows] Compruebe que el servicio Credential Manager está en ejecución, o inicie sesión con la opción «Solo esta sesión».
   *[linux] Desbloquee el llavero (GNOME Keyring o KeePassXC con Secret Service), o inicie sesión con la opción «Solo esta sesión».
}
error-keyring-silent = El llavero no responde: { $detail }. { $platform ->
    [macos] Desbloquee el llavero de inicio de sesión en Keychain Access, o inicie sesión con la opción «Solo esta sesión».
    [windows] Compruebe que el servicio Credential Manager está en ejecución, o inicie sesión con la opción «Solo esta sesión».
   *[linux] Desbloquee el llavero (GNOME Keyring o KeePassXC con Secret Service), o inicie sesión con la opción «Solo esta sesión».
}
error-keyring-stalled = { $seconds ->
    [one] El llavero no respondió en { $seconds } segundo: puede que esté esperando su contraseña en una ventana que no se ve. Desbloquee el llavero y vuelva a iniciar la aplicación, o inicie sesión con la opción «Solo esta sesión».
   *[other] El llavero no respondió en { $seconds } segundos: puede que esté esperando su contraseña en una ventana que no se ve. Desbloquee el llavero y vuelva a iniciar la aplicación, o inicie sesión con la opción «Solo esta sesión».
}
error-keyring-probe-stopped = La comprobación del llavero se detuvo inesperadamente. Vuelva a iniciar la aplicación, o inicie sesión con la opción «Solo esta sesión».
error-keyring-locked = No se pudo { $what ->
    [read] leer
    [deleted] eliminar
    [opened] abrir
   *[saved] guardar
} la entrada del llavero: { $detail }. { $platform ->
    [macos] Desbloquee el llavero de inicio de sesión en Keychain Access, o inicie sesión con la opción «Solo esta sesión».
    [windows] Compruebe que el servicio Credential Manager está en ejecución, o inicie sesión con la opción «Solo esta sesión».
   *[linux] Desbloquee el llavero (GNOME Keyring o KeePassXC con Secret Service), o inicie sesión con la opción «Solo esta sesión».
}
error-keyring-failed = No se pudo { $what ->
    [read] leer
    [deleted] eliminar
    [opened] abrir
   *[saved] guardar
} la entrada del llavero: { $detail }.
error-keyring-task-stopped = La llamada al llavero se detuvo inesperadamente ({ $detail }). Inténtelo de nuevo.
# What went wrong in a keyring call; $inner is the keyring's own words.
keyring-trouble-service-failed = el servicio de llavero falló ({ $inner })
keyring-trouble-locked = el llavero está bloqueado ({ $inner })
keyring-trouble-no-entry = no existe esa entrada
keyring-trouble-bad-format = el valor guardado no tiene el formato esperado
keyring-trouble-damaged = el llavero está dañado ({ $inner })
keyring-trouble-too-long = un nombre es más largo de lo que permite el llavero ({ $inner })
keyring-trouble-invalid = un nombre no es válido para el llavero ({ $inner })
keyring-trouble-ambiguous = hay más de una entrada con este nombre
keyring-trouble-no-store = no hay ningún llavero configurado
keyring-trouble-not-supported = el llavero no puede hacer esto ({ $inner })
keyring-trouble-unknown = un error desconocido del llavero

## Files on this computer
error-store-damaged = El archivo de caché local { $path } está dañado ({ $detail }). Cierre la aplicación, mueva ese archivo a otro lugar y vuelva a iniciar la aplicación: la caché se reconstruye desde el servidor.
error-store-unusable = No se puede usar el archivo de caché local { $path } ({ $detail }). Compruebe que hay espacio en el disco y que el archivo se puede escribir, e inténtelo de nuevo.
error-store-newer = El archivo de caché local { $path } lo escribió una versión más reciente de Webitel Hooks (esquema { $found }; esta versión conoce el { $known }). Actualice la aplicación, o mueva ese archivo a otro lugar para empezar con una caché vacía.
error-store-damaged-not-set-aside = La caché local estaba dañada y no se puede apartar ({ $detail }). Cierre los demás programas que usan { $path } y vuelva a iniciar la aplicación.
error-store-newer-not-set-aside = La caché local la escribió una versión más reciente de Webitel Hooks y no se puede apartar ({ $detail }). Cierre los demás programas que usan { $path } y vuelva a iniciar la aplicación.
error-cache-folder = No se puede crear la carpeta { $path } para la caché local ({ $detail }). Compruebe que se puede escribir en ella y vuelva a iniciar la aplicación.
error-cache-not-deleted = No se puede eliminar el archivo de caché { $path } ({ $detail }). Cierre los demás programas que lo usan e inténtelo de nuevo.
error-data-folder = No se puede crear la carpeta de datos { $path } ({ $detail }). Compruebe que se puede escribir en ella y vuelva a iniciar la aplicación.
error-profiles-newer = El archivo de perfiles { $path } lo escribió una versión más reciente de Webitel Hooks (esquema { $found }; esta versión conoce el { $known }). Actualice la aplicación.
error-not-an-export = El archivo { $file } no es una exportación de Webitel Hooks ({ $detail }). Elija un archivo JSON creado con Exportar.
# Why a file is not an export ($inner: the parser's own words).
export-why-not-json = no es JSON: { $inner }
export-why-not-an-object = no es un objeto JSON
export-why-not-named = no indica que sea una exportación de Webitel Hooks
export-why-no-version = no tiene versión de formato
export-why-shape = { $inner }
export-why-too-large = ocupa más de { $mib } MiB
error-newer-export = El archivo { $file } lo exportó una versión más reciente de Webitel Hooks (versión de formato { $found }; esta versión lee hasta la { $known }). Actualice la aplicación para importarlo.
error-file-not-read = No se puede leer el archivo { $path } ({ $detail }). Compruebe que existe y que tiene permiso para leerlo.
# The cache file could not be used and was set aside ($kept: where it went) and rebuilt.
notice-cache-rebuilt = { $why ->
    [newer] La caché local la había escrito una versión más reciente de Webitel Hooks
   *[damaged] La caché local estaba dañada
} y se ha reconstruido; no se perdió nada pendiente de envío. Se vuelve a llenar desde el servidor (el archivo antiguo se conserva en { $kept }).
notice-cache-rebuilt-kept = { $why ->
    [newer] La caché local la había escrito una versión más reciente de Webitel Hooks
   *[damaged] La caché local estaba dañada
} y se ha reconstruido; { $count ->
    [one] se conservó { $count } cambio pendiente de envío, que se enviará
   *[other] se conservaron los { $count } cambios pendientes de envío, que se enviarán
} cuando se pueda acceder al servidor (el archivo antiguo se conserva en { $kept }).
notice-cache-rebuilt-lost = { $why ->
    [newer] La caché local la había escrito una versión más reciente de Webitel Hooks
   *[damaged] La caché local estaba dañada
} y se ha reconstruido. Los cambios hechos sin conexión que esperaban a enviarse no se pudieron leer de ella y se han perdido; revise los hooks que cambió sin conexión (el archivo antiguo se conserva en { $kept }).
error-file-not-written = No se puede escribir la exportación en { $path } ({ $detail }). Elija otra carpeta u otro nombre de archivo.

## Profiles, copies, pins, the sync
error-profile-gone = Este perfil de servidor ya no existe. Elija otro perfil o vuelva a añadirlo.
error-target-needs-sign-in = Para copiar en { $profile } hay que iniciar sesión en ese perfil. Cambie a { $profile }, inicie sesión, vuelva al perfil actual y copie de nuevo.
error-target-never-synced = No se puede acceder al servidor de { $profile } ({ $server }), y { $profile } nunca se sincronizó en este equipo, así que no se conocen sus colas. Inténtelo de nuevo cuando se pueda acceder a ese servidor.
error-queue-not-cached = Esta cola no está en la caché local, así que no se puede fijar. Actualice la lista de colas y vuelva a fijarla.
error-conflict-gone = Este conflicto ya está resuelto. Actualice para ver la lista actual.
error-sync-superseded = La sincronización se detuvo porque se abrió otro perfil; la sincronización del nuevo perfil empieza sola.
error-hook-not-listed = Este hook ya no está entre los hooks de { $queue }. Abra la ventana para verlos tal como están ahora.
error-not-all-disabled = { $failed ->
    [one] { $failed } de los { $total } hooks habilitados de { $queue } no se deshabilitó: { $first }
   *[other] { $failed } de los { $total } hooks habilitados de { $queue } no se deshabilitaron: { $first }
}
error-queues-not-read = { $failed ->
    [one] No se pudo leer { $failed } de { $total } colas y equipos; se muestra lo que se leyó antes. { $first }
   *[other] No se pudieron leer { $failed } de { $total } colas y equipos; se muestra lo que se leyó antes. { $first }
}

## Changes that waited, and undo
error-conflict-deleted-on-server = El hook se eliminó en el servidor mientras este cambio esperaba.
error-conflict-queue-deleted = La cola se eliminó en el servidor, o ya no tiene permiso para leerla, mientras este cambio esperaba: descarte el cambio, o consérvelo para reintentarlo cuando la cola vuelva a estar disponible.
error-conflict-changed-on-server = El hook se cambió en el servidor mientras este cambio esperaba.
error-undo-needs-server = Para deshacer primero hay que leer el hook del servidor, y ahora no se puede acceder al servidor, así que no se deshizo nada. Inténtelo de nuevo cuando tenga conexión.
# $what: what differs, made of the difference-* messages joined by "; ".
error-changed-since = El hook cambió en el servidor después de este cambio: { $what }. No se deshizo nada, así que se mantiene ese estado más reciente; cambie usted el hook si debe volver atrás.
error-undo-pending = Este cambio aún espera a enviarse al servidor, así que todavía no hay nada que deshacer. Sincronice ahora y después deshágalo.
error-undo-conflict = Este cambio chocó con un cambio hecho en el servidor y espera su decisión, así que no hay nada que deshacer. Resuelva primero el conflicto (Conservar la mía, Tomar la del servidor o Descartar).
error-nothing-to-undo = El servidor no aceptó este cambio, así que no hay nada que deshacer.
error-already-undone = Este cambio ya se deshizo.
error-journal-entry-gone = Esta entrada del historial ya no se conserva (las entradas antiguas se eliminan tras el número de días fijado en Configuración). Actualice el historial.
difference-deleted = se eliminó en el servidor
difference-exists = vuelve a estar en el servidor
difference-event = su evento ahora es { $event }
difference-flow = su flujo ahora es { $flow }
difference-enabled = ahora está habilitado
difference-disabled = ahora está deshabilitado
difference-separator = ;{" "}
