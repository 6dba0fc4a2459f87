# The words of the native side: the app's own errors, the tray menu, desktop notifications and
# native dialogs. The tray's status line uses the window's sync-* messages (main.ftl).

## The app's own errors
error-runtime = Aplikacja nie mogła wykonać żądania ({ $detail }). Uruchom ją ponownie i spróbuj jeszcze raz.
error-still-starting = Nie jesteś jeszcze zalogowany. Poczekaj, aż aplikacja skończy się uruchamiać, i spróbuj ponownie.
error-not-started = Aplikacja nie zakończyła uruchamiania. Zamknij ją i uruchom ponownie.
error-profiles-not-opened = Aplikacja nie mogła otworzyć swoich profili ({ $detail }). Uruchom ją ponownie.
error-no-data-folder = Aplikacja nie może znaleźć folderu na swoje dane ({ $detail }). Uruchom ją z opcją --data-dir i folderem z prawem zapisu.
error-second-factor-at-start = Ten użytkownik loguje się kodem jednorazowym, którego aplikacja nie może przyjąć przy uruchamianiu. Zaloguj się zamiast tego na ekranie logowania.
error-settings-not-loaded = Aplikacja nie zakończyła uruchamiania, więc jej ustawienia nie zostały wczytane. Zamknij ją i uruchom ponownie.
error-settings-without-folder = Nie można zapisać ustawień, ponieważ aplikacja nie ma folderu danych. Uruchom ją z opcją --data-dir i folderem z prawem zapisu.
error-settings-not-saved = Nie udało się zapisać ustawień ({ $detail }). Sprawdź, czy { $path } ma prawo zapisu, i spróbuj ponownie.
error-start-at-login-unavailable = Uruchamianie po zalogowaniu nie jest dostępne w tej kompilacji aplikacji. Zamiast tego dodaj aplikację do programów startowych swojego środowiska.
error-start-at-login-not-on = Nie udało się włączyć uruchamiania po zalogowaniu ({ $detail }). Sprawdź programy startowe swojego środowiska i spróbuj ponownie.
error-start-at-login-not-off = Nie udało się wyłączyć uruchamiania po zalogowaniu ({ $detail }). Sprawdź programy startowe swojego środowiska i spróbuj ponownie.
error-window-gone = Okno aplikacji zniknęło. Zakończ aplikację z zasobnika i uruchom ją ponownie.
error-window-not-hidden = Nie udało się ukryć okna ({ $detail }). Spróbuj ponownie lub uruchom aplikację ponownie.
error-window-not-shown = Nie udało się pokazać okna ({ $detail }). Spróbuj ponownie lub uruchom aplikację ponownie.
error-sync-without-session = Nie jesteś zalogowany. Otwórz okno i zaloguj się, a następnie zsynchronizuj ponownie.
error-no-confirmation = Aplikacja nie może tu poprosić o potwierdzenie, więc hooki kolejki { $queue } pozostały bez zmian. Zamiast tego wyłącz je w oknie.
error-browser-not-opened = Nie udało się otworzyć przeglądarki ({ $detail }). Otwórz { $address } w przeglądarce samodzielnie.
error-not-a-web-address = { $address } nie jest adresem internetowym (https:// lub http://), więc nie został otwarty. Sprawdź adres panelu administracyjnego Webitel w profilu.

## The tray menu
tray-show = Pokaż okno
tray-hide = Ukryj okno
tray-sync-now = Synchronizuj teraz
tray-quit = Zakończ
tray-offline = { $count ->
    [0] Offline: brak zmian czekających na wysłanie
    [one] Offline: { $count } zmiana czeka na wysłanie
    [few] Offline: { $count } zmiany czekają na wysłanie
    [many] Offline: { $count } zmian czeka na wysłanie
   *[other] Offline: { $count } zmian czeka na wysłanie
}
tray-disable-all = Wyłącz wszystkie hooki „{ $owner }”
tray-team = { $team } (zespół)
# A hook in a pinned queue's submenu: "Bridged → Survey after call".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (oczekuje)
tray-failed-hook = Hook nie został zmieniony
tray-failed-disable-all = Nie wszystkie hooki zostały wyłączone
tray-failed-sync = Synchronizacja się nie rozpoczęła
tray-failed-show = Okno nie odpowiedziało
tray-failed = Zasobnik nie mógł tego wykonać

## The confirmation before Disable all, from the tray
tray-confirm-title = Wyłącz wszystkie hooki kolejki { $queue }
tray-confirm-text = { $count ->
    [one] Wyłączyć włączony hook tej kolejki? Połączenia w kolejce { $queue } przestaną uruchamiać przepływy, dopóki hooki nie zostaną ponownie włączone.
    [few] Wyłączyć { $count } włączone hooki tej kolejki? Połączenia w kolejce { $queue } przestaną uruchamiać przepływy, dopóki hooki nie zostaną ponownie włączone.
    [many] Wyłączyć { $count } włączonych hooków tej kolejki? Połączenia w kolejce { $queue } przestaną uruchamiać przepływy, dopóki hooki nie zostaną ponownie włączone.
   *[other] Wyłączyć { $count } włączonych hooków tej kolejki? Połączenia w kolejce { $queue } przestaną uruchamiać przepływy, dopóki hooki nie zostaną ponownie włączone.
}
tray-confirm-yes = Wyłącz wszystkie
tray-confirm-no = Anuluj

## Desktop notifications
notify-conflicts = { $count ->
    [one] Zmiana wprowadzona offline jest w konflikcie z serwerem: otwórz aplikację, aby wybrać.
    [few] { $count } zmiany wprowadzone offline są w konflikcie z serwerem: otwórz aplikację, aby wybrać.
    [many] { $count } zmian wprowadzonych offline jest w konflikcie z serwerem: otwórz aplikację, aby wybrać.
   *[other] { $count } zmian wprowadzonych offline jest w konflikcie z serwerem: otwórz aplikację, aby wybrać.
}
notify-changed = { $count ->
    [one] { $count } hook został zmieniony na { $server } przez kogoś innego.
    [few] { $count } hooki zostały zmienione na { $server } przez kogoś innego.
    [many] { $count } hooków zostało zmienionych na { $server } przez kogoś innego.
   *[other] { $count } hooków zostało zmienionych na { $server } przez kogoś innego.
}
notify-the-server = serwerze

## Native file dialogs
dialog-export-hooks = Eksportuj hooki
dialog-export-journal = Eksportuj dziennik
dialog-import-hooks = Importuj hooki
dialog-filter-export = Eksport Webitel Hooks (JSON)
dialog-filter-json = JSON (do ponownego importu)
dialog-filter-csv = CSV (do odczytu)
dialog-filter-csv-only = CSV
