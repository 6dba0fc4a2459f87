# What went wrong, as the native side reports it. Each message is one sentence or two: what
# happened, then what to do. Arguments: $server (an address), $detail (the server's, the
# system's or a library's own words, never translated), $path and $file (a file), $event (an
# event's name, already translated), $type (a queue type, already translated).

## The server and the session
error-unreachable = Serverul { $server } nu poate fi accesat. Verificați conexiunea și încercați din nou.
error-busy = Serverul { $server } este prea ocupat pentru a răspunde acum. Încercați din nou peste câteva momente.
error-session-ended = Sesiunea dumneavoastră s-a încheiat. Autentificați-vă din nou.
error-not-signed-in = Nu sunteți autentificat. Autentificați-vă mai întâi pe un server Webitel.
error-forbidden-because = Utilizatorul dumneavoastră nu are permisiunea de a face acest lucru pe server: { $detail }. Cereți permisiunea administratorului Webitel.
error-forbidden = Utilizatorul dumneavoastră nu are permisiunea de a face acest lucru pe server. Cereți permisiunea administratorului Webitel.
error-read-only = Utilizatorul dumneavoastră poate vizualiza aceste hook-uri, dar nu le poate modifica. Cereți administratorului Webitel dreptul de a edita cozile.
error-flows-forbidden = Utilizatorul dumneavoastră nu poate citi schemele de flux, deci nu se poate alege niciun flux. Cereți administratorului Webitel acces de citire la schemele de flux.
error-queue-gone = Această coadă nu mai există pe server. Reîmprospătați lista de cozi și alegeți altă coadă.
error-team-gone = Această echipă nu mai există pe server. Reîmprospătați lista de echipe și alegeți altă echipă.
error-event-already-enabled = Un alt hook { $event } al acestei cozi este activat, iar o coadă acceptă un singur hook activat per eveniment, așa că acesta a rămas dezactivat. Dezactivați mai întâi celălalt hook { $event }.
error-flow-taken-in-team = Serverul a refuzat un al doilea hook pentru acest flux în această echipă: o echipă acceptă un singur hook per flux. Alegeți alt flux sau editați hook-ul echipei pentru acest flux.
error-hook-gone = Acest hook nu mai există pe server. Reîmprospătați pentru a vedea lista actuală.
error-rejected-because = Serverul a refuzat modificarea: { $detail }. Verificați valorile și încercați din nou.
error-rejected = Serverul a refuzat modificarea. Verificați valorile și încercați din nou.
error-second-enabled-hook = Serverul a refuzat un al doilea hook { $event } activat în această coadă: un singur hook per eveniment poate fi activat. Dezactivați mai întâi celălalt hook { $event }.
error-second-enabled-hook-any = Serverul a refuzat un al doilea hook activat pentru acest eveniment în această coadă: un singur hook per eveniment poate fi activat. Dezactivați mai întâi celălalt hook al acestui eveniment.
error-server-failed-because = Serverul { $server } nu a reușit să proceseze cererea: { $detail }. Încercați din nou; dacă eroarea persistă, anunțați administratorul Webitel.
error-server-failed = Serverul { $server } nu a reușit să proceseze cererea. Încercați din nou; dacă eroarea persistă, anunțați administratorul Webitel.
error-unreadable-answer = Serverul { $server } a trimis un răspuns pe care această aplicație nu îl poate citi. Verificați că adresa indică un server Webitel, apoi încercați din nou.
error-answer-too-large = Serverul { $server } a trimis un răspuns mult mai mare decât orice răspuns Webitel, așa că nu a fost citit. Verificați că adresa indică un server Webitel, apoi încercați din nou.
error-redirected = Serverul { $server } a răspuns cu o redirecționare către { $to }, pe care această aplicație nu o urmează, așa că nu s-a trimis nimic acolo. Verificați adresa serverului (https:// sau http:// și calea), apoi încercați din nou.

## The server's certificate
error-certificate-unknown-issuer = Certificatul serverului nu este semnat de o autoritate în care acest computer are încredere. Dacă serverul folosește o CA privată, adăugați certificatul acesteia în profil.
error-certificate-expired = Certificatul serverului a expirat. Cereți administratorului serverului să îl reînnoiască.
error-certificate-not-valid-yet = Certificatul serverului nu este încă valid. Verificați data și ora acestui computer, apoi încercați din nou.
error-certificate-name-mismatch = Certificatul serverului a fost emis pentru alt nume decât { $server }. Verificați adresa sau cereți administratorului serverului un certificat cu acest nume.
error-certificate-revoked = Certificatul serverului a fost revocat. Cereți administratorului serverului unul nou.
error-certificate-none = Serverul { $server } nu a prezentat niciun certificat. Verificați adresa sau întrebați administratorul serverului.
error-certificate-not-tls = Serverul { $server } nu folosește HTTPS la această adresă. Verificați dacă adresa nu ar trebui să înceapă cu http://.
error-certificate-refused = Certificatul serverului a fost refuzat: { $detail }. Verificați adresa și certificatul CA al profilului.
error-certificate-invalid = Certificatul serverului nu poate fi verificat ({ $detail }). Cereți administratorului serverului un certificat valid sau adăugați în profil CA care l-a semnat.
error-certificate = Conexiunea securizată la server a eșuat ({ $detail }). Verificați adresa și certificatul CA al profilului.
error-server-address = Adresa serverului nu este o adresă http(s) validă ({ $detail }). Corectați-o și încercați din nou.
error-server-settings = Setările conexiunii nu pot fi folosite ({ $detail }). Corectați setările serverului și încercați din nou.
error-client = Cererea nu a putut fi trimisă ({ $detail }). Încercați din nou; dacă eroarea persistă, anunțați administratorul Webitel.

## Signing in
error-wrong-password = Serverul a refuzat acest nume de utilizator sau această parolă. Verificați-le și încercați din nou.
error-wrong-code = Serverul a refuzat acest cod unic. Introduceți codul curent din aplicația de autentificare și încercați din nou.
error-second-factor-unsupported = Acest utilizator se autentifică cu un cod unic, pe care această versiune a aplicației nu îl poate cere încă. Autentificați-vă cu un utilizator fără autentificare în doi pași.
error-sign-in-not-waiting = Această autentificare nu mai așteaptă un cod. Autentificați-vă din nou cu parola.
error-password-needed = Sesiunea dumneavoastră pe { $server } s-a încheiat. Introduceți parola pentru { $username } ca să vă autentificați din nou.
error-bad-ca-certificate = Certificatul CA al profilului nu poate fi folosit ({ $detail }). Lipiți certificatul CA în format PEM (începe cu -----BEGIN CERTIFICATE-----).

## What the user typed
error-no-password = Introduceți parola, apoi autentificați-vă din nou.
error-no-username = Introduceți numele de utilizator (user@domain), apoi autentificați-vă din nou.
error-bad-server-address = Adresa serverului nu este validă. Scrieți-o sub forma https://your-server, apoi încercați din nou.
error-bad-admin-address = Adresa panoului de administrare nu este validă. Scrieți-o sub forma https://your-server/admin sau lăsați-o goală pentru panoul serverului, apoi salvați din nou.
error-no-profile-name = Un profil are nevoie de un nume. Introduceți unul, apoi salvați din nou.
error-no-flow = Alegeți schema de flux pe care o pornește hook-ul, apoi salvați din nou.
error-unknown-event = Alegeți pentru hook unul dintre evenimentele oferite de listă, apoi salvați din nou.
error-not-a-team-event = Hook-ul unei echipe pornește la Starea agentului: alegeți acest eveniment, apoi salvați din nou.
error-event-never-fires = Acest eveniment nu se declanșează niciodată într-o coadă de tip { $type }, deci hook-ul nu și-ar porni niciodată fluxul. Alegeți un eveniment oferit de listă pentru această coadă, apoi salvați din nou.
error-no-such-owner = Această coadă sau echipă nu se află în lista serverului. Alegeți una din listă, apoi încercați din nou.
error-private-key-in-ca = Textul lipit conține o cheie privată, pe care această aplicație nu o păstrează niciodată: lipiți doar certificatul CA, apoi încercați din nou.
error-page-size = Numărul de rânduri pe pagină este între 1 și 1000: alegeți o valoare din acest interval, apoi încercați din nou.
error-page-number = Paginile sunt numerotate de la 1 la 1.000.000: mergeți la prima pagină, apoi încercați din nou.
error-too-many = Într-o cerere intră cel mult 1000 de elemente: alegeți mai puține, apoi încercați din nou.
error-too-long = Textul are mai mult de 1000 de caractere: scurtați-l, apoi încercați din nou.
error-no-such-profile = Acest profil de server nu mai există pe acest computer: alegeți unul din listă, apoi încercați din nou.

## The keyring
# $what: read, saved, deleted or opened. $platform: macos, windows or linux. $detail: one of the
# keyring-trouble-* messages below.
error-keyring-none = Nu rulează niciun serviciu de depozit de chei. Instalați și deblocați GNOME Keyring (pachetul gnome-keyring) sau KeePassXC cu Secret Service, ori autentificați-vă doar pentru această sesiune.
error-keyring-not-opened = Depozitul de chei al sistemului nu poate fi deschis: { $detail }. { $platform ->
    [macos] Deblocați keychain-ul login în Keychain Access sau autentificați-vă doar pentru această sesiune.
    [windows] Verificați că serviciul Credential Manager rulează sau autentificați-vă doar pentru această sesiune.
   *[linux] Deblocați depozitul de chei (GNOME Keyring sau KeePassXC cu Secret Service) sau autentificați-vă doar pentru această sesiune.
}
error-keyring-silent = Depozitul de chei nu răspunde: { $detail }. { $platform ->
    [macos] Deblocați keychain-ul login în Keychain Access sau autentificați-vă doar pentru această sesiune.
    [windows] Verificați că serviciul Credential Manager rulează sau autentificați-vă doar pentru această sesiune.
   *[linux] Deblocați depozitul de chei (GNOME Keyring sau KeePassXC cu Secret Service) sau autentificați-vă doar pentru această sesiune.
}
error-keyring-stalled = { $seconds ->
    [one] Depozitul de chei nu a răspuns în { $seconds } secundă: poate așteaptă parola într-o fereastră care nu se vede. Deblocați depozitul de chei și porniți din nou aplicația sau autentificați-vă doar pentru această sesiune.
    [few] Depozitul de chei nu a răspuns în { $seconds } secunde: poate așteaptă parola într-o fereastră care nu se vede. Deblocați depozitul de chei și porniți din nou aplicația sau autentificați-vă doar pentru această sesiune.
   *[other] Depozitul de chei nu a răspuns în { $seconds } de secunde: poate așteaptă parola într-o fereastră care nu se vede. Deblocați depozitul de chei și porniți din nou aplicația sau autentificați-vă doar pentru această sesiune.
}
error-keyring-probe-stopped = Verificarea depozitului de chei s-a oprit în mod neașteptat. Porniți din nou aplicația sau autentificați-vă doar pentru această sesiune.
error-keyring-locked = Intrarea din depozitul de chei nu a putut fi { $what ->
    [read] citită
    [deleted] ștearsă
    [opened] deschisă
   *[saved] salvată
}: { $detail }. { $platform ->
    [macos] Deblocați keychain-ul login în Keychain Access sau autentificați-vă doar pentru această sesiune.
    [windows] Verificați că serviciul Credential Manager rulează sau autentificați-vă doar pentru această sesiune.
   *[linux] Deblocați depozitul de chei (GNOME Keyring sau KeePassXC cu Secret Service) sau autentificați-vă doar pentru această sesiune.
}
error-keyring-failed = Intrarea din depozitul de chei nu a putut fi { $what ->
    [read] citită
    [deleted] ștearsă
    [opened] deschisă
   *[saved] salvată
}: { $detail }.
error-keyring-task-stopped = Apelul către depozitul de chei s-a oprit în mod neașteptat ({ $detail }). Încercați din nou.
# What went wrong in a keyring call; $inner is the keyring's own words.
keyring-trouble-service-failed = serviciul depozitului de chei a eșuat ({ $inner })
keyring-trouble-locked = depozitul de chei este blocat ({ $inner })
keyring-trouble-no-entry = nu există o astfel de intrare
keyring-trouble-bad-format = valoarea salvată nu are formatul așteptat
keyring-trouble-damaged = depozitul de chei este deteriorat ({ $inner })
keyring-trouble-too-long = un nume este mai lung decât permite depozitul de chei ({ $inner })
keyring-trouble-invalid = un nume nu este valid pentru depozitul de chei ({ $inner })
keyring-trouble-ambiguous = mai multe intrări au acest nume
keyring-trouble-no-store = niciun depozit de chei nu este configurat
keyring-trouble-not-supported = depozitul de chei nu poate face acest lucru ({ $inner })
keyring-trouble-unknown = o eroare necunoscută a depozitului de chei

## Files on this computer
error-store-damaged = Fișierul cache local { $path } este deteriorat ({ $detail }). Închideți aplicația, mutați fișierul în altă parte și porniți din nou aplicația: cache-ul este reconstruit de pe server.
error-store-unusable = Fișierul cache local { $path } nu poate fi folosit ({ $detail }). Verificați că discul are spațiu și că fișierul poate fi scris, apoi încercați din nou.
error-store-newer = Fișierul cache local { $path } a fost scris de o versiune mai nouă de Webitel Hooks (schema { $found }, această versiune cunoaște { $known }). Actualizați aplicația sau mutați fișierul în altă parte pentru a începe cu un cache gol.
error-store-damaged-not-set-aside = Cache-ul local era deteriorat și nu poate fi mutat deoparte ({ $detail }). Închideți celelalte programe care folosesc { $path }, apoi porniți din nou aplicația.
error-store-newer-not-set-aside = Cache-ul local a fost scris de o versiune mai nouă de Webitel Hooks și nu poate fi mutat deoparte ({ $detail }). Închideți celelalte programe care folosesc { $path }, apoi porniți din nou aplicația.
error-cache-folder = Folderul { $path } pentru cache-ul local nu poate fi creat ({ $detail }). Verificați că se poate scrie în el, apoi porniți din nou aplicația.
error-cache-not-deleted = Fișierul cache { $path } nu poate fi șters ({ $detail }). Închideți celelalte programe care îl folosesc, apoi încercați din nou.
error-data-folder = Folderul de date { $path } nu poate fi creat ({ $detail }). Verificați că se poate scrie în el, apoi porniți din nou aplicația.
error-profiles-newer = Fișierul de profiluri { $path } a fost scris de o versiune mai nouă de Webitel Hooks (schema { $found }, această versiune cunoaște { $known }). Actualizați aplicația.
error-not-an-export = Fișierul { $file } nu este un export Webitel Hooks ({ $detail }). Alegeți un fișier JSON creat cu Exportă.
# Why a file is not an export ($inner: the parser's own words).
export-why-not-json = nu este JSON: { $inner }
export-why-not-an-object = nu este un obiect JSON
export-why-not-named = nu indică faptul că este un export Webitel Hooks
export-why-no-version = nu are o versiune de format
export-why-shape = { $inner }
export-why-too-large = este mai mare de { $mib } MiB
error-newer-export = Fișierul { $file } a fost exportat de o versiune mai nouă de Webitel Hooks (versiunea formatului { $found }; această versiune citește versiuni până la { $known }). Actualizați aplicația pentru a-l importa.
error-file-not-read = Fișierul { $path } nu poate fi citit ({ $detail }). Verificați că există și că aveți dreptul să îl citiți.
# The cache file could not be used and was set aside ($kept: where it went) and rebuilt.
notice-cache-rebuilt = { $why ->
    [newer] Cache-ul local a fost scris de o versiune mai nouă de Webitel Hooks
   *[damaged] Cache-ul local era deteriorat
} și a fost reconstruit; nu s-a pierdut nimic din ce aștepta să fie trimis. Se umple din nou de pe server (fișierul vechi este păstrat ca { $kept }).
notice-cache-rebuilt-kept = { $why ->
    [newer] Cache-ul local a fost scris de o versiune mai nouă de Webitel Hooks
   *[damaged] Cache-ul local era deteriorat
} și a fost reconstruit; { $count ->
    [one] { $count } modificare care aștepta să fie trimisă a fost păstrată și va fi trimisă
    [few] cele { $count } modificări care așteptau să fie trimise au fost păstrate și vor fi trimise
   *[other] cele { $count } de modificări care așteptau să fie trimise au fost păstrate și vor fi trimise
} când serverul poate fi accesat (fișierul vechi este păstrat ca { $kept }).
notice-cache-rebuilt-lost = { $why ->
    [newer] Cache-ul local a fost scris de o versiune mai nouă de Webitel Hooks
   *[damaged] Cache-ul local era deteriorat
} și a fost reconstruit. Modificările făcute offline care așteptau să fie trimise nu au putut fi citite din el și s-au pierdut; verificați hook-urile modificate offline (fișierul vechi este păstrat ca { $kept }).
error-file-not-written = Exportul nu poate fi scris în { $path } ({ $detail }). Alegeți alt folder sau alt nume de fișier.

## Profiles, copies, pins, the sync
error-profile-gone = Acest profil de server nu mai există. Alegeți alt profil sau adăugați-l din nou.
error-target-needs-sign-in = Copierea în { $profile } necesită autentificarea în acel profil. Comutați la { $profile }, autentificați-vă, comutați înapoi și copiați din nou.
error-target-never-synced = Serverul profilului { $profile } ({ $server }) nu poate fi accesat, iar { $profile } nu a fost niciodată sincronizat pe acest computer, deci cozile sale nu sunt cunoscute. Încercați din nou când acel server poate fi accesat.
error-queue-not-cached = Această coadă nu se află în cache-ul local, deci nu poate fi fixată. Reîmprospătați lista de cozi, apoi fixați-o din nou.
error-conflict-gone = Acest conflict este deja rezolvat. Reîmprospătați pentru a vedea lista actuală.
error-sync-superseded = Sincronizarea s-a oprit deoarece a fost deschis alt profil; sincronizarea noului profil pornește de la sine.
error-hook-not-listed = Acest hook nu se mai află printre hook-urile cozii { $queue }. Deschideți fereastra pentru a le vedea așa cum sunt acum.
error-not-all-disabled = O parte din hook-urile activate ale cozii { $queue } nu au fost dezactivate ({ $failed } din { $total }): { $first }
error-queues-not-read = O parte din cozi și echipe nu au putut fi citite ({ $failed } din { $total }); ele arată ce s-a citit anterior. { $first }

## Changes that waited, and undo
error-conflict-deleted-on-server = Hook-ul a fost șters pe server cât timp această modificare aștepta.
error-conflict-queue-deleted = Coada a fost ștearsă pe server sau nu o mai puteți citi, cât timp această modificare aștepta: renunțați la modificare sau păstrați-o pentru a încerca din nou când coada revine.
error-conflict-changed-on-server = Hook-ul a fost modificat pe server cât timp această modificare aștepta.
error-undo-needs-server = Anularea citește mai întâi hook-ul de pe server, iar serverul nu poate fi accesat acum, așa că nu s-a anulat nimic. Încercați din nou când sunteți online.
# $what: what differs, made of the difference-* messages joined by "; ".
error-changed-since = Hook-ul s-a schimbat pe server de la această modificare: { $what }. Nu s-a anulat nimic, deci starea mai nouă rămâne; modificați hook-ul dumneavoastră dacă trebuie să revină.
error-undo-pending = Această modificare așteaptă încă să fie trimisă la server, deci nu există încă nimic de anulat. Sincronizați acum, apoi anulați-o.
error-undo-conflict = Această modificare s-a întâlnit cu o modificare făcută pe server și așteaptă alegerea dumneavoastră, deci nu există nimic de anulat. Rezolvați mai întâi conflictul (Păstrează a mea, Preia de pe server sau Renunță).
error-nothing-to-undo = Serverul nu a acceptat această modificare, deci nu există nimic de anulat.
error-already-undone = Această modificare a fost deja anulată.
error-journal-entry-gone = Această intrare din jurnal nu mai este păstrată (intrările vechi sunt eliminate după numărul de zile setat în Setări). Reîmprospătați jurnalul.
difference-deleted = a fost șters pe server
difference-exists = este din nou pe server
difference-event = evenimentul său este acum { $event }
difference-flow = fluxul său este acum { $flow }
difference-enabled = acum este activat
difference-disabled = acum este dezactivat
difference-separator = ;{" "}
