# What went wrong, as the native side reports it. Each message is one sentence or two: what
# happened, then what to do. Arguments: $server (an address), $detail (the server's, the
# system's or a library's own words, never translated), $path and $file (a file), $event (an
# event's name, already translated), $type (a queue type, already translated).

## The server and the session
error-unreachable = Serwer { $server } jest nieosiągalny. Sprawdź połączenie i spróbuj ponownie.
error-busy = Serwer { $server } jest zbyt obciążony, by teraz odpowiedzieć. Spróbuj ponownie za chwilę.
error-session-ended = Twoja sesja się zakończyła. Zaloguj się ponownie.
error-not-signed-in = Nie jesteś zalogowany. Najpierw zaloguj się do serwera Webitel.
error-forbidden-because = Twój użytkownik nie ma uprawnień do wykonania tej czynności na serwerze: { $detail }. Poproś administratora Webitel o to uprawnienie.
error-forbidden = Twój użytkownik nie ma uprawnień do wykonania tej czynności na serwerze. Poproś administratora Webitel o to uprawnienie.
error-read-only = Twój użytkownik może przeglądać te hooki, ale nie może ich zmieniać. Poproś administratora Webitel o uprawnienie do edycji kolejek.
error-flows-forbidden = Twój użytkownik nie może odczytywać schematów przepływu, więc nie można wybrać przepływu. Poproś administratora Webitel o dostęp do odczytu schematów przepływu.
error-queue-gone = Ta kolejka już nie istnieje na serwerze. Odśwież listę kolejek i wybierz inną kolejkę.
error-team-gone = Ten zespół już nie istnieje na serwerze. Odśwież listę zespołów i wybierz inny zespół.
error-event-already-enabled = Inny hook zdarzenia { $event } w tej kolejce jest włączony, a kolejka może mieć tylko jeden włączony hook na zdarzenie, więc ten pozostał wyłączony. Najpierw wyłącz tamten hook zdarzenia { $event }.
error-flow-taken-in-team = Serwer odrzucił drugi hook tego przepływu w tym zespole: zespół może mieć tylko jeden hook na przepływ. Wybierz inny przepływ lub edytuj hook zespołu dla tego przepływu.
error-hook-gone = Ten hook już nie istnieje na serwerze. Odśwież, aby zobaczyć aktualną listę.
error-rejected-because = Serwer odrzucił zmianę: { $detail }. Sprawdź wartości i spróbuj ponownie.
error-rejected = Serwer odrzucił zmianę. Sprawdź wartości i spróbuj ponownie.
error-second-enabled-hook = Serwer odrzucił drugi włączony hook zdarzenia { $event } w tej kolejce: tylko jeden hook na zdarzenie może być włączony. Najpierw wyłącz tamten hook zdarzenia { $event }.
error-second-enabled-hook-any = Serwer odrzucił drugi włączony hook dla tego zdarzenia w tej kolejce: tylko jeden hook na zdarzenie może być włączony. Najpierw wyłącz tamten hook tego zdarzenia.
error-server-failed-because = Serwer { $server } nie zdołał obsłużyć żądania: { $detail }. Spróbuj ponownie; jeśli błąd się powtarza, powiadom administratora Webitel.
error-server-failed = Serwer { $server } nie zdołał obsłużyć żądania. Spróbuj ponownie; jeśli błąd się powtarza, powiadom administratora Webitel.
error-unreadable-answer = Serwer { $server } wysłał odpowiedź, której ta aplikacja nie potrafi odczytać. Sprawdź, czy adres wskazuje na serwer Webitel, i spróbuj ponownie.
error-answer-too-large = Serwer { $server } wysłał odpowiedź znacznie większą niż jakakolwiek odpowiedź Webitel, więc nie została odczytana. Sprawdź, czy adres wskazuje na serwer Webitel, i spróbuj ponownie.
error-redirected = Serwer { $server } odpowiedział przekierowaniem do { $to }, którego ta aplikacja nie wykonuje, więc nic tam nie wysłano. Sprawdź adres serwera (https:// lub http:// oraz ścieżkę) i spróbuj ponownie.

## The server's certificate
error-certificate-unknown-issuer = Certyfikat serwera nie jest podpisany przez urząd certyfikacji zaufany na tym komputerze. Jeśli serwer używa prywatnego CA, dodaj jego certyfikat do profilu.
error-certificate-expired = Certyfikat serwera wygasł. Poproś administratora serwera o jego odnowienie.
error-certificate-not-valid-yet = Certyfikat serwera nie jest jeszcze ważny. Sprawdź datę i godzinę na tym komputerze i spróbuj ponownie.
error-certificate-name-mismatch = Certyfikat serwera został wystawiony dla innej nazwy niż { $server }. Sprawdź adres lub poproś administratora serwera o certyfikat z tą nazwą.
error-certificate-revoked = Certyfikat serwera został unieważniony. Poproś administratora serwera o nowy.
error-certificate-none = Serwer { $server } nie przedstawił żadnego certyfikatu. Sprawdź adres lub zapytaj administratora serwera.
error-certificate-not-tls = Serwer { $server } nie obsługuje HTTPS pod tym adresem. Sprawdź, czy adres nie powinien zaczynać się od http://.
error-certificate-refused = Certyfikat serwera został odrzucony: { $detail }. Sprawdź adres i certyfikat CA profilu.
error-certificate-invalid = Nie można zweryfikować certyfikatu serwera ({ $detail }). Poproś administratora serwera o ważny certyfikat lub dodaj do profilu CA, który go podpisał.
error-certificate = Nie udało się nawiązać bezpiecznego połączenia z serwerem ({ $detail }). Sprawdź adres i certyfikat CA profilu.
error-server-address = Adres serwera nie jest prawidłowym adresem http(s) ({ $detail }). Popraw go i spróbuj ponownie.
error-server-settings = Nie można użyć ustawień połączenia ({ $detail }). Popraw ustawienia serwera i spróbuj ponownie.
error-client = Nie udało się wysłać żądania ({ $detail }). Spróbuj ponownie; jeśli błąd się powtarza, powiadom administratora Webitel.

## Signing in
error-wrong-password = Serwer odrzucił tę nazwę użytkownika lub hasło. Sprawdź je i spróbuj ponownie.
error-wrong-code = Serwer odrzucił ten kod jednorazowy. Wpisz aktualny kod z aplikacji uwierzytelniającej i spróbuj ponownie.
error-second-factor-unsupported = Ten użytkownik loguje się kodem jednorazowym, o który ta wersja aplikacji nie potrafi jeszcze poprosić. Zaloguj się jako użytkownik bez logowania dwuskładnikowego.
error-sign-in-not-waiting = To logowanie nie czeka już na kod. Zaloguj się ponownie hasłem.
error-password-needed = Twoja sesja na { $server } się zakończyła. Wpisz hasło użytkownika { $username }, aby zalogować się ponownie.
error-bad-ca-certificate = Nie można użyć certyfikatu CA profilu ({ $detail }). Wklej certyfikat CA w formacie PEM (zaczyna się od -----BEGIN CERTIFICATE-----).

## What the user typed
error-no-password = Wpisz hasło i zaloguj się ponownie.
error-no-username = Wpisz nazwę użytkownika (user@domain) i zaloguj się ponownie.
error-bad-server-address = Adres serwera jest nieprawidłowy. Wpisz go jako https://your-server i spróbuj ponownie.
error-bad-admin-address = Adres panelu administracyjnego jest nieprawidłowy. Wpisz go jako https://your-server/admin lub pozostaw puste, aby używać panelu serwera, i zapisz ponownie.
error-no-profile-name = Profil musi mieć nazwę. Wpisz ją i zapisz ponownie.
error-no-flow = Wybierz schemat przepływu, który uruchamia hook, i zapisz ponownie.
error-unknown-event = Wybierz dla hooka jedno ze zdarzeń z listy i zapisz ponownie.
error-not-a-team-event = Hook zespołu uruchamia się przy zdarzeniu Status agenta: wybierz to zdarzenie i zapisz ponownie.
error-event-never-fires = To zdarzenie nigdy nie występuje w kolejce typu { $type }, więc hook nigdy nie uruchomiłby swojego przepływu. Wybierz zdarzenie z listy dostępnej dla tej kolejki i zapisz ponownie.
error-no-such-owner = Tej kolejki ani zespołu nie ma na liście serwera. Wybierz pozycję z listy i spróbuj ponownie.
error-private-key-in-ca = Wklejony tekst zawiera klucz prywatny, którego ta aplikacja nigdy nie przechowuje: wklej tylko certyfikat CA i spróbuj ponownie.
error-page-size = Liczba wierszy na stronę musi wynosić od 1 do 1000: wybierz wartość z tego zakresu i spróbuj ponownie.
error-page-number = Strony są numerowane od 1 do 1 000 000: przejdź do pierwszej strony i spróbuj ponownie.
error-too-many = W jednym żądaniu może być najwyżej 1000 elementów: wybierz mniej i spróbuj ponownie.
error-too-long = Tekst jest dłuższy niż 1000 znaków: skróć go i spróbuj ponownie.
error-no-such-profile = Tego profilu serwera nie ma już na tym komputerze: wybierz profil z listy i spróbuj ponownie.

## The keyring
# $what: read, saved, deleted or opened. $platform: macos, windows or linux. $detail: one of the
# keyring-trouble-* messages below.
error-keyring-none = Nie działa żadna usługa magazynu haseł. Zainstaluj i odblokuj GNOME Keyring (pakiet gnome-keyring) lub KeePassXC z Secret Service albo zaloguj się tylko na tę sesję.
error-keyring-not-opened = Nie można otworzyć systemowego magazynu haseł: { $detail }. { $platform ->
    [macos] Odblokuj pęk kluczy logowania w Keychain Access lub zaloguj się tylko na tę sesję.
    [windows] Sprawdź, czy usługa Credential Manager działa, lub zaloguj się tylko na tę sesję.
   *[linux] Odblokuj magazyn haseł (GNOME Keyring lub KeePassXC z Secret Service) lub zaloguj się tylko na tę sesję.
}
error-keyring-silent = Magazyn haseł nie odpowiada: { $detail }. { $platform ->
    [macos] Odblokuj pęk kluczy logowania w Keychain Access lub zaloguj się tylko na tę sesję.
    [windows] Sprawdź, czy usługa Credential Manager działa, lub zaloguj się tylko na tę sesję.
   *[linux] Odblokuj magazyn haseł (GNOME Keyring lub KeePassXC z Secret Service) lub zaloguj się tylko na tę sesję.
}
error-keyring-stalled = { $seconds ->
    [one] Magazyn haseł nie odpowiedział w ciągu { $seconds } sekundy: być może czeka na hasło w oknie, którego nie widać. Odblokuj magazyn haseł i uruchom aplikację ponownie lub zaloguj się tylko na tę sesję.
    [few] Magazyn haseł nie odpowiedział w ciągu { $seconds } sekund: być może czeka na hasło w oknie, którego nie widać. Odblokuj magazyn haseł i uruchom aplikację ponownie lub zaloguj się tylko na tę sesję.
    [many] Magazyn haseł nie odpowiedział w ciągu { $seconds } sekund: być może czeka na hasło w oknie, którego nie widać. Odblokuj magazyn haseł i uruchom aplikację ponownie lub zaloguj się tylko na tę sesję.
   *[other] Magazyn haseł nie odpowiedział w ciągu { $seconds } sekund: być może czeka na hasło w oknie, którego nie widać. Odblokuj magazyn haseł i uruchom aplikację ponownie lub zaloguj się tylko na tę sesję.
}
error-keyring-probe-stopped = Sprawdzanie magazynu haseł nieoczekiwanie się przerwało. Uruchom aplikację ponownie lub zaloguj się tylko na tę sesję.
error-keyring-locked = Nie udało się { $what ->
    [read] odczytać
    [deleted] usunąć
    [opened] otworzyć
   *[saved] zapisać
} wpisu w magazynie haseł: { $detail }. { $platform ->
    [macos] Odblokuj pęk kluczy logowania w Keychain Access lub zaloguj się tylko na tę sesję.
    [windows] Sprawdź, czy usługa Credential Manager działa, lub zaloguj się tylko na tę sesję.
   *[linux] Odblokuj magazyn haseł (GNOME Keyring lub KeePassXC z Secret Service) lub zaloguj się tylko na tę sesję.
}
error-keyring-failed = Nie udało się { $what ->
    [read] odczytać
    [deleted] usunąć
    [opened] otworzyć
   *[saved] zapisać
} wpisu w magazynie haseł: { $detail }.
error-keyring-task-stopped = Wywołanie magazynu haseł nieoczekiwanie się przerwało ({ $detail }). Spróbuj ponownie.
# What went wrong in a keyring call; $inner is the keyring's own words.
keyring-trouble-service-failed = usługa magazynu haseł zawiodła ({ $inner })
keyring-trouble-locked = magazyn haseł jest zablokowany ({ $inner })
keyring-trouble-no-entry = nie ma takiego wpisu
keyring-trouble-bad-format = zapisana wartość nie ma oczekiwanego formatu
keyring-trouble-damaged = magazyn haseł jest uszkodzony ({ $inner })
keyring-trouble-too-long = nazwa jest dłuższa, niż pozwala magazyn haseł ({ $inner })
keyring-trouble-invalid = nazwa jest nieprawidłowa dla magazynu haseł ({ $inner })
keyring-trouble-ambiguous = więcej niż jeden wpis ma tę nazwę
keyring-trouble-no-store = nie skonfigurowano żadnego magazynu haseł
keyring-trouble-not-supported = magazyn haseł nie obsługuje tej operacji ({ $inner })
keyring-trouble-unknown = nieznany błąd magazynu haseł

## Files on this computer
error-store-damaged = Plik lokalnej pamięci podręcznej { $path } jest uszkodzony ({ $detail }). Zamknij aplikację, przenieś ten plik w inne miejsce i uruchom aplikację ponownie: pamięć podręczna zostanie odbudowana z serwera.
error-store-unusable = Nie można użyć pliku lokalnej pamięci podręcznej { $path } ({ $detail }). Sprawdź, czy na dysku jest miejsce i czy plik jest zapisywalny, i spróbuj ponownie.
error-store-newer = Plik lokalnej pamięci podręcznej { $path } został zapisany przez nowszą wersję Webitel Hooks (schemat { $found }, ta wersja zna { $known }). Zaktualizuj aplikację lub przenieś ten plik w inne miejsce, aby zacząć z pustą pamięcią podręczną.
error-store-damaged-not-set-aside = Lokalna pamięć podręczna była uszkodzona i nie można jej przenieść w inne miejsce ({ $detail }). Zamknij inne programy używające { $path } i uruchom aplikację ponownie.
error-store-newer-not-set-aside = Lokalna pamięć podręczna została zapisana przez nowszą wersję Webitel Hooks i nie można jej przenieść w inne miejsce ({ $detail }). Zamknij inne programy używające { $path } i uruchom aplikację ponownie.
error-cache-folder = Nie można utworzyć folderu { $path } na lokalną pamięć podręczną ({ $detail }). Sprawdź, czy jest zapisywalny, i uruchom aplikację ponownie.
error-cache-not-deleted = Nie można usunąć pliku pamięci podręcznej { $path } ({ $detail }). Zamknij inne programy, które go używają, i spróbuj ponownie.
error-data-folder = Nie można utworzyć folderu danych { $path } ({ $detail }). Sprawdź, czy jest zapisywalny, i uruchom aplikację ponownie.
error-profiles-newer = Plik profili { $path } został zapisany przez nowszą wersję Webitel Hooks (schemat { $found }, ta wersja zna { $known }). Zaktualizuj aplikację.
error-not-an-export = Plik { $file } nie jest eksportem Webitel Hooks ({ $detail }). Wybierz plik JSON utworzony przez Eksportuj.
# Why a file is not an export ($inner: the parser's own words).
export-why-not-json = to nie jest JSON: { $inner }
export-why-not-an-object = to nie jest obiekt JSON
export-why-not-named = nie jest oznaczony jako eksport Webitel Hooks
export-why-no-version = nie ma wersji formatu
export-why-shape = { $inner }
export-why-too-large = jest większy niż { $mib } MiB
error-newer-export = Plik { $file } został wyeksportowany przez nowszą wersję Webitel Hooks (wersja formatu { $found }; ta wersja odczytuje wersje do { $known }). Zaktualizuj aplikację, aby go zaimportować.
error-file-not-read = Nie można odczytać pliku { $path } ({ $detail }). Sprawdź, czy istnieje i czy masz prawo go odczytać.
# The cache file could not be used and was set aside ($kept: where it went) and rebuilt.
notice-cache-rebuilt = { $why ->
    [newer] Lokalna pamięć podręczna została zapisana przez nowszą wersję Webitel Hooks
   *[damaged] Lokalna pamięć podręczna była uszkodzona
} i została odbudowana; nic, co czekało na wysłanie, nie zostało utracone. Zapełni się ponownie danymi z serwera (stary plik zachowano jako { $kept }).
notice-cache-rebuilt-kept = { $why ->
    [newer] Lokalna pamięć podręczna została zapisana przez nowszą wersję Webitel Hooks
   *[damaged] Lokalna pamięć podręczna była uszkodzona
} i została odbudowana; { $count ->
    [one] { $count } zmiana czekająca na wysłanie została zachowana i zostanie wysłana
    [few] { $count } zmiany czekające na wysłanie zostały zachowane i zostaną wysłane
    [many] { $count } zmian czekających na wysłanie zostało zachowanych i zostanie wysłanych
   *[other] { $count } zmian czekających na wysłanie zostało zachowanych i zostanie wysłanych
}, gdy serwer będzie osiągalny (stary plik zachowano jako { $kept }).
notice-cache-rebuilt-lost = { $why ->
    [newer] Lokalna pamięć podręczna została zapisana przez nowszą wersję Webitel Hooks
   *[damaged] Lokalna pamięć podręczna była uszkodzona
} i została odbudowana. Zmian wprowadzonych offline, które czekały na wysłanie, nie udało się z niej odczytać i zostały utracone; sprawdź hooki zmienione offline (stary plik zachowano jako { $kept }).
error-file-not-written = Nie można zapisać eksportu do { $path } ({ $detail }). Wybierz inny folder lub nazwę pliku.

## Profiles, copies, pins, the sync
error-profile-gone = Ten profil serwera już nie istnieje. Wybierz inny profil lub dodaj go ponownie.
error-target-needs-sign-in = Kopiowanie do { $profile } wymaga zalogowania do tego profilu. Przełącz się na { $profile }, zaloguj się, przełącz z powrotem i skopiuj ponownie.
error-target-never-synced = Serwer profilu { $profile } ({ $server }) jest nieosiągalny, a { $profile } nigdy nie był synchronizowany na tym komputerze, więc jego kolejki są nieznane. Spróbuj ponownie, gdy ten serwer będzie osiągalny.
error-queue-not-cached = Tej kolejki nie ma w lokalnej pamięci podręcznej, więc nie można jej przypiąć. Odśwież listę kolejek i przypnij ją ponownie.
error-conflict-gone = Ten konflikt został już rozwiązany. Odśwież, aby zobaczyć aktualną listę.
error-sync-superseded = Synchronizacja została przerwana, ponieważ otwarto inny profil; synchronizacja nowego profilu rozpocznie się sama.
error-hook-not-listed = Tego hooka nie ma już wśród hooków kolejki { $queue }. Otwórz okno, aby zobaczyć ich aktualny stan.
error-not-all-disabled = Nie udało się wyłączyć części włączonych hooków kolejki { $queue } ({ $failed } z { $total }): { $first }
error-queues-not-read = Nie udało się odczytać części kolejek i zespołów ({ $failed } z { $total }); pokazują to, co odczytano wcześniej. { $first }

## Changes that waited, and undo
error-conflict-deleted-on-server = Hook został usunięty na serwerze, gdy ta zmiana czekała.
error-conflict-queue-deleted = Kolejka została usunięta na serwerze lub nie masz już prawa jej odczytu, a ta zmiana czekała: odrzuć zmianę albo zachowaj ją, aby spróbować ponownie, gdy kolejka wróci.
error-conflict-changed-on-server = Hook został zmieniony na serwerze, gdy ta zmiana czekała.
error-undo-needs-server = Cofanie najpierw odczytuje hook z serwera, a serwer jest teraz nieosiągalny, więc niczego nie cofnięto. Spróbuj ponownie, gdy będziesz online.
# $what: what differs, made of the difference-* messages joined by "; ".
error-changed-since = Hook zmienił się na serwerze od tej zmiany: { $what }. Niczego nie cofnięto, więc nowszy stan pozostaje; zmień hook samodzielnie, jeśli ma wrócić do poprzedniego stanu.
error-undo-pending = Ta zmiana wciąż czeka na wysłanie do serwera, więc nie ma jeszcze czego cofać. Zsynchronizuj teraz, a potem ją cofnij.
error-undo-conflict = Ta zmiana natrafiła na zmianę wprowadzoną na serwerze i czeka na Twój wybór, więc nie ma czego cofać. Najpierw rozwiąż konflikt (Zachowaj moją, Weź serwerową lub Odrzuć).
error-nothing-to-undo = Serwer nie przyjął tej zmiany, więc nie ma czego cofać.
error-already-undone = Ta zmiana została już cofnięta.
error-journal-entry-gone = Ten wpis dziennika nie jest już przechowywany (stare wpisy są usuwane po liczbie dni ustawionej w Ustawieniach). Odśwież dziennik.
difference-deleted = został usunięty na serwerze
difference-exists = znów jest na serwerze
difference-event = jego zdarzenie to teraz { $event }
difference-flow = jego przepływ to teraz { $flow }
difference-enabled = jest teraz włączony
difference-disabled = jest teraz wyłączony
difference-separator = ;{" "}
