# The words of Webitel Hooks, Polish. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = Okno nie mogło przygotować żądania { $command } ({ $detail }).
error-window-answer = Okno nie mogło odczytać odpowiedzi na { $command } ({ $detail }). Uruchom aplikację ponownie.
error-window-refused = Aplikacja odrzuciła żądanie ({ $detail }). Uruchom aplikację ponownie; jeśli problem się powtarza, zgłoś go.

## Session start
session-loading = Logowanie…

## Sign-in screen
sign-in-form = Logowanie
sign-in-title = Zaloguj się do Webitel
sign-in-loading = Odczytywanie profili serwerów…
sign-in-profile = Profil
sign-in-new-server = Nowy serwer…
sign-in-server = Adres URL serwera
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Nazwa użytkownika
sign-in-username-placeholder = user@domain
sign-in-password = Hasło
sign-in-remember = Zapamiętaj mnie
sign-in-remember-hint = Przechowuje hasło w magazynie haseł tego komputera, dzięki czemu wygasła sesja odnawia się sama.
sign-in-keyring-title = Nie można użyć magazynu haseł tego komputera.
sign-in-keyring-hint = Nic nie jest zachowywane między uruchomieniami: przy następnym otwarciu aplikacji wpiszesz hasło ponownie.
sign-in-session-only = Tylko ta sesja
sign-in-ca = Prywatny certyfikat CA
sign-in-ca-hint = Dla serwera, którego certyfikat jest podpisany przez własny urząd certyfikacji Twojej organizacji: wklej certyfikat tego urzędu (PEM). Certyfikaty są zawsze sprawdzane.
sign-in-ca-kept = Ten profil ufa już własnemu certyfikatowi; wklej inny, aby go zastąpić.
sign-in-ca-pem = Certyfikat CA (PEM)
sign-in-submit = Zaloguj
sign-in-cancel = Anuluj
sign-in-code-lead = Twoje konto wymaga drugiego składnika. Wpisz kod jednorazowy z aplikacji uwierzytelniającej.
sign-in-code = Kod jednorazowy
sign-in-verify = Zweryfikuj
sign-in-back = Wstecz

## Profile menu and its dialogs
profiles = Profile
profiles-add = Dodaj serwer…
profiles-edit = Edytuj profil…
profiles-remove = Usuń profil…
profiles-settings = Ustawienia…
profiles-sign-out = Wyloguj
dialog-cancel = Anuluj
profile-edit-title = Edytuj profil
profile-edit-name = Nazwa profilu
profile-edit-admin = Adres panelu administracyjnego Webitel
profile-edit-admin-note = Tutaj otwierają się linki do przepływów. Pozostaw puste, aby używać panelu administracyjnego serwera.
remove-title = Usuń profil
remove-text = Usunąć profil
remove-detail = Zapisane hasło, sesja i hooki z pamięci podręcznej tego profilu zostaną usunięte z tego komputera. Hooki na serwerze pozostaną bez zmian.
remove-confirm = Usuń
sign-out-title = Wyloguj
sign-out-text = Aby ponownie zalogować się do tego serwera, potrzebne będzie hasło. Zmiany jeszcze niewysłane pozostaną na tym komputerze.
sign-out-wipe = Usuń także hooki tego serwera z pamięci podręcznej
sign-out-confirm = Wyloguj

## Session expired
expired-title = Sesja wygasła
expired-kept = Twoje miejsce i wszystkie niewysłane zmiany zostały zachowane.

## Queue picker
queues-title = Kolejki
queues-search = Szukaj kolejek
queues-type = Typ kolejki
queues-type-all = Wszystkie typy
queues-list = Kolejki
queues-loading = Ładowanie kolejek…
queues-empty = Brak pasujących kolejek.
queues-pin = Przypnij do zasobnika
queues-pinned = Przypięta do zasobnika: jej hooki można przełączać z menu zasobnika. Naciśnij, aby odpiąć.
queue-disabled = Nieaktywna
queue-type-offline = Offline
queue-type-inbound = Przychodząca
queue-type-ivr = IVR
queue-type-preview = Dialer podglądowy
queue-type-progressive = Dialer progresywny
queue-type-predictive = Dialer predykcyjny
queue-type-inbound-chat = Czat przychodzący
queue-type-inbound-task = Zadania przychodzące
queue-type-outbound-task = Zadania wychodzące
queue-type-im-chat = Czat IM
queue-type-outbound-call = Połączenie wychodzące
queue-type-other = Typ { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Kolejki i zespoły
teams-title = Zespoły
teams-search = Szukaj zespołów
teams-list = Zespoły
teams-loading = Ładowanie zespołów…
teams-empty = Brak pasujących zespołów.
# What a team's hook belongs to, where a queue's shows its queue type.
owner-team = Zespół

## Registry
registry-pick-title = Nie wybrano kolejki
registry-pick = Wybierz kolejkę po lewej, aby przejrzeć jej hooki.
registry-pick-owner = Wybierz kolejkę lub zespół po lewej, aby przejrzeć hooki.
registry-subtitle = Hooki uruchamiają schemat przepływu, gdy u członka tej kolejki wystąpi zdarzenie.
registry-read-only = Możesz tylko przeglądać hooki tej kolejki: dodawanie, zmiana i usuwanie wymagają uprawnień do aktualizacji kolejek.
registry-read-only-team = Możesz tylko przeglądać hooki tego zespołu: dodawanie, zmiana i usuwanie wymagają uprawnień do aktualizacji zespołów.
hooks-refresh = Odśwież
hooks-add = Dodaj
hooks-delete-selected = { $count ->
    [one] Usuń { $count } wybrany element
    [few] Usuń { $count } wybrane elementy
    [many] Usuń { $count } wybranych elementów
   *[other] Usuń { $count } wybranych elementów
}
hooks-selected = Wybrano: { $count }
hooks-table = Hooki
hooks-select-all = Zaznacz wszystkie
hooks-select = Zaznacz
# A row whose owner the user may not change, in the all-hooks registry: why it cannot be selected.
hooks-select-forbidden-queue = Zmiana hooków kolejki wymaga uprawnień do aktualizacji kolejek.
hooks-select-forbidden-team = Zmiana hooków zespołu wymaga uprawnień do aktualizacji zespołów.
col-event = Zdarzenie
col-flow = Schemat przepływu
col-state = Stan
col-actions = Akcje
hooks-state = Stan
hooks-enabled = Włączony
hooks-disabled = Wyłączony
hooks-edit = Edytuj hook
hooks-open-flow = Otwórz { $flow } w panelu administracyjnym Webitel
hooks-delete = Usuń
hooks-empty = Nie ma jeszcze żadnych rekordów
hooks-empty-hint = Dodaj hook przyciskiem Dodaj.
hooks-loading = Ładowanie hooków…
hooks-never-fires = nigdy nie wystąpi
hooks-never-fires-title = Centrum kontaktowe nigdy nie zgłasza tego zdarzenia dla kolejki typu { $type }, więc ten hook nigdy nie uruchomi swojego przepływu.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Zaznaczenie
bulk-enable = Włącz
bulk-disable = Wyłącz
bulk-enable-selected = { $count ->
    [one] Włącz { $count } wybrany hook
    [few] Włącz { $count } wybrane hooki
    [many] Włącz { $count } wybranych hooków
   *[other] Włącz { $count } wybranych hooków
}
bulk-disable-selected = { $count ->
    [one] Wyłącz { $count } wybrany hook
    [few] Wyłącz { $count } wybrane hooki
    [many] Wyłącz { $count } wybranych hooków
   *[other] Wyłącz { $count } wybranych hooków
}
bulk-selected = { $count ->
    [one] Wybrano { $count } hook
    [few] Wybrano { $count } hooki
    [many] Wybrano { $count } hooków
   *[other] Wybrano { $count } hooków
}
bulk-select-matching = { $count ->
    [one] Zaznacz { $count } pasujący hook
    [few] Zaznacz wszystkie { $count } pasujące hooki
    [many] Zaznacz wszystkie { $count } pasujących hooków
   *[other] Zaznacz wszystkie { $count } pasujących hooków
}
bulk-all-matching-selected = { $count ->
    [one] Zaznaczono { $count } pasujący hook, który możesz zmienić.
    [few] Zaznaczono wszystkie { $count } pasujące hooki, które możesz zmienić.
    [many] Zaznaczono wszystkie { $count } pasujących hooków, które możesz zmienić.
   *[other] Zaznaczono wszystkie { $count } pasujących hooków, które możesz zmienić.
}
bulk-selecting = Zaznaczanie wszystkich pasujących hooków…
bulk-clear = Wyczyść wybór
bulk-switched-enabled = { $count ->
    [one] Włączono { $count } hook.
    [few] Włączono { $count } hooki.
    [many] Włączono { $count } hooków.
   *[other] Włączono { $count } hooków.
}
bulk-switched-disabled = { $count ->
    [one] Wyłączono { $count } hook.
    [few] Wyłączono { $count } hooki.
    [many] Wyłączono { $count } hooków.
   *[other] Wyłączono { $count } hooków.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } był już włączony.
    [few] { $count } były już włączone.
    [many] { $count } było już włączonych.
   *[other] { $count } było już włączonych.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } był już wyłączony.
    [few] { $count } były już wyłączone.
    [many] { $count } było już wyłączonych.
   *[other] { $count } było już wyłączonych.
}
bulk-all-unchanged-enabled = { $count ->
    [one] Hook był już włączony.
    [few] Wszystkie hooki ({ $count }) były już włączone.
    [many] Wszystkie hooki ({ $count }) były już włączone.
   *[other] Wszystkie hooki ({ $count }) były już włączone.
}
bulk-all-unchanged-disabled = { $count ->
    [one] Hook był już wyłączony.
    [few] Wszystkie hooki ({ $count }) były już wyłączone.
    [many] Wszystkie hooki ({ $count }) były już wyłączone.
   *[other] Wszystkie hooki ({ $count }) były już wyłączone.
}
bulk-failed-enable = { $count ->
    [one] Nie udało się włączyć { $count } hooka:
    [few] Nie udało się włączyć { $count } hooków:
    [many] Nie udało się włączyć { $count } hooków:
   *[other] Nie udało się włączyć { $count } hooków:
}
bulk-failed-disable = { $count ->
    [one] Nie udało się wyłączyć { $count } hooka:
    [few] Nie udało się wyłączyć { $count } hooków:
    [many] Nie udało się wyłączyć { $count } hooków:
   *[other] Nie udało się wyłączyć { $count } hooków:
}
# A refused hook, on a line of its own: its event and flow, then why, as a full sentence.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] i jeszcze { $count }.
    [few] i jeszcze { $count }.
    [many] i jeszcze { $count }.
   *[other] i jeszcze { $count }.
}

## Pagination
pagination = Strony
page-size = Wierszy na stronę
page-prev = Poprzednia
page-next = Następna
page-number = Strona { $page }

## Add / edit modal
modal-add = Dodaj hook
modal-edit = Edytuj hook
modal-event = Zdarzenie
modal-event-placeholder = Wybierz zdarzenie
modal-flow = Schemat przepływu
modal-flow-list = Schematy przepływu
modal-flow-placeholder = Szukaj schematów przepływu
modal-flow-none = Brak pasujących schematów przepływu.
modal-flow-loading = Ładowanie schematów przepływu…
modal-flow-selected = Wybrano: { $name }
modal-flow-unselected = Nie wybrano jeszcze schematu przepływu.
modal-flow-forbidden = Nie masz uprawnień do odczytu schematów przepływu, więc nie można wybrać przepływu. Poproś administratora o dostęp do odczytu schematów przepływu.
modal-clash = Hook { $event } → { $flow } jest { $state } w tej kolejce, a serwer pozwala na jeden włączony hook na zdarzenie: zapis zostałby odrzucony.
modal-clash-enabled = włączony
modal-clash-disabled = wyłączony
modal-clash-show = Pokaż ten hook
modal-more-events = Więcej zdarzeń
modal-never-fires = Centrum kontaktowe nigdy nie zgłasza tego zdarzenia dla kolejki typu { $type }.
modal-team-flow-taken = Ten zespół ma już hook, który uruchamia { $flow }: zespół może mieć tylko jeden hook na przepływ.
modal-save = Zapisz
modal-saving = Zapisywanie…
modal-close = Zamknij
modal-loading = Odczytywanie hooka z serwera…

## Delete confirmation
confirm-title = Potwierdzenie usunięcia
confirm-text = { $count ->
    [one] Czy na pewno chcesz usunąć { $count } rekord?
    [few] Czy na pewno chcesz usunąć { $count } rekordy?
    [many] Czy na pewno chcesz usunąć { $count } rekordów?
   *[other] Czy na pewno chcesz usunąć { $count } rekordów?
}
# The one hook a single delete removes: its event and its flow schema.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Tak
confirm-no = Nie

## Notifications
toasts-region = Powiadomienia
toast-close = Zamknij
toast-created = Dodano hook.
toast-saved = Zapisano hook.
toast-deleted = { $count ->
    [one] Usunięto { $count } rekord.
    [few] Usunięto { $count } rekordy.
    [many] Usunięto { $count } rekordów.
   *[other] Usunięto { $count } rekordów.
}
toast-delete-failed = { $count ->
    [one] Nie udało się usunąć { $count } rekordu: { $list }
    [few] Nie udało się usunąć { $count } rekordów: { $list }
    [many] Nie udało się usunąć { $count } rekordów: { $list }
   *[other] Nie udało się usunąć { $count } rekordów: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Dołączenie
event-joined-meaning = Członek dołączył do kolejki.
event-answered = Odpowiedziane
event-answered-meaning = Zdefiniowane, ale centrum kontaktowe nigdy go nie zgłasza, w żadnym typie kolejki.
event-offering = Oferta
event-offering-meaning = Połączenie jest oferowane agentowi (u agenta dzwoni).
event-bridged = Połączone
event-bridged-meaning = Klient i agent są połączeni.
event-missed = Przegapione
event-missed-meaning = Agent, któremu zaoferowano połączenie, nie odebrał go lub je odrzucił.
event-leaving = Odejście
event-leaving-meaning = Próba się zakończyła i członek opuszcza kolejkę, niezależnie od wyniku; także gdy minął termin ważności członka.
event-processing = Przetwarzanie
event-processing-meaning = Obsługa po rozmowie; tylko gdy kolejka ma włączone przetwarzanie końcowe.
event-active = Aktywne
event-active-meaning = Agent odebrał (kolejki typu Offline i Dialer podglądowy).
event-wait-agent = Oczekiwanie na agenta
event-wait-agent-meaning = Członek czeka na wolnego agenta: połączenie przychodzące lub czat trafił do wyszukiwania agenta, połączenie predykcyjne zostało odebrane albo zaoferowany agent nie odebrał i wyszukiwanie zaczyna się od nowa.
event-agent-status = Status agenta
event-agent-status-meaning = Agent zespołu zmienił status.
event-other = { $value }
event-other-meaning = Zdarzenie nieznane tej wersji: { $value }.

## Sync bar
sync-status = Stan synchronizacji
sync-progress = Postęp synchronizacji
sync-now = Synchronizuj teraz
sync-never = Nigdy nie synchronizowano
sync-just-now = Zsynchronizowano przed chwilą
sync-minutes = Zsynchronizowano { $count } min temu
sync-hours = Zsynchronizowano { $count } godz. temu
sync-running = Synchronizacja… kolejki: { $done } z { $total }
sync-starting = Synchronizacja…

## Banners
offline-title = Offline
offline-text = Jesteś offline: { $server } jest nieosiągalny. Pracujesz na danych z pamięci podręcznej; zmiany są zachowywane i zostaną wysłane, gdy serwer znów będzie dostępny.
offline-pending = { $count ->
    [one] { $count } zmiana czeka na wysłanie.
    [few] { $count } zmiany czekają na wysłanie.
    [many] { $count } zmian czeka na wysłanie.
   *[other] { $count } zmian czeka na wysłanie.
}
conflicts-title = Konflikty
conflicts-text = { $count ->
    [one] { $count } zmiana jest w konflikcie z serwerem.
    [few] { $count } zmiany są w konflikcie z serwerem.
    [many] { $count } zmian jest w konflikcie z serwerem.
   *[other] { $count } zmian jest w konflikcie z serwerem.
}
conflicts-review = Przejrzyj konflikty

## Offline marks on registry rows
mark-pending = Oczekujące
mark-pending-title = Czeka na wysłanie
mark-conflict = Konflikt
mark-conflict-action = Rozwiąż konflikt
mark-conflict-title = Ta zmiana jest w konflikcie z serwerem: wybierz, która wersja zostaje.

## Conflict dialog
conflict-title = Konflikt
conflict-loading = Odczytywanie konfliktów…
conflict-position = { $position } z { $count }
conflict-queue = Kolejka:
conflict-queue-unknown = Kolejka { $id }
conflict-team = Zespół:
conflict-team-unknown = Zespół { $id }
conflict-mine = Twoja wersja
conflict-theirs = Wersja serwera
conflict-deleted = Usunięto
conflict-keep-mine = Zachowaj moją
conflict-keep-mine-title = Wyślij swoją wersję w miejsce wersji serwera.
conflict-take-theirs = Weź serwerową
conflict-take-theirs-title = Porzuć swoją zmianę i zachowaj wersję serwera.
conflict-discard = Odrzuć
conflict-discard-title = Porzuć swoją zmianę i ponownie odczytaj hook z serwera.

## All queues
all-title = Wszystkie kolejki
all-total = { $count ->
    [one] { $count } hook
    [few] { $count } hooki
    [many] { $count } hooków
   *[other] { $count } hooków
}
all-filters = Filtry
all-search = Szukaj hooków
all-filter-any = Wszystkie
all-filter-kind = Rodzaj
all-kind-queues = Kolejki
all-kind-teams = Zespoły
all-filter-queue = Filtruj według kolejki
all-filter-queue-type = Filtruj według typu kolejki
all-filter-event = Filtruj według zdarzenia
all-filter-flow = Filtruj według przepływu
all-filter-state = Filtruj według stanu
all-only-pending = Tylko oczekujące
all-only-conflicts = Tylko konflikty
all-table = Wszystkie hooki
all-col-queue = Kolejka
all-col-queue-type = Typ kolejki
all-open-queue = Otwórz hooki tej kolejki
all-open-team = Otwórz hooki tego zespołu
# The owner filter's choices: a team's name marked as a team's; an owner the cache has no name for.
all-owner-team = { $name } (zespół)
all-owner-queue-unknown = Kolejka { $id }
all-owner-team-unknown = Zespół { $id }
# The owner and flow filters' lists show the first fifty matches of the typed text; the line under them counts the rest.
picker-more = { $count ->
    [one] i jeszcze { $count } — wpisz tekst, aby zawęzić
    [few] i jeszcze { $count } — wpisz tekst, aby zawęzić
    [many] i jeszcze { $count } — wpisz tekst, aby zawęzić
   *[other] i jeszcze { $count } — wpisz tekst, aby zawęzić
}
picker-none = Brak dopasowań

## Settings
settings-title = Ustawienia
settings-loading = Odczytywanie ustawień…
settings-close-to-tray = Po zamknięciu okna działaj dalej w zasobniku
settings-start-at-login = Uruchamiaj po zalogowaniu do systemu
settings-notifications = Powiadomienia na pulpicie
settings-language = Język
settings-language-system = Taki sam jak w systemie ({ $language })
settings-copy-diagnostics = Kopiuj diagnostykę
settings-diagnostics-hint = Wersje, foldery, stan magazynu haseł i ostatnie błędy, do zgłoszenia błędu. Nigdy hasło ani token.
settings-diagnostics = Diagnostyka
settings-copied = Skopiowano diagnostykę
settings-copy-failed = Brak dostępu do schowka: diagnostyka jest zaznaczona w polu powyżej; skopiuj ją stamtąd (Ctrl+C).
settings-close = Zamknij

# A queue whose server answer had rows this app could not read: they show as last read, if ever.
hooks-skipped = { $count ->
    [one] Nie udało się odczytać jednego hooka tej kolejki (serwer przesłał go w formie nieznanej tej aplikacji): jest pokazany tak, jak został ostatnio odczytany, albo wcale, jeśli nigdy nie został odczytany. Otwórz go w panelu administracyjnym Webitel, aby go przejrzeć.
    [few] Nie udało się odczytać { $count } hooków tej kolejki (serwer przesłał je w formie nieznanej tej aplikacji): są pokazane tak, jak zostały ostatnio odczytane, albo wcale, jeśli nigdy nie zostały odczytane. Otwórz je w panelu administracyjnym Webitel, aby je przejrzeć.
    [many] Nie udało się odczytać { $count } hooków tej kolejki (serwer przesłał je w formie nieznanej tej aplikacji): są pokazane tak, jak zostały ostatnio odczytane, albo wcale, jeśli nigdy nie zostały odczytane. Otwórz je w panelu administracyjnym Webitel, aby je przejrzeć.
   *[other] Nie udało się odczytać { $count } hooków tej kolejki (serwer przesłał je w formie nieznanej tej aplikacji): są pokazane tak, jak zostały ostatnio odczytane, albo wcale, jeśli nigdy nie zostały odczytane. Otwórz je w panelu administracyjnym Webitel, aby je przejrzeć.
}

## Export, import and "Copy to…"
transfer-group = Eksport i import
export-button = Eksportuj…
export-hint-queue = Eksportuj hooki tej kolejki do pliku (JSON do importu lub CSV do odczytu)
export-hint-team = Eksportuj hooki tego zespołu do pliku (JSON do importu lub CSV do odczytu)
export-hint-selected = { $count ->
    [one] Eksportuj wybrany hook do pliku (JSON do importu lub CSV do odczytu)
    [few] Eksportuj { $count } wybrane hooki do pliku (JSON do importu lub CSV do odczytu)
    [many] Eksportuj { $count } wybranych hooków do pliku (JSON do importu lub CSV do odczytu)
   *[other] Eksportuj { $count } wybranych hooków do pliku (JSON do importu lub CSV do odczytu)
}
export-hint-matching = Eksportuj wszystkie hooki pasujące do filtrów do pliku (JSON do importu lub CSV do odczytu)
export-done = { $count ->
    [one] Wyeksportowano { $count } hook do { $file }.
    [few] Wyeksportowano { $count } hooki do { $file }.
    [many] Wyeksportowano { $count } hooków do { $file }.
   *[other] Wyeksportowano { $count } hooków do { $file }.
}
import-button = Importuj…
import-hint = Importuj hooki z pliku eksportu do tego profilu serwera
import-title = Podgląd importu
copy-preview-title = Podgląd kopiowania
import-running-title = Importowanie hooków
import-report-title = Raport importu
copy-running-title = Kopiowanie hooków
copy-report-title = Raport kopiowania
import-source = Z pliku { $file }.
import-source-server = Z pliku { $file }, wyeksportowanego z { $server }.
transfer-nothing = Nic nie zostanie utworzone: każdy hook już istnieje lub nie może zostać zaimportowany.
transfer-section-create = Zostaną utworzone: { $count }
transfer-section-disabled = Zostaną utworzone jako wyłączone, bo kolejka ma już włączony hook tego zdarzenia: { $count }
transfer-section-skip = Już istnieją, pominięte: { $count }
transfer-section-unmatched = Nie można zaimportować: { $count }
transfer-disabled-because = „{ $hook }” jest włączony dla tego zdarzenia
transfer-team = { $team } (zespół)
transfer-why-owner-not-found = { $kind ->
    [team] Na tym serwerze nie ma zespołu o nazwie „{ $owner }”.
   *[other] Na tym serwerze nie ma kolejki o nazwie „{ $owner }”.
}
transfer-why-owner-ambiguous = { $kind ->
    [team] Kilka zespołów ma nazwę „{ $owner }”, ale żaden nie ma identyfikatora z pliku.
   *[other] Kilka kolejek ma nazwę „{ $owner }”, ale żadna nie ma identyfikatora z pliku.
}
transfer-why-flow-not-found = Na tym serwerze nie ma schematu przepływu o nazwie „{ $flow }”.
transfer-why-flow-ambiguous = Kilka schematów przepływu ma nazwę „{ $flow }”, ale żaden nie ma identyfikatora z pliku.
transfer-why-event-not-possible = To zdarzenie nie może uruchomić hooka { $kind ->
    [team] tego zespołu
   *[other] tej kolejki
}.
transfer-why-not-allowed = Twój użytkownik nie może zmieniać hooków „{ $owner }”.
transfer-cancel = Anuluj
transfer-confirm = { $count ->
    [one] Utwórz { $count } hook
    [few] Utwórz { $count } hooki
    [many] Utwórz { $count } hooków
   *[other] Utwórz { $count } hooków
}
transfer-close = Zamknij
transfer-progress = Tworzenie hooków… { $done } z { $total }
transfer-progress-label = Postęp
transfer-report = Raport
transfer-created = { $count ->
    [one] Utworzono { $count } hook.
    [few] Utworzono { $count } hooki.
    [many] Utworzono { $count } hooków.
   *[other] Utworzono { $count } hooków.
}
transfer-queued = { $count ->
    [one] Zachowano { $count } hook do wysłania, gdy serwer będzie osiągalny.
    [few] Zachowano { $count } hooki do wysłania, gdy serwer będzie osiągalny.
    [many] Zachowano { $count } hooków do wysłania, gdy serwer będzie osiągalny.
   *[other] Zachowano { $count } hooków do wysłania, gdy serwer będzie osiągalny.
}
transfer-skipped = { $count ->
    [one] { $count } już istnieje, pominięto.
    [few] { $count } już istnieją, pominięto.
    [many] { $count } już istnieje, pominięto.
   *[other] { $count } już istnieje, pominięto.
}
transfer-not-imported = Nie można było zaimportować: { $count }, zgodnie z podglądem.
transfer-failed = { $count ->
    [one] Nie utworzono { $count } hooka:
    [few] Nie utworzono { $count } hooków:
    [many] Nie utworzono { $count } hooków:
   *[other] Nie utworzono { $count } hooków:
}
copy-button = Kopiuj do…
copy-selected = { $count ->
    [one] Kopiuj { $count } wybrany hook do…
    [few] Kopiuj { $count } wybrane hooki do…
    [many] Kopiuj { $count } wybranych hooków do…
   *[other] Kopiuj { $count } wybranych hooków do…
}
copy-dialog = Kopiuj do kolejek
copy-title = { $count ->
    [one] Kopiuj { $count } hook do kolejek
    [few] Kopiuj { $count } hooki do kolejek
    [many] Kopiuj { $count } hooków do kolejek
   *[other] Kopiuj { $count } hooków do kolejek
}
copy-hint = Wybierz kolejki tego serwera, do których mają zostać skopiowane hooki. Aby skopiować je na inny serwer, najpierw dodaj go z menu profili (Dodaj serwer…).
copy-hint-servers = Wybierz serwer docelowy, a następnie kolejki, do których mają zostać skopiowane hooki.
copy-hint-other = Wybierz kolejki profilu { $name }, do których mają zostać skopiowane hooki: zostaną utworzone przy użyciu logowania tego profilu lub poczekają w jego skrzynce nadawczej, dopóki jego serwer jest nieosiągalny.
copy-server = Serwer docelowy
copy-server-active = { $name } (ten serwer)
copy-into = Do profilu serwera { $name }.
copy-search = Szukaj kolejek docelowych
copy-type = Typ kolejki docelowej
copy-loading = Odczytywanie kolejek…
copy-no-queues = Brak pasujących kolejek.
copy-targets = Kolejki docelowe
copy-chosen = { $count ->
    [one] Wybrano { $count } kolejkę
    [few] Wybrano { $count } kolejki
    [many] Wybrano { $count } kolejek
   *[other] Wybrano { $count } kolejek
}
copy-preview = Podgląd

## The main area's tabs and the change journal
main-tabs = Widoki
main-tab-hooks = Hooki
main-tab-journal = Dziennik
journal-title = Dziennik
journal-total = { $count ->
    [one] { $count } zmiana wprowadzona z tego komputera
    [few] { $count } zmiany wprowadzone z tego komputera
    [many] { $count } zmian wprowadzonych z tego komputera
   *[other] { $count } zmian wprowadzonych z tego komputera
}
journal-filters = Filtry dziennika
journal-search = Szukaj w dzienniku
journal-filter-owner = Filtruj według kolejki lub zespołu
journal-filter-action = Filtruj według rodzaju zmiany
journal-from = Od
journal-to = Do
journal-clear-filters = Zresetuj filtry
journal-export = Eksportuj CSV…
journal-export-title = Zapisz wpisy widoczne po filtrowaniu jako plik CSV
journal-exported = { $count ->
    [one] Zapisano { $count } wpis dziennika do { $path }
    [few] Zapisano { $count } wpisy dziennika do { $path }
    [many] Zapisano { $count } wpisów dziennika do { $path }
   *[other] Zapisano { $count } wpisów dziennika do { $path }
}
journal-table = Dziennik zmian
journal-col-when = Kiedy
journal-col-who = Kto
journal-col-where = Gdzie
journal-col-what = Co
journal-col-change = Przed → po
journal-col-outcome = Serwer
journal-col-undo = Cofnij
journal-action-created = Utworzono
journal-action-changed = Zmieniono
journal-action-enabled = Włączono
journal-action-disabled = Wyłączono
journal-action-deleted = Usunięto
journal-what = { $action } hook { $event }
journal-batch-of = { $count ->
    [one] pojedyncza zmiana
    [few] jedna z { $count } zmian wprowadzonych razem
    [many] jedna z { $count } zmian wprowadzonych razem
   *[other] jedna z { $count } zmian wprowadzonych razem
}
journal-origin-window = z okna
journal-origin-tray = z zasobnika
journal-origin-import = przez import
journal-origin-copy = przez kopiowanie
journal-origin-replay = przez ponowne wysłanie zmian offline
journal-origin-undo = przez cofnięcie
journal-none = (brak)
journal-hook-enabled = { $event } → { $flow }, włączony
journal-hook-disabled = { $event } → { $flow }, wyłączony
journal-outcome-taken = Przyjęta
journal-outcome-pending = Czeka na wysłanie
journal-outcome-refused = Odrzucona
journal-outcome-conflict = Konflikt
journal-outcome-discarded = Porzucona
journal-undone-mark = Cofnięta
journal-undo = Cofnij
journal-undo-title = Przywróć hook, jeśli na serwerze jest nadal taki, jakim zostawiła go ta zmiana
journal-undo-batch = { $count ->
    [one] Cofnij wszystko
    [few] Cofnij wszystkie { $count }
    [many] Cofnij wszystkie { $count }
   *[other] Cofnij wszystkie { $count }
}
journal-undo-batch-title = Przywróć każdy hook tej akcji, który jest nadal taki, jakim go zostawiła
journal-undone = { $count ->
    [0] Niczego nie cofnięto.
    [one] Cofnięto { $count } zmianę.
    [few] Cofnięto { $count } zmiany.
    [many] Cofnięto { $count } zmian.
   *[other] Cofnięto { $count } zmian.
}
journal-undo-none = { $count ->
    [one] Zmiana nie została cofnięta:
    [few] Żadna z { $count } zmian nie została cofnięta:
    [many] Żadna z { $count } zmian nie została cofnięta:
   *[other] Żadna z { $count } zmian nie została cofnięta:
}
journal-undo-some-not = { $count ->
    [one] { $count } nie została cofnięta:
    [few] { $count } nie zostały cofnięte:
    [many] { $count } nie zostało cofniętych:
   *[other] { $count } nie zostało cofniętych:
}
journal-empty = Brak zmian
journal-empty-hint = Każda zmiana wprowadzona z tego komputera (z okna, z zasobnika, przez import lub kopiowanie) jest tu wymieniona, od najnowszej.
journal-empty-filtered = Brak pasujących zmian
journal-empty-filtered-hint = Wyczyść filtry, aby zobaczyć wszystkie zmiany.
journal-page = Strona { $page } z { $pages }
settings-journal-days = Przechowuj dziennik zmian przez (dni)
