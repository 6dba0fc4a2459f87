# The words of Webitel Hooks, Romanian. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = Fereastra nu a putut pregăti cererea { $command } ({ $detail }).
error-window-answer = Fereastra nu a putut citi răspunsul la { $command } ({ $detail }). Reporniți aplicația.
error-window-refused = Aplicația a refuzat cererea ({ $detail }). Reporniți aplicația; dacă problema persistă, raportați-o.

## Session start
session-loading = Autentificare…

## Sign-in screen
sign-in-form = Autentificare
sign-in-title = Autentificare în Webitel
sign-in-loading = Se citesc profilurile de server…
sign-in-profile = Profil
sign-in-new-server = Server nou…
sign-in-server = URL server
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Nume utilizator
sign-in-username-placeholder = user@domain
sign-in-password = Parolă
sign-in-remember = Ține-mă minte
sign-in-remember-hint = Păstrează parola în depozitul de chei al acestui computer, astfel încât o sesiune expirată se reînnoiește singură.
sign-in-keyring-title = Depozitul de chei al acestui computer nu poate fi folosit.
sign-in-keyring-hint = Nimic nu se păstrează între rulări: data viitoare când deschideți aplicația, introduceți din nou parola.
sign-in-session-only = Doar această sesiune
sign-in-ca = Certificat CA privat
sign-in-ca-hint = Pentru un server al cărui certificat este semnat de autoritatea proprie a organizației dumneavoastră: lipiți certificatul acelei autorități (PEM). Certificatele sunt verificate întotdeauna.
sign-in-ca-kept = Acest profil are deja încredere într-un certificat propriu; lipiți altul pentru a-l înlocui.
sign-in-ca-pem = Certificat CA (PEM)
sign-in-submit = Autentificare
sign-in-cancel = Anulează
sign-in-code-lead = Contul dumneavoastră cere un al doilea factor. Introduceți codul unic din aplicația de autentificare.
sign-in-code = Cod unic
sign-in-verify = Verifică
sign-in-back = Înapoi

## Profile menu and its dialogs
profiles = Profiluri
profiles-add = Adaugă server…
profiles-edit = Editează profilul…
profiles-remove = Elimină profilul…
profiles-settings = Setări…
profiles-sign-out = Deconectare
dialog-cancel = Anulează
profile-edit-title = Editează profilul
profile-edit-name = Nume profil
profile-edit-admin = Adresa panoului de administrare Webitel
profile-edit-admin-note = Linkurile către fluxuri se deschid aici. Lăsați gol pentru panoul de administrare al serverului.
remove-title = Elimină profilul
remove-text = Eliminați profilul
remove-detail = Parola salvată, sesiunea și hook-urile din cache ale profilului sunt șterse de pe acest computer. Hook-urile de pe server rămân neschimbate.
remove-confirm = Elimină
sign-out-title = Deconectare
sign-out-text = Veți avea nevoie de parolă pentru a vă autentifica din nou pe acest server. Modificările încă netrimise rămân pe acest computer.
sign-out-wipe = Șterge și hook-urile din cache ale acestui server
sign-out-confirm = Deconectare

## Session expired
expired-title = Sesiune expirată
expired-kept = Locul în care erați și toate modificările încă netrimise sunt păstrate.

## Queue picker
queues-title = Cozi
queues-search = Caută cozi
queues-type = Tip coadă
queues-type-all = Toate tipurile
queues-list = Cozi
queues-loading = Se încarcă cozile…
queues-empty = Nicio coadă nu se potrivește.
queues-pin = Fixează în zona de notificare
queues-pinned = Fixată în zona de notificare: hook-urile ei pot fi comutate din meniul zonei de notificare. Apăsați pentru a anula fixarea.
queue-disabled = Inactivă
queue-type-offline = Offline
queue-type-inbound = Intrare
queue-type-ivr = IVR
queue-type-preview = Dialer previzualizare
queue-type-progressive = Dialer progresiv
queue-type-predictive = Dialer predictiv
queue-type-inbound-chat = Chat intrare
queue-type-inbound-task = Sarcini intrare
queue-type-outbound-task = Sarcini ieșire
queue-type-im-chat = Chat IM
queue-type-outbound-call = Apel ieșire
queue-type-other = Tip { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Cozi și echipe
teams-title = Echipe
teams-search = Caută echipe
teams-list = Echipe
teams-loading = Se încarcă echipele…
teams-empty = Nicio echipă nu se potrivește.
# What a team's hook belongs to, where a queue's shows its queue type.
owner-team = Echipă

## Registry
registry-pick-title = Nicio coadă selectată
registry-pick = Selectați o coadă din stânga pentru a-i vedea hook-urile.
registry-pick-owner = Selectați o coadă sau o echipă din stânga pentru a-i vedea hook-urile.
registry-subtitle = Hook-urile pornesc o schemă de flux când are loc un eveniment pentru un membru al acestei cozi.
registry-read-only = Puteți doar vizualiza hook-urile acestei cozi: adăugarea, modificarea sau ștergerea lor necesită drepturi de actualizare pentru cozi.
registry-read-only-team = Puteți doar vizualiza hook-urile acestei echipe: adăugarea, modificarea sau ștergerea lor necesită drepturi de actualizare pentru echipe.
hooks-refresh = Reîmprospătează
hooks-add = Adaugă
hooks-delete-selected = { $count ->
    [one] Șterge { $count } element selectat
    [few] Șterge { $count } elemente selectate
   *[other] Șterge { $count } de elemente selectate
}
hooks-selected = Selectate: { $count }
hooks-table = Hook-uri
hooks-select-all = Selectează tot
hooks-select = Selectează
# A row whose owner the user may not change, in the all-hooks registry: why it cannot be selected.
hooks-select-forbidden-queue = Modificarea hook-urilor unei cozi necesită drepturi de actualizare pentru cozi.
hooks-select-forbidden-team = Modificarea hook-urilor unei echipe necesită drepturi de actualizare pentru echipe.
col-event = Eveniment
col-flow = Schemă flux
col-state = Stare
col-actions = Acțiuni
hooks-state = Stare
hooks-enabled = Activat
hooks-disabled = Dezactivat
hooks-edit = Editează hook-ul
hooks-open-flow = Deschide { $flow } în panoul de administrare Webitel
hooks-delete = Șterge
hooks-empty = Nu există încă înregistrări
hooks-empty-hint = Adăugați un hook cu butonul Adaugă.
hooks-loading = Se încarcă hook-urile…
hooks-never-fires = nu se declanșează niciodată
hooks-never-fires-title = Centrul de contact nu declanșează niciodată acest eveniment pentru o coadă de tip { $type }, deci acest hook nu își pornește niciodată fluxul.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Selecție
bulk-enable = Activează
bulk-disable = Dezactivează
bulk-enable-selected = { $count ->
    [one] Activează { $count } hook selectat
    [few] Activează { $count } hook-uri selectate
   *[other] Activează { $count } de hook-uri selectate
}
bulk-disable-selected = { $count ->
    [one] Dezactivează { $count } hook selectat
    [few] Dezactivează { $count } hook-uri selectate
   *[other] Dezactivează { $count } de hook-uri selectate
}
bulk-selected = { $count ->
    [one] { $count } hook selectat
    [few] { $count } hook-uri selectate
   *[other] { $count } de hook-uri selectate
}
bulk-select-matching = { $count ->
    [one] Selectează { $count } hook corespunzător
    [few] Selectează toate cele { $count } hook-uri corespunzătoare
   *[other] Selectează toate cele { $count } de hook-uri corespunzătoare
}
bulk-all-matching-selected = { $count ->
    [one] Hook-ul corespunzător pe care îl puteți modifica este selectat.
    [few] Toate cele { $count } hook-uri corespunzătoare pe care le puteți modifica sunt selectate.
   *[other] Toate cele { $count } de hook-uri corespunzătoare pe care le puteți modifica sunt selectate.
}
bulk-selecting = Se selectează toate hook-urile corespunzătoare…
bulk-clear = Șterge selecția
bulk-switched-enabled = { $count ->
    [one] { $count } hook activat.
    [few] { $count } hook-uri activate.
   *[other] { $count } de hook-uri activate.
}
bulk-switched-disabled = { $count ->
    [one] { $count } hook dezactivat.
    [few] { $count } hook-uri dezactivate.
   *[other] { $count } de hook-uri dezactivate.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } era deja activat.
    [few] { $count } erau deja activate.
   *[other] { $count } erau deja activate.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } era deja dezactivat.
    [few] { $count } erau deja dezactivate.
   *[other] { $count } erau deja dezactivate.
}
bulk-all-unchanged-enabled = { $count ->
    [one] Hook-ul era deja activat.
    [few] Toate cele { $count } hook-uri erau deja activate.
   *[other] Toate cele { $count } de hook-uri erau deja activate.
}
bulk-all-unchanged-disabled = { $count ->
    [one] Hook-ul era deja dezactivat.
    [few] Toate cele { $count } hook-uri erau deja dezactivate.
   *[other] Toate cele { $count } de hook-uri erau deja dezactivate.
}
bulk-failed-enable = { $count ->
    [one] Nu s-a putut activa { $count } hook:
    [few] Nu s-au putut activa { $count } hook-uri:
   *[other] Nu s-au putut activa { $count } de hook-uri:
}
bulk-failed-disable = { $count ->
    [one] Nu s-a putut dezactiva { $count } hook:
    [few] Nu s-au putut dezactiva { $count } hook-uri:
   *[other] Nu s-au putut dezactiva { $count } de hook-uri:
}
# A refused hook, on a line of its own: its event and flow, then why, as a full sentence.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] și încă { $count }.
    [few] și încă { $count }.
   *[other] și încă { $count }.
}

## Pagination
pagination = Pagini
page-size = Rânduri pe pagină
page-prev = Anterior
page-next = Următor
page-number = Pagina { $page }

## Add / edit modal
modal-add = Adaugă hook
modal-edit = Editează hook-ul
modal-event = Eveniment
modal-event-placeholder = Selectați un eveniment
modal-flow = Schemă flux
modal-flow-list = Scheme de flux
modal-flow-placeholder = Caută scheme de flux
modal-flow-none = Nicio schemă de flux nu se potrivește.
modal-flow-loading = Se încarcă schemele de flux…
modal-flow-selected = Selectat: { $name }
modal-flow-unselected = Nicio schemă de flux aleasă încă.
modal-flow-forbidden = Nu aveți dreptul să citiți schemele de flux, deci nu se poate alege niciun flux. Cereți unui administrator acces de citire la schemele de flux.
modal-clash = Hook-ul { $event } → { $flow } este { $state } în această coadă, iar serverul permite un singur hook activat per eveniment: salvarea ar fi refuzată.
modal-clash-enabled = activat
modal-clash-disabled = dezactivat
modal-clash-show = Arată acel hook
modal-more-events = Mai multe evenimente
modal-never-fires = Centrul de contact nu declanșează niciodată acest eveniment pentru o coadă de tip { $type }.
modal-team-flow-taken = Această echipă are deja un hook care pornește { $flow }: o echipă acceptă un singur hook per flux.
modal-save = Salvează
modal-saving = Se salvează…
modal-close = Închide
modal-loading = Se citește hook-ul de pe server…

## Delete confirmation
confirm-title = Confirmare ștergere
confirm-text = { $count ->
    [one] Sigur doriți să ștergeți { $count } înregistrare?
    [few] Sigur doriți să ștergeți { $count } înregistrări?
   *[other] Sigur doriți să ștergeți { $count } de înregistrări?
}
# The one hook a single delete removes: its event and its flow schema.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Da
confirm-no = Nu

## Notifications
toasts-region = Notificări
toast-close = Închide
toast-created = Hook adăugat.
toast-saved = Hook salvat.
toast-deleted = { $count ->
    [one] { $count } înregistrare ștearsă.
    [few] { $count } înregistrări șterse.
   *[other] { $count } de înregistrări șterse.
}
toast-delete-failed = { $count ->
    [one] Nu s-a putut șterge { $count } înregistrare: { $list }
    [few] Nu s-au putut șterge { $count } înregistrări: { $list }
   *[other] Nu s-au putut șterge { $count } de înregistrări: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Intrat
event-joined-meaning = Membrul a intrat în coadă.
event-answered = Răspuns
event-answered-meaning = Definit, dar centrul de contact nu îl declanșează niciodată, în niciun tip de coadă.
event-offering = Ofertat
event-offering-meaning = Apelul este oferit unui agent (sună linia agentului).
event-bridged = Legat
event-bridged-meaning = Clientul și agentul sunt conectați.
event-missed = Pierdut
event-missed-meaning = Agentul căruia i s-a oferit apelul nu a răspuns sau l-a respins.
event-leaving = Părăsire
event-leaving-meaning = Încercarea s-a încheiat și membrul părăsește coada, indiferent de rezultat; și când termenul de expirare al membrului a trecut.
event-processing = Procesare
event-processing-meaning = Finalizare după apel; doar când coada are postprocesarea activată.
event-active = Activ
event-active-meaning = Agentul a răspuns (cozi Offline și Dialer previzualizare).
event-wait-agent = Așteptare agent
event-wait-agent-meaning = Membrul așteaptă un agent liber: un apel sau un chat de intrare a intrat în căutarea de agent, un apel predictiv a primit răspuns sau agentul căruia i s-a oferit nu a răspuns și căutarea reîncepe.
event-agent-status = Starea agentului
event-agent-status-meaning = Un agent al echipei și-a schimbat starea.
event-other = { $value }
event-other-meaning = Un eveniment pe care această versiune nu îl cunoaște: { $value }.

## Sync bar
sync-status = Stare sincronizare
sync-progress = Progres sincronizare
sync-now = Sincronizează acum
sync-never = Nesincronizat niciodată
sync-just-now = Sincronizat chiar acum
sync-minutes = Sincronizat acum { $count } min
sync-hours = { $count ->
    [one] Sincronizat acum { $count } oră
    [few] Sincronizat acum { $count } ore
   *[other] Sincronizat acum { $count } de ore
}
sync-running = Sincronizare… cozi: { $done } din { $total }
sync-starting = Sincronizare…

## Banners
offline-title = Offline
offline-text = Sunteți offline: { $server } nu poate fi accesat. Lucrați din cache; modificările sunt păstrate și trimise când serverul revine.
offline-pending = { $count ->
    [one] { $count } modificare așteaptă să fie trimisă.
    [few] { $count } modificări așteaptă să fie trimise.
   *[other] { $count } de modificări așteaptă să fie trimise.
}
conflicts-title = Conflicte
conflicts-text = { $count ->
    [one] { $count } modificare este în conflict cu serverul.
    [few] { $count } modificări sunt în conflict cu serverul.
   *[other] { $count } de modificări sunt în conflict cu serverul.
}
conflicts-review = Revizuiește conflictele

## Offline marks on registry rows
mark-pending = În așteptare
mark-pending-title = Așteaptă trimiterea
mark-conflict = Conflict
mark-conflict-action = Rezolvă conflictul
mark-conflict-title = Această modificare este în conflict cu serverul: alegeți ce versiune rămâne.

## Conflict dialog
conflict-title = Conflict
conflict-loading = Se citesc conflictele…
conflict-position = { $position } din { $count }
conflict-queue = Coadă:
conflict-queue-unknown = Coada { $id }
conflict-team = Echipă:
conflict-team-unknown = Echipa { $id }
conflict-mine = Versiunea dumneavoastră
conflict-theirs = Versiunea serverului
conflict-deleted = Șters
conflict-keep-mine = Păstrează a mea
conflict-keep-mine-title = Trimite versiunea dumneavoastră peste cea a serverului.
conflict-take-theirs = Preia de pe server
conflict-take-theirs-title = Renunță la modificarea dumneavoastră și păstrează versiunea serverului.
conflict-discard = Renunță
conflict-discard-title = Renunță la modificarea dumneavoastră și citește din nou hook-ul de pe server.

## All queues
all-title = Toate cozile
all-total = { $count ->
    [one] { $count } hook
    [few] { $count } hook-uri
   *[other] { $count } de hook-uri
}
all-filters = Filtre
all-search = Caută hook-uri
all-filter-any = Toate
all-filter-kind = Categorie
all-kind-queues = Cozi
all-kind-teams = Echipe
all-filter-queue = Filtrează după coadă
all-filter-queue-type = Filtrează după tipul de coadă
all-filter-event = Filtrează după eveniment
all-filter-flow = Filtrează după flux
all-filter-state = Filtrează după stare
all-only-pending = Doar în așteptare
all-only-conflicts = Doar conflicte
all-table = Toate hook-urile
all-col-queue = Coadă
all-col-queue-type = Tip coadă
all-open-queue = Deschide hook-urile acestei cozi
all-open-team = Deschide hook-urile acestei echipe
# The owner filter's choices: a team's name marked as a team's; an owner the cache has no name for.
all-owner-team = { $name } (echipă)
all-owner-queue-unknown = Coada { $id }
all-owner-team-unknown = Echipa { $id }
# The owner and flow filters' lists show the first fifty matches of the typed text; the line under them counts the rest.
picker-more = { $count ->
    [one] încă { $count } — tastați pentru a restrânge
    [few] încă { $count } — tastați pentru a restrânge
   *[other] încă { $count } — tastați pentru a restrânge
}
picker-none = Nimic nu se potrivește

## Settings
settings-title = Setări
settings-loading = Se citesc setările…
settings-close-to-tray = Rămâi activ în zona de notificare când fereastra este închisă
settings-start-at-login = Pornește la conectarea în sistem
settings-notifications = Notificări pe desktop
settings-language = Limbă
settings-language-system = La fel ca sistemul ({ $language })
settings-copy-diagnostics = Copiază diagnosticul
settings-diagnostics-hint = Versiuni, foldere, starea depozitului de chei și erorile recente, pentru un raport de eroare. Niciodată o parolă sau un token.
settings-diagnostics = Diagnostic
settings-copied = Diagnostic copiat
settings-copy-failed = Clipboardul nu a putut fi accesat: diagnosticul este selectat în caseta de mai sus; copiați-l de acolo (Ctrl+C).
settings-close = Închide

# A queue whose server answer had rows this app could not read: they show as last read, if ever.
hooks-skipped = { $count ->
    [one] Un hook al acestei cozi nu a putut fi citit (serverul l-a trimis într-o formă pe care această aplicație nu o cunoaște): apare așa cum a fost citit ultima dată sau deloc, dacă nu a fost citit niciodată. Deschideți-l în panoul de administrare Webitel pentru a-l verifica.
    [few] { $count } hook-uri ale acestei cozi nu au putut fi citite (serverul le-a trimis într-o formă pe care această aplicație nu o cunoaște): apar așa cum au fost citite ultima dată sau deloc, dacă nu au fost citite niciodată. Deschideți-le în panoul de administrare Webitel pentru a le verifica.
   *[other] { $count } de hook-uri ale acestei cozi nu au putut fi citite (serverul le-a trimis într-o formă pe care această aplicație nu o cunoaște): apar așa cum au fost citite ultima dată sau deloc, dacă nu au fost citite niciodată. Deschideți-le în panoul de administrare Webitel pentru a le verifica.
}

## Export, import and "Copy to…"
transfer-group = Export și import
export-button = Exportă…
export-hint-queue = Exportă hook-urile acestei cozi într-un fișier (JSON pentru import sau CSV pentru citire)
export-hint-team = Exportă hook-urile acestei echipe într-un fișier (JSON pentru import sau CSV pentru citire)
export-hint-selected = { $count ->
    [one] Exportă hook-ul selectat într-un fișier (JSON pentru import sau CSV pentru citire)
    [few] Exportă cele { $count } hook-uri selectate într-un fișier (JSON pentru import sau CSV pentru citire)
   *[other] Exportă cele { $count } de hook-uri selectate într-un fișier (JSON pentru import sau CSV pentru citire)
}
export-hint-matching = Exportă toate hook-urile care corespund filtrelor într-un fișier (JSON pentru import sau CSV pentru citire)
export-done = { $count ->
    [one] { $count } hook exportat în { $file }.
    [few] { $count } hook-uri exportate în { $file }.
   *[other] { $count } de hook-uri exportate în { $file }.
}
import-button = Importă…
import-hint = Importă hook-urile dintr-un fișier de export în acest profil de server
import-title = Previzualizare import
copy-preview-title = Previzualizare copiere
import-running-title = Se importă hook-urile
import-report-title = Raport import
copy-running-title = Se copiază hook-urile
copy-report-title = Raport copiere
import-source = Din { $file }.
import-source-server = Din { $file }, exportat de pe { $server }.
transfer-nothing = Nu se va crea nimic: fiecare hook există deja sau nu poate fi importat.
transfer-section-create = Vor fi create: { $count }
transfer-section-disabled = Vor fi create dezactivate, deoarece coada are deja un hook activat pentru evenimentul lor: { $count }
transfer-section-skip = Există deja, omise: { $count }
transfer-section-unmatched = Nu pot fi importate: { $count }
transfer-disabled-because = „{ $hook }” este activat pentru acest eveniment
transfer-team = { $team } (echipă)
transfer-why-owner-not-found = { $kind ->
    [team] Nicio echipă numită „{ $owner }” pe acest server.
   *[other] Nicio coadă numită „{ $owner }” pe acest server.
}
transfer-why-owner-ambiguous = { $kind ->
    [team] Mai multe echipe se numesc „{ $owner }”, niciuna cu id-ul din fișier.
   *[other] Mai multe cozi se numesc „{ $owner }”, niciuna cu id-ul din fișier.
}
transfer-why-flow-not-found = Nicio schemă de flux numită „{ $flow }” pe acest server.
transfer-why-flow-ambiguous = Mai multe scheme de flux se numesc „{ $flow }”, niciuna cu id-ul din fișier.
transfer-why-event-not-possible = Acest eveniment nu poate porni un hook al { $kind ->
    [team] acestei echipe
   *[other] acestei cozi
}.
transfer-why-not-allowed = Utilizatorul dumneavoastră nu poate modifica hook-urile din „{ $owner }”.
transfer-cancel = Anulează
transfer-confirm = { $count ->
    [one] Creează { $count } hook
    [few] Creează { $count } hook-uri
   *[other] Creează { $count } de hook-uri
}
transfer-close = Închide
transfer-progress = Se creează hook-urile… { $done } din { $total }
transfer-progress-label = Progres
transfer-report = Raport
transfer-created = { $count ->
    [one] { $count } hook creat.
    [few] { $count } hook-uri create.
   *[other] { $count } de hook-uri create.
}
transfer-queued = { $count ->
    [one] { $count } hook păstrat pentru a fi trimis când serverul poate fi accesat.
    [few] { $count } hook-uri păstrate pentru a fi trimise când serverul poate fi accesat.
   *[other] { $count } de hook-uri păstrate pentru a fi trimise când serverul poate fi accesat.
}
transfer-skipped = { $count ->
    [one] { $count } exista deja, omis.
    [few] { $count } existau deja, omise.
   *[other] { $count } existau deja, omise.
}
transfer-not-imported = { $count ->
    [one] { $count } nu a putut fi importat, după cum arăta previzualizarea.
    [few] { $count } nu au putut fi importate, după cum arăta previzualizarea.
   *[other] { $count } nu au putut fi importate, după cum arăta previzualizarea.
}
transfer-failed = { $count ->
    [one] { $count } hook nu a fost creat:
    [few] { $count } hook-uri nu au fost create:
   *[other] { $count } de hook-uri nu au fost create:
}
copy-button = Copiază în…
copy-selected = { $count ->
    [one] Copiază { $count } hook selectat în…
    [few] Copiază { $count } hook-uri selectate în…
   *[other] Copiază { $count } de hook-uri selectate în…
}
copy-dialog = Copiază în cozi
copy-title = { $count ->
    [one] Copiază { $count } hook în cozi
    [few] Copiază { $count } hook-uri în cozi
   *[other] Copiază { $count } de hook-uri în cozi
}
copy-hint = Alegeți cozile acestui server în care să fie copiate hook-urile. Pentru a le copia pe alt server, adăugați-l mai întâi din meniul profilurilor (Adaugă server…).
copy-hint-servers = Alegeți serverul țintă, apoi cozile în care să fie copiate hook-urile.
copy-hint-other = Alegeți cozile din { $name } în care să fie copiate hook-urile: sunt create cu autentificarea acelui profil sau așteaptă în lista sa de trimitere cât timp serverul său nu poate fi accesat.
copy-server = Server țintă
copy-server-active = { $name } (acest server)
copy-into = În profilul de server { $name }.
copy-search = Caută cozi țintă
copy-type = Tipul cozii țintă
copy-loading = Se citesc cozile…
copy-no-queues = Nicio coadă nu se potrivește.
copy-targets = Cozi țintă
copy-chosen = { $count ->
    [one] { $count } coadă aleasă
    [few] { $count } cozi alese
   *[other] { $count } de cozi alese
}
copy-preview = Previzualizare

## The main area's tabs and the change journal
main-tabs = Vizualizări
main-tab-hooks = Hook-uri
main-tab-journal = Jurnal
journal-title = Jurnal
journal-total = { $count ->
    [one] { $count } modificare făcută de pe acest computer
    [few] { $count } modificări făcute de pe acest computer
   *[other] { $count } de modificări făcute de pe acest computer
}
journal-filters = Filtre jurnal
journal-search = Caută în jurnal
journal-filter-owner = Filtrează după coadă sau echipă
journal-filter-action = Filtrează după tipul modificării
journal-from = De la
journal-to = Până la
journal-clear-filters = Resetează filtrele
journal-export = Exportă CSV…
journal-export-title = Salvează intrările afișate de filtre ca fișier CSV
journal-exported = { $count ->
    [one] { $count } intrare din jurnal salvată în { $path }
    [few] { $count } intrări din jurnal salvate în { $path }
   *[other] { $count } de intrări din jurnal salvate în { $path }
}
journal-table = Jurnal modificări
journal-col-when = Când
journal-col-who = Cine
journal-col-where = Unde
journal-col-what = Ce
journal-col-change = Înainte → după
journal-col-outcome = Server
journal-col-undo = Anulare
journal-action-created = Creat
journal-action-changed = Modificat
journal-action-enabled = Activat
journal-action-disabled = Dezactivat
journal-action-deleted = Șters
journal-what = { $action }: hook { $event }
journal-batch-of = { $count ->
    [one] individuală
    [few] una din { $count } modificate împreună
   *[other] una din { $count } modificate împreună
}
journal-origin-window = din fereastră
journal-origin-tray = din zona de notificare
journal-origin-import = printr-un import
journal-origin-copy = printr-o copiere
journal-origin-replay = prin retrimiterea modificărilor offline
journal-origin-undo = printr-o anulare
journal-none = (niciuna)
journal-hook-enabled = { $event } → { $flow }, activat
journal-hook-disabled = { $event } → { $flow }, dezactivat
journal-outcome-taken = Acceptată
journal-outcome-pending = Așteaptă trimiterea
journal-outcome-refused = Refuzată
journal-outcome-conflict = Conflict
journal-outcome-discarded = Abandonată
journal-undone-mark = Anulată
journal-undo = Anulează
journal-undo-title = Readuce hook-ul la starea anterioară, dacă pe server este încă așa cum l-a lăsat această modificare
journal-undo-batch = { $count ->
    [one] Anulează tot
    [few] Anulează toate cele { $count }
   *[other] Anulează toate cele { $count }
}
journal-undo-batch-title = Readuce la starea anterioară fiecare hook al acestei acțiuni care este încă așa cum l-a lăsat
journal-undone = { $count ->
    [0] Nu s-a anulat nimic.
    [one] { $count } modificare anulată.
    [few] { $count } modificări anulate.
   *[other] { $count } de modificări anulate.
}
journal-undo-none = { $count ->
    [one] Modificarea nu a fost anulată:
    [few] Niciuna dintre cele { $count } modificări nu a fost anulată:
   *[other] Niciuna dintre cele { $count } de modificări nu a fost anulată:
}
journal-undo-some-not = { $count ->
    [one] { $count } nu a fost anulată:
    [few] { $count } nu au fost anulate:
   *[other] { $count } nu au fost anulate:
}
journal-empty = Nicio modificare încă
journal-empty-hint = Fiecare modificare făcută de pe acest computer (din fereastră, din zona de notificare, printr-un import sau o copiere) apare aici, cele mai noi primele.
journal-empty-filtered = Nicio modificare nu se potrivește
journal-empty-filtered-hint = Resetați filtrele pentru a vedea toate modificările.
journal-page = Pagina { $page } din { $pages }
settings-journal-days = Păstrează jurnalul modificărilor (zile)
