# The words of Webitel Hooks, Spanish. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = La ventana no pudo preparar la solicitud { $command } ({ $detail }).
error-window-answer = La ventana no pudo leer la respuesta a { $command } ({ $detail }). Reinicie la aplicación.
error-window-refused = La aplicación rechazó la solicitud ({ $detail }). Reinicie la aplicación; si el problema persiste, infórmelo.

## Session start
session-loading = Iniciando sesión…

## Sign-in screen
sign-in-form = Iniciar sesión
sign-in-title = Iniciar sesión en Webitel
sign-in-loading = Leyendo sus perfiles de servidor…
sign-in-profile = Perfil
sign-in-new-server = Nuevo servidor…
sign-in-server = URL del servidor
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Nombre de usuario
sign-in-username-placeholder = user@domain
sign-in-password = Contraseña
sign-in-remember = Recordarme
sign-in-remember-hint = Guarda la contraseña en el llavero de este equipo, para que una sesión caducada se renueve sola.
sign-in-keyring-title = No se puede usar el llavero de este equipo.
sign-in-keyring-hint = No se guarda nada entre ejecuciones: tendrá que escribir la contraseña de nuevo la próxima vez que abra la aplicación.
sign-in-session-only = Solo esta sesión
sign-in-ca = Certificado de CA privada
sign-in-ca-hint = Para un servidor cuyo certificado está firmado por la autoridad propia de su organización: pegue el certificado de esa autoridad (PEM). Los certificados siempre se verifican.
sign-in-ca-kept = Este perfil ya confía en un certificado propio; pegue otro para reemplazarlo.
sign-in-ca-pem = Certificado de CA (PEM)
sign-in-submit = Iniciar sesión
sign-in-cancel = Cancelar
sign-in-code-lead = Su cuenta requiere un segundo factor. Escriba el código de un solo uso de su aplicación de autenticación.
sign-in-code = Código de un solo uso
sign-in-verify = Verificar
sign-in-back = Atrás

## Profile menu and its dialogs
profiles = Perfiles
profiles-add = Añadir servidor…
profiles-edit = Editar perfil…
profiles-remove = Quitar perfil…
profiles-settings = Configuración…
profiles-sign-out = Cerrar sesión
dialog-cancel = Cancelar
profile-edit-title = Editar perfil
profile-edit-name = Nombre del perfil
profile-edit-admin = Dirección del administrador de Webitel
profile-edit-admin-note = Los enlaces a flujos se abren aquí. Déjelo vacío para usar el administrador del propio servidor.
remove-title = Quitar perfil
remove-text = Quitar el perfil
remove-detail = Su contraseña guardada, su sesión y sus hooks en caché se borran de este equipo. Los hooks del servidor quedan como están.
remove-confirm = Quitar
sign-out-title = Cerrar sesión
sign-out-text = Necesitará la contraseña para volver a iniciar sesión en este servidor. Los cambios aún no enviados se quedan en este equipo.
sign-out-wipe = Borrar también los hooks en caché de este servidor
sign-out-confirm = Cerrar sesión

## Session expired
expired-title = Sesión caducada
expired-kept = Se conservan su posición y todos los cambios aún no enviados.

## Queue picker
queues-title = Colas
queues-search = Buscar colas
queues-type = Tipo de cola
queues-type-all = Todos los tipos
queues-list = Colas
queues-loading = Cargando colas…
queues-empty = Ninguna cola coincide.
queues-pin = Fijar en la bandeja
queues-pinned = Fijada en la bandeja: sus hooks se pueden habilitar o deshabilitar desde el menú de la bandeja. Pulse para dejar de fijarla.
queue-disabled = Deshabilitada
queue-type-offline = Sin conexión
queue-type-inbound = Entrante
queue-type-ivr = IVR
queue-type-preview = Vista previa
queue-type-progressive = Marcador progresivo
queue-type-predictive = Marcador predictivo
queue-type-inbound-chat = Chat entrante
queue-type-inbound-task = Tarea entrante
queue-type-outbound-task = Tarea saliente
queue-type-im-chat = Chat IM
queue-type-outbound-call = Llamada saliente
queue-type-other = Tipo { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Colas y equipos
teams-title = Equipos
teams-search = Buscar equipos
teams-list = Equipos
teams-loading = Cargando equipos…
teams-empty = Ningún equipo coincide.
# What a team's hook belongs to, where a queue's shows its queue type.
owner-team = Equipo

## Registry
registry-pick-title = Ninguna cola seleccionada
registry-pick = Elija una cola a la izquierda para revisar sus hooks.
registry-pick-owner = Elija una cola o un equipo a la izquierda para revisar sus hooks.
registry-subtitle = Los hooks inician un esquema de flujo cuando le ocurre un evento a un miembro de esta cola.
registry-read-only = Solo puede ver los hooks de esta cola: para añadirlos, cambiarlos o eliminarlos se necesitan permisos de actualización sobre las colas.
registry-read-only-team = Solo puede ver los hooks de este equipo: para añadirlos, cambiarlos o eliminarlos se necesitan permisos de actualización sobre los equipos.
hooks-refresh = Actualizar
hooks-add = Añadir
hooks-delete-selected = { $count ->
    [one] Eliminar { $count } elemento seleccionado
   *[other] Eliminar { $count } elementos seleccionados
}
hooks-selected = { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
hooks-table = Hooks
hooks-select-all = Seleccionar todo
hooks-select = Seleccionar
# A row whose owner the user may not change, in the all-hooks registry: why it cannot be selected.
hooks-select-forbidden-queue = Para cambiar los hooks de una cola se necesitan permisos de actualización sobre las colas.
hooks-select-forbidden-team = Para cambiar los hooks de un equipo se necesitan permisos de actualización sobre los equipos.
col-event = Evento
col-flow = Esquema de flujo
col-state = Estado
col-actions = Acciones
hooks-state = Estado
hooks-enabled = Habilitado
hooks-disabled = Deshabilitado
hooks-edit = Editar hook
hooks-open-flow = Abrir { $flow } en el administrador de Webitel
hooks-delete = Eliminar
hooks-empty = Aún no hay registros
hooks-empty-hint = Añada un hook con el botón Añadir.
hooks-loading = Cargando hooks…
hooks-never-fires = nunca se dispara
hooks-never-fires-title = El centro de contacto nunca dispara este evento en una cola de tipo { $type }, así que este hook nunca inicia su flujo.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Selección
bulk-enable = Habilitar
bulk-disable = Deshabilitar
bulk-enable-selected = { $count ->
    [one] Habilitar { $count } hook seleccionado
   *[other] Habilitar { $count } hooks seleccionados
}
bulk-disable-selected = { $count ->
    [one] Deshabilitar { $count } hook seleccionado
   *[other] Deshabilitar { $count } hooks seleccionados
}
bulk-selected = { $count ->
    [one] { $count } hook seleccionado
   *[other] { $count } hooks seleccionados
}
bulk-select-matching = { $count ->
    [one] Seleccionar { $count } hook coincidente
   *[other] Seleccionar los { $count } coincidentes
}
bulk-all-matching-selected = { $count ->
    [one] Está seleccionado { $count } hook coincidente que puede cambiar.
   *[other] Están seleccionados los { $count } hooks coincidentes que puede cambiar.
}
bulk-selecting = Seleccionando todos los hooks coincidentes…
bulk-clear = Limpiar selección
bulk-switched-enabled = { $count ->
    [one] { $count } hook habilitado.
   *[other] { $count } hooks habilitados.
}
bulk-switched-disabled = { $count ->
    [one] { $count } hook deshabilitado.
   *[other] { $count } hooks deshabilitados.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } ya estaba habilitado.
   *[other] { $count } ya estaban habilitados.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } ya estaba deshabilitado.
   *[other] { $count } ya estaban deshabilitados.
}
bulk-all-unchanged-enabled = { $count ->
    [one] El hook ya estaba habilitado.
   *[other] Los { $count } hooks ya estaban habilitados.
}
bulk-all-unchanged-disabled = { $count ->
    [one] El hook ya estaba deshabilitado.
   *[other] Los { $count } hooks ya estaban deshabilitados.
}
bulk-failed-enable = { $count ->
    [one] No se pudo habilitar { $count } hook:
   *[other] No se pudieron habilitar { $count } hooks:
}
bulk-failed-disable = { $count ->
    [one] No se pudo deshabilitar { $count } hook:
   *[other] No se pudieron deshabilitar { $count } hooks:
}
# A refused hook, on a line of its own: its event and flow, then why, as a full sentence.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] y { $count } más.
   *[other] y { $count } más.
}

## Pagination
pagination = Páginas
page-size = Filas por página
page-prev = Anterior
page-next = Siguiente
page-number = Página { $page }

## Add / edit modal
modal-add = Añadir hook
modal-edit = Editar hook
modal-event = Evento
modal-event-placeholder = Seleccione un evento
modal-flow = Esquema de flujo
modal-flow-list = Esquemas de flujo
modal-flow-placeholder = Buscar esquemas de flujo
modal-flow-none = Ningún esquema de flujo coincide.
modal-flow-loading = Cargando esquemas de flujo…
modal-flow-selected = Seleccionado: { $name }
modal-flow-unselected = Aún no se ha elegido ningún esquema de flujo.
modal-flow-forbidden = No tiene permiso para leer esquemas de flujo, así que no se puede elegir ningún flujo. Pida a un administrador acceso de lectura a los esquemas de flujo.
modal-clash = { $event } → { $flow } está { $state } en esta cola, y el servidor permite un solo hook habilitado por evento: se rechazaría al guardar.
modal-clash-enabled = habilitado
modal-clash-disabled = deshabilitado
modal-clash-show = Mostrar ese hook
modal-more-events = Más eventos
modal-never-fires = El centro de contacto nunca dispara este evento en una cola de tipo { $type }.
modal-team-flow-taken = Este equipo ya tiene un hook que inicia { $flow }: un equipo admite un solo hook por flujo.
modal-save = Guardar
modal-saving = Guardando…
modal-close = Cerrar
modal-loading = Leyendo el hook del servidor…

## Delete confirmation
confirm-title = Confirmar eliminación
confirm-text = { $count ->
    [one] ¿Está seguro de que desea eliminar { $count } registro?
   *[other] ¿Está seguro de que desea eliminar { $count } registros?
}
# The one hook a single delete removes: its event and its flow schema.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Sí
confirm-no = No

## Notifications
toasts-region = Notificaciones
toast-close = Descartar
toast-created = Hook añadido.
toast-saved = Hook guardado.
toast-deleted = { $count ->
    [one] Se eliminó { $count } registro.
   *[other] Se eliminaron { $count } registros.
}
toast-delete-failed = { $count ->
    [one] No se pudo eliminar { $count } registro: { $list }
   *[other] No se pudieron eliminar { $count } registros: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Unido
event-joined-meaning = El miembro entró en la cola.
event-answered = Respondido
event-answered-meaning = Definido, pero el centro de contacto nunca lo dispara, en ningún tipo de cola.
event-offering = Ofrecido
event-offering-meaning = La llamada se está ofreciendo a un agente (la línea del agente está sonando).
event-bridged = Enlazado
event-bridged-meaning = El cliente y el agente están conectados.
event-missed = Perdido
event-missed-meaning = El agente al que se ofreció no respondió o rechazó la llamada.
event-leaving = Saliendo
event-leaving-meaning = El intento terminó y el miembro sale de la cola, sea cual sea el resultado; también cuando venció el plazo del miembro.
event-processing = Procesando
event-processing-meaning = Postprocesamiento tras la llamada; solo cuando la cola tiene activado el postprocesamiento.
event-active = Activo
event-active-meaning = El agente respondió (colas Sin conexión y Vista previa).
event-wait-agent = Espera de agente
event-wait-agent-meaning = El miembro espera a un agente libre: una llamada o un chat entrante entró en la búsqueda de agente, se respondió una llamada predictiva, o un agente al que se ofreció no respondió y la búsqueda vuelve a empezar.
event-agent-status = Estado del agente
event-agent-status-meaning = Un agente del equipo cambió de estado.
event-other = { $value }
event-other-meaning = Un evento que esta versión no conoce: { $value }.

## Sync bar
sync-status = Estado de la sincronización
sync-progress = Progreso de la sincronización
sync-now = Sincronizar ahora
sync-never = Nunca sincronizado
sync-just-now = Sincronizado hace un momento
sync-minutes = Sincronizado hace { $count } min
sync-hours = Sincronizado hace { $count } h
sync-running = Sincronizando… { $done } de { $total } colas
sync-starting = Sincronizando…

## Banners
offline-title = Sin conexión
offline-text = Está sin conexión: no se puede acceder a { $server }. Está trabajando con la caché; los cambios se conservan y se envían cuando vuelva la conexión.
offline-pending = { $count ->
    [one] { $count } cambio pendiente de envío.
   *[other] { $count } cambios pendientes de envío.
}
conflicts-title = Conflictos
conflicts-text = { $count ->
    [one] { $count } cambio entra en conflicto con el servidor.
   *[other] { $count } cambios entran en conflicto con el servidor.
}
conflicts-review = Revisar conflictos

## Offline marks on registry rows
mark-pending = Pendiente
mark-pending-title = Pendiente de envío
mark-conflict = Conflicto
mark-conflict-action = Resolver conflicto
mark-conflict-title = Este cambio entra en conflicto con el servidor: elija qué versión se queda.

## Conflict dialog
conflict-title = Conflicto
conflict-loading = Leyendo los conflictos…
conflict-position = { $position } de { $count }
conflict-queue = Cola:
conflict-queue-unknown = Cola { $id }
conflict-team = Equipo:
conflict-team-unknown = Equipo { $id }
conflict-mine = Su versión
conflict-theirs = Versión del servidor
conflict-deleted = Eliminado
conflict-keep-mine = Conservar la mía
conflict-keep-mine-title = Enviar su versión por encima de la del servidor.
conflict-take-theirs = Tomar la del servidor
conflict-take-theirs-title = Descartar su cambio y conservar la versión del servidor.
conflict-discard = Descartar
conflict-discard-title = Descartar su cambio y volver a leer el hook del servidor.

## All queues
all-title = Todas las colas
all-total = { $count ->
    [one] { $count } hook
   *[other] { $count } hooks
}
all-filters = Filtros
all-search = Buscar hooks
all-filter-any = Todos
all-filter-kind = Clase
all-kind-queues = Colas
all-kind-teams = Equipos
all-filter-queue = Filtrar por cola
all-filter-queue-type = Filtrar por tipo de cola
all-filter-event = Filtrar por evento
all-filter-flow = Filtrar por flujo
all-filter-state = Filtrar por estado
all-only-pending = Solo pendientes
all-only-conflicts = Solo conflictos
all-table = Todos los hooks
all-col-queue = Cola
all-col-queue-type = Tipo de cola
all-open-queue = Abrir los hooks de esta cola
all-open-team = Abrir los hooks de este equipo
# The owner filter's choices: a team's name marked as a team's; an owner the cache has no name for.
all-owner-team = { $name } (equipo)
all-owner-queue-unknown = Cola { $id }
all-owner-team-unknown = Equipo { $id }
# The owner and flow filters' lists show the first fifty matches of the typed text; the line under them counts the rest.
picker-more = { $count } más — escriba para acotar
picker-none = Nada coincide

## Settings
settings-title = Configuración
settings-loading = Leyendo la configuración…
settings-close-to-tray = Seguir ejecutándose en la bandeja al cerrar la ventana
settings-start-at-login = Abrir al iniciar sesión
settings-notifications = Notificaciones de escritorio
settings-language = Idioma
settings-language-system = Igual que el sistema ({ $language })
settings-copy-diagnostics = Copiar diagnóstico
settings-diagnostics-hint = Versiones, carpetas, estado del llavero y errores recientes, para un informe de error. Nunca una contraseña ni un token.
settings-diagnostics = Diagnóstico
settings-copied = Diagnóstico copiado
settings-copy-failed = No se pudo acceder al portapapeles: el diagnóstico está seleccionado en el cuadro de arriba; cópielo desde allí (Ctrl+C).
settings-close = Cerrar

# A queue whose server answer had rows this app could not read: they show as last read, if ever.
hooks-skipped = { $count ->
    [one] No se pudo leer un hook de esta cola (el servidor lo envió en un formato que esta aplicación no conoce): se muestra tal como se leyó la última vez, o no se muestra si nunca se leyó. Ábralo en el administrador de Webitel para revisarlo.
   *[other] No se pudieron leer { $count } hooks de esta cola (el servidor los envió en un formato que esta aplicación no conoce): se muestran tal como se leyeron la última vez, o no se muestran si nunca se leyeron. Ábralos en el administrador de Webitel para revisarlos.
}

## Export, import and "Copy to…"
transfer-group = Exportar e importar
export-button = Exportar…
export-hint-queue = Exportar los hooks de esta cola a un archivo (JSON para importar o CSV para leer)
export-hint-team = Exportar los hooks de este equipo a un archivo (JSON para importar o CSV para leer)
export-hint-selected = { $count ->
    [one] Exportar el hook seleccionado a un archivo (JSON para importar o CSV para leer)
   *[other] Exportar los { $count } hooks seleccionados a un archivo (JSON para importar o CSV para leer)
}
export-hint-matching = Exportar todos los hooks que coinciden con los filtros a un archivo (JSON para importar o CSV para leer)
export-done = { $count ->
    [one] { $count } hook exportado a { $file }.
   *[other] { $count } hooks exportados a { $file }.
}
import-button = Importar…
import-hint = Importar los hooks de un archivo de exportación a este perfil de servidor
import-title = Vista previa de la importación
copy-preview-title = Vista previa de la copia
import-running-title = Importando hooks
import-report-title = Informe de importación
copy-running-title = Copiando hooks
copy-report-title = Informe de copia
import-source = Desde { $file }.
import-source-server = Desde { $file }, exportado desde { $server }.
transfer-nothing = No se creará nada: todos los hooks ya existen o no se pueden importar.
transfer-section-create = Se crearán: { $count }
transfer-section-disabled = Se crearán deshabilitados, porque la cola ya tiene un hook habilitado para su evento: { $count }
transfer-section-skip = Ya existen, se omiten: { $count }
transfer-section-unmatched = No se pueden importar: { $count }
transfer-disabled-because = “{ $hook }” está habilitado para este evento
transfer-team = { $team } (equipo)
transfer-why-owner-not-found = { $kind ->
    [team] No hay ningún equipo llamado “{ $owner }” en este servidor.
   *[other] No hay ninguna cola llamada “{ $owner }” en este servidor.
}
transfer-why-owner-ambiguous = { $kind ->
    [team] Varios equipos se llaman “{ $owner }”, ninguno con el id del archivo.
   *[other] Varias colas se llaman “{ $owner }”, ninguna con el id del archivo.
}
transfer-why-flow-not-found = No hay ningún esquema de flujo llamado “{ $flow }” en este servidor.
transfer-why-flow-ambiguous = Varios esquemas de flujo se llaman “{ $flow }”, ninguno con el id del archivo.
transfer-why-event-not-possible = Este evento no puede iniciar un hook de { $kind ->
    [team] este equipo
   *[other] esta cola
}.
transfer-why-not-allowed = Su usuario no puede cambiar los hooks de “{ $owner }”.
transfer-cancel = Cancelar
transfer-confirm = { $count ->
    [one] Crear { $count } hook
   *[other] Crear { $count } hooks
}
transfer-close = Cerrar
transfer-progress = Creando hooks… { $done } de { $total }
transfer-progress-label = Progreso
transfer-report = Informe
transfer-created = { $count ->
    [one] { $count } hook creado.
   *[other] { $count } hooks creados.
}
transfer-queued = { $count ->
    [one] { $count } hook guardado para enviarse cuando se pueda acceder al servidor.
   *[other] { $count } hooks guardados para enviarse cuando se pueda acceder al servidor.
}
transfer-skipped = { $count ->
    [one] { $count } ya existía, omitido.
   *[other] { $count } ya existían, omitidos.
}
transfer-not-imported = { $count ->
    [one] { $count } no se pudo importar, como indicaba la vista previa.
   *[other] { $count } no se pudieron importar, como indicaba la vista previa.
}
transfer-failed = { $count ->
    [one] { $count } hook no se creó:
   *[other] { $count } hooks no se crearon:
}
copy-button = Copiar a…
copy-selected = { $count ->
    [one] Copiar { $count } hook seleccionado a…
   *[other] Copiar { $count } hooks seleccionados a…
}
copy-dialog = Copiar a colas
copy-title = { $count ->
    [one] Copiar { $count } hook a colas
   *[other] Copiar { $count } hooks a colas
}
copy-hint = Elija las colas de este servidor en las que copiar los hooks. Para copiarlos a otro servidor, añádalo primero desde el menú de perfiles (Añadir servidor…).
copy-hint-servers = Elija el servidor de destino y luego las colas en las que copiar los hooks.
copy-hint-other = Elija las colas de { $name } en las que copiar los hooks: se crean con la sesión de ese perfil, o esperan en su bandeja de salida mientras no se pueda acceder a su servidor.
copy-server = Servidor de destino
copy-server-active = { $name } (este servidor)
copy-into = En el perfil de servidor { $name }.
copy-search = Buscar colas de destino
copy-type = Tipo de cola de destino
copy-loading = Leyendo las colas…
copy-no-queues = Ninguna cola coincide.
copy-targets = Colas de destino
copy-chosen = { $count ->
    [one] { $count } cola elegida
   *[other] { $count } colas elegidas
}
copy-preview = Vista previa

## The main area's tabs and the change journal
main-tabs = Vistas
main-tab-hooks = Hooks
main-tab-journal = Historial
journal-title = Historial
journal-total = { $count ->
    [one] { $count } cambio hecho desde este equipo
   *[other] { $count } cambios hechos desde este equipo
}
journal-filters = Filtros del historial
journal-search = Buscar en el historial
journal-filter-owner = Filtrar por cola o equipo
journal-filter-action = Filtrar por tipo de cambio
journal-from = Desde
journal-to = Hasta
journal-clear-filters = Restablecer filtros
journal-export = Exportar CSV…
journal-export-title = Guardar como archivo CSV las entradas que muestran los filtros
journal-exported = { $count ->
    [one] { $count } entrada del historial guardada en { $path }
   *[other] { $count } entradas del historial guardadas en { $path }
}
journal-table = Historial de cambios
journal-col-when = Cuándo
journal-col-who = Quién
journal-col-where = Dónde
journal-col-what = Qué
journal-col-change = Antes → después
journal-col-outcome = Servidor
journal-col-undo = Deshacer
journal-action-created = Creado
journal-action-changed = Cambiado
journal-action-enabled = Habilitado
journal-action-disabled = Deshabilitado
journal-action-deleted = Eliminado
journal-what = { $action }: hook { $event }
journal-batch-of = { $count ->
    [one] individual
   *[other] uno de { $count } cambiados a la vez
}
journal-origin-window = desde la ventana
journal-origin-tray = desde la bandeja
journal-origin-import = por una importación
journal-origin-copy = por una copia
journal-origin-replay = por el reenvío de cambios hechos sin conexión
journal-origin-undo = al deshacer un cambio
journal-none = (ninguno)
journal-hook-enabled = { $event } → { $flow }, habilitado
journal-hook-disabled = { $event } → { $flow }, deshabilitado
journal-outcome-taken = Aceptado
journal-outcome-pending = Pendiente de envío
journal-outcome-refused = Rechazado
journal-outcome-conflict = Conflicto
journal-outcome-discarded = Descartado
journal-undone-mark = Deshecho
journal-undo = Deshacer
journal-undo-title = Revertir el hook, si sigue en el servidor tal como lo dejó este cambio
journal-undo-batch = { $count ->
    [one] Deshacer todo
   *[other] Deshacer los { $count }
}
journal-undo-batch-title = Revertir todos los hooks de esta acción que siguen tal como ella los dejó
journal-undone = { $count ->
    [0] No se deshizo nada.
    [one] { $count } cambio deshecho.
   *[other] { $count } cambios deshechos.
}
journal-undo-none = { $count ->
    [one] El cambio no se deshizo:
   *[other] No se deshizo ninguno de los { $count } cambios:
}
journal-undo-some-not = { $count ->
    [one] { $count } no se deshizo:
   *[other] { $count } no se deshicieron:
}
journal-empty = Aún no hay cambios
journal-empty-hint = Aquí se listan todos los cambios hechos desde este equipo (la ventana, la bandeja, una importación o una copia), del más reciente al más antiguo.
journal-empty-filtered = Ningún cambio coincide
journal-empty-filtered-hint = Restablezca los filtros para ver todos los cambios.
journal-page = Página { $page } de { $pages }
settings-journal-days = Conservar el historial de cambios durante (días)
