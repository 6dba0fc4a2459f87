# The words of the native side: the app's own errors, the tray menu, desktop notifications and
# native dialogs. The tray's status line uses the window's sync-* messages (main.ftl).

## The app's own errors
error-runtime = Aplicația nu a putut finaliza cererea ({ $detail }). Reporniți-o și încercați din nou.
error-still-starting = Nu sunteți încă autentificat. Așteptați ca aplicația să termine pornirea, apoi încercați din nou.
error-not-started = Aplicația nu a terminat pornirea. Închideți-o și porniți-o din nou.
error-profiles-not-opened = Aplicația nu a putut deschide profilurile ({ $detail }). Porniți-o din nou.
error-no-data-folder = Aplicația nu găsește un folder pentru datele sale ({ $detail }). Porniți-o cu --data-dir și un folder în care se poate scrie.
error-second-factor-at-start = Acest utilizator se autentifică cu un cod unic, pe care aplicația nu îl poate primi la pornire. Autentificați-vă în schimb din ecranul de autentificare.
error-settings-not-loaded = Aplicația nu a terminat pornirea, așa că setările sale nu sunt încărcate. Închideți-o și porniți-o din nou.
error-settings-without-folder = Setările nu pot fi salvate deoarece aplicația nu are un folder de date. Porniți-o cu --data-dir și un folder în care se poate scrie.
error-settings-not-saved = Setările nu au putut fi salvate ({ $detail }). Verificați că se poate scrie în { $path }, apoi încercați din nou.
error-start-at-login-unavailable = Pornirea la conectare nu este disponibilă în această versiune a aplicației. Adăugați în schimb aplicația la programele de pornire ale desktopului.
error-start-at-login-not-on = Pornirea la conectare nu a putut fi activată ({ $detail }). Verificați programele de pornire ale desktopului, apoi încercați din nou.
error-start-at-login-not-off = Pornirea la conectare nu a putut fi dezactivată ({ $detail }). Verificați programele de pornire ale desktopului, apoi încercați din nou.
error-window-gone = Fereastra aplicației a dispărut. Închideți aplicația din zona de notificare și porniți-o din nou.
error-window-not-hidden = Fereastra nu a putut fi ascunsă ({ $detail }). Încercați din nou sau reporniți aplicația.
error-window-not-shown = Fereastra nu a putut fi afișată ({ $detail }). Încercați din nou sau reporniți aplicația.
error-sync-without-session = Nu sunteți autentificat. Deschideți fereastra și autentificați-vă, apoi sincronizați din nou.
error-no-confirmation = Aplicația nu poate cere o confirmare aici, așa că hook-urile cozii { $queue } au rămas neschimbate. Dezactivați-le în schimb din fereastră.
error-browser-not-opened = Browserul nu a putut fi deschis ({ $detail }). Deschideți singur { $address } în browser.
error-not-a-web-address = { $address } nu este o adresă web (https:// sau http://), așa că nu a fost deschisă. Verificați adresa panoului de administrare Webitel din profil.

## The tray menu
tray-show = Arată fereastra
tray-hide = Ascunde fereastra
tray-sync-now = Sincronizează acum
tray-quit = Ieșire
tray-offline = { $count ->
    [0] Offline: nicio modificare în așteptare
    [one] Offline: { $count } modificare în așteptare
    [few] Offline: { $count } modificări în așteptare
   *[other] Offline: { $count } de modificări în așteptare
}
tray-disable-all = Dezactivează toate hook-urile din { $owner }
tray-team = { $team } (echipă)
# A hook in a pinned queue's submenu: "Bridged → Survey after call".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (în așteptare)
tray-failed-hook = Hook-ul nu a fost modificat
tray-failed-disable-all = Nu toate hook-urile au fost dezactivate
tray-failed-sync = Sincronizarea nu a pornit
tray-failed-show = Fereastra nu a răspuns
tray-failed = Zona de notificare nu a putut face asta

## The confirmation before Disable all, from the tray
tray-confirm-title = Dezactivează toate hook-urile cozii { $queue }
tray-confirm-text = { $count ->
    [one] Dezactivați hook-ul activat al acestei cozi? Apelurile din { $queue } nu își mai pornesc fluxurile până când hook-urile sunt activate din nou.
    [few] Dezactivați cele { $count } hook-uri activate ale acestei cozi? Apelurile din { $queue } nu își mai pornesc fluxurile până când hook-urile sunt activate din nou.
   *[other] Dezactivați cele { $count } de hook-uri activate ale acestei cozi? Apelurile din { $queue } nu își mai pornesc fluxurile până când hook-urile sunt activate din nou.
}
tray-confirm-yes = Dezactivează tot
tray-confirm-no = Anulează

## Desktop notifications
notify-conflicts = { $count ->
    [one] O modificare făcută offline este în conflict cu serverul: deschideți aplicația pentru a alege.
    [few] { $count } modificări făcute offline sunt în conflict cu serverul: deschideți aplicația pentru a alege.
   *[other] { $count } de modificări făcute offline sunt în conflict cu serverul: deschideți aplicația pentru a alege.
}
notify-changed = { $count ->
    [one] { $count } hook a fost modificat pe { $server } de altcineva.
    [few] { $count } hook-uri au fost modificate pe { $server } de altcineva.
   *[other] { $count } de hook-uri au fost modificate pe { $server } de altcineva.
}
notify-the-server = server

## Native file dialogs
dialog-export-hooks = Exportă hook-uri
dialog-export-journal = Exportă jurnalul
dialog-import-hooks = Importă hook-uri
dialog-filter-export = Export Webitel Hooks (JSON)
dialog-filter-json = JSON (pentru reimport)
dialog-filter-csv = CSV (pentru citire)
dialog-filter-csv-only = CSV
