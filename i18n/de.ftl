# Steadys Wörter auf Deutsch: du-Form, freundlich und schlicht.
# Jede id hier steht auch in en.ftl (tests/catalogue.rs prüft das).

## Zahlen und Daten

decimal-separator = ,
count-seconds = { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
}
count-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
weekday-long-mon = Montag
weekday-long-tue = Dienstag
weekday-long-wed = Mittwoch
weekday-long-thu = Donnerstag
weekday-long-fri = Freitag
weekday-long-sat = Samstag
weekday-long-sun = Sonntag
weekday-short-mon = Mo.
weekday-short-tue = Di.
weekday-short-wed = Mi.
weekday-short-thu = Do.
weekday-short-fri = Fr.
weekday-short-sat = Sa.
weekday-short-sun = So.
month-long-1 = Januar
month-long-2 = Februar
month-long-3 = März
month-long-4 = April
month-long-5 = Mai
month-long-6 = Juni
month-long-7 = Juli
month-long-8 = August
month-long-9 = September
month-long-10 = Oktober
month-long-11 = November
month-long-12 = Dezember
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
# Mittwoch, 2. Dezember 2026
date-long = { $weekday }, { $day }. { $month } { $year }
# 2. Dez.
date-day-month = { $day }. { $month }
# Mi., 2. Dez., 15:00
date-weekday-time = { $weekday }, { $day }. { $month }, { $time }
# 02.12.2026
date-numeric = { $day }.{ $month }.{ $year }

## Übungen

breath-in = Einatmen
breath-hold = Halten
breath-out = Ausatmen
group-breathing = Atmen
group-grounding = Im Hier und Jetzt
group-kind-words = Freundliche Worte
group-relaxation = Muskelentspannung
kind-word-breathing = Atmung
kind-word-grounding = Erdung
kind-word-relaxation = Entspannung
kind-word-routine = Ablauf
origin-built-in = mitgeliefert
routine-transition = Lass deinen Atem zur Ruhe kommen. Gleich geht es weiter.
routine-next = Als Nächstes: { $title }

## Verlauf

history-none-yet = Noch keine Übungen. Wenn du eine beendest, steht sie hier.
history-unreadable = { $file }: konnte nicht gelesen werden: { $error }
history-line-skipped = { $file }:{ $line }: übersprungen: { $message }
history-more-skipped = { $file }: und { $count ->
    [one] 1 weitere Zeile
   *[other] { $count } weitere Zeilen
} übersprungen
history-line-no-session = das ergänzt die Übung { $session }, die nicht im Verlauf steht
history-line-cut-save = die letzte Zeile ist abgeschnitten, wohl weil ein Speichern unterbrochen wurde
history-line-too-long = die Zeile ist { $size } lang; ein Eintrag hat höchstens { $most }
history-line-cut = die Zeile ist abgeschnitten (Spalte { $column })
history-line-problem = { $problem } (Spalte { $column })
history-field-over-a-day = { $field } ist { $seconds }, mehr als ein Tag
history-field-too-many-words = { $field } hat { $count } Wörter; höchstens { $most } werden behalten
history-field-too-long = { $field } ist { $length } Zeichen lang; höchstens { $most }
history-feeling-out-of-scale = das Gefühl { $feeling } liegt nicht auf der Skala von 1 bis 5
history-week = Diese Woche: { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}, { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}.
history-week-on = Diese Woche: { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}, { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} ({ $names }).
history-in-all = Insgesamt: { $sessions ->
    [one] 1 Übung
   *[other] { $sessions } Übungen
}, { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}.
history-average = Gefühl nach einer Übung: im Schnitt { $change } als vorher.
history-average-same = Gefühl nach einer Übung: im Schnitt etwa wie vorher.
history-last-sessions = Letzte Übungen:
history-today = heute
history-yesterday = gestern
history-finished = beendet
history-practised = { $length } geübt
history-feeling = Gefühl { $before } → { $after }
history-ended-at = aufgehört bei { $step }
history-ended-at-part = aufgehört bei { $part }: { $step }
change-same = etwa gleich
change-better = { $shown } { $steps ->
    [one] Stufe
   *[other] Stufen
} besser
change-lower = { $shown } { $steps ->
    [one] Stufe
   *[other] Stufen
} tiefer
streak-rule = Ein verpasster Tag pro Woche unterbricht deine Serie nicht.
streak-new = Mit deiner nächsten Übung beginnt eine neue Serie.
streak-new-longest = Mit deiner nächsten Übung beginnt eine neue Serie. Längste Serie: { $longest ->
    [one] 1 Tag
   *[other] { $longest } Tage
}.
streak-current = Aktuelle Serie: { $now ->
    [one] 1 Tag
   *[other] { $now } Tage
}. Längste Serie: { $longest ->
    [one] 1 Tag
   *[other] { $longest } Tage
}.
journal-today = Heute
journal-yesterday = Gestern
journal-none-yet = Noch keine Notizen. Nach einer Übung kannst du ein paar Worte schreiben; sie stehen dann hier.
part-of-day-morning = am Morgen
part-of-day-afternoon = am Nachmittag
part-of-day-evening = am Abend
part-of-day-night = in der Nacht
milestone-session = Deine { $count ->
    [1] erste
    [2] zweite
    [3] dritte
    [4] vierte
    [5] fünfte
    [6] sechste
    [7] siebte
    [8] achte
    [9] neunte
    [10] zehnte
   *[other] { $count }.
} Übung.
milestone-part-of-day = Diese Woche schon zum { $count ->
    [2] zweiten
    [3] dritten
    [4] vierten
    [5] fünften
    [6] sechsten
    [7] siebten
   *[other] { $count }.
} Mal { $part }.
milestone-feel-better = Du fühlst dich { $steps ->
    [one] eine Stufe
   *[other] { $steps } Stufen
} besser als vorher.
milestone-feel-same = Du fühlst dich etwa wie vorher. Das ist in Ordnung.
milestone-feel-lower = Du fühlst dich etwas schlechter als vorher. Das ist in Ordnung. Manche Tage sind so.

## Erinnerungen, Benachrichtigungen und Symbol im Panel

reminder-start = Starten
reminder-snooze = In 10 Minuten
reminder-not-today = Heute nicht
tray-pause-today = Heute keine Erinnerungen
tray-open = Steady öffnen
tray-quit = Beenden
rule-add-time = Füge eine Uhrzeit hinzu.
rule-too-many-times = Wähle höchstens { $most } Uhrzeiten am Tag.
rule-every-range = Wähle alle 1 bis { $most } Minuten (12 Stunden).
rule-end-before-start = Das Ende, { $until }, muss später am Tag sein als der Beginn, { $from }.
rule-no-day = Wähle mindestens einen Tag.
rule-no-offer = Wähle eine Übung oder einen Ablauf, der angeboten wird.
rule-not-a-time = „{ $text }“ ist keine Uhrzeit: schreib sie als HH:MM, von 00:00 bis 23:59

## Die Kommandozeile

cli-imported = { $file } ist jetzt { $target }.
cli-cannot-write = die Ausgabe kann nicht geschrieben werden: { $error }
cli-check-ok = { $file }: in Ordnung ({ $title }, { $length })
cli-error-at = { $file }:{ $position }: Fehler: { $message }
cli-error = { $file }: Fehler: { $message }
cli-warning-at = { $file }:{ $position }: Warnung: { $message }
cli-warning = { $file }: Warnung: { $message }
# Ein Fehler beim Aufruf (src/cli/mistakes.rs); $arg ist etwa --lead-in <SECONDS>.
cli-mistake = Fehler: { $what }
cli-mistake-command = den Befehl „{ $name }“ gibt es nicht
cli-mistake-argument = „{ $arg }“ gibt es hier nicht
cli-mistake-missing = hier fehlt noch etwas: { $args }
cli-mistake-no-value = nach „{ $arg }“ fehlt ein Wert
cli-mistake-value = „{ $value }“ passt nicht zu „{ $arg }“
cli-mistake-values = möglich sind: { $values }
cli-mistake-conflict = „{ $arg }“ geht nicht zusammen mit { $other }
cli-mistake-twice = „{ $arg }“ darf nur einmal dastehen
cli-mistake-too-many = „{ $value }“ ist zu viel für „{ $arg }“; dort gehört nur ein Wert hin
cli-mistake-count = „{ $arg }“ braucht { $expected } Werte, aber hier { $actual ->
    [one] steht einer
   *[other] stehen { $actual }
}
cli-mistake-equals = schreib den Wert von „{ $arg }“ mit einem = direkt dahinter
cli-mistake-no-command = nach „{ $name }“ fehlt ein Befehl
cli-mistake-similar = Tipp: meintest du „{ $name }“?
cli-mistake-more = Mehr dazu mit „{ $help }“.
cli-mistake-quoted = „{ $word }“

# `--help` und die Handbuchseite (src/cli/args.rs). Die Wörter in
# GROSSBUCHSTABEN, die Befehle und die Pfade bleiben, wie sie sind: so
# tippt man sie.
cli-about = Kurze Übungen zur Ruhe: Atmen, im Hier und Jetzt ankommen und Muskelentspannung
cli-long-about =
    Kurze Übungen zur Ruhe: Atmen, im Hier und Jetzt ankommen und Muskelentspannung.

    Ohne Befehl öffnet Steady sein Fenster (oder holt das Fenster eines laufenden Steady nach vorn).
cli-usage = Aufruf:
cli-commands = Befehle
cli-arguments = Argumente
cli-options = Optionen
cli-man-section = Dienstprogramme für Benutzer
cli-man-name = Bezeichnung
cli-man-synopsis = Übersicht
cli-man-description = Beschreibung
cli-man-version = Version
cli-help = Hilfe zeigen
cli-help-long = Hilfe zeigen (eine Kurzfassung mit '-h')
cli-version = Version zeigen
cli-background = Ohne Fenster starten und auf die nächste Erinnerung warten (so startet Steady bei der Anmeldung)
cli-file = Eine Übungs- oder Ablaufdatei: eine einfache Textdatei im RON-Format mit der Endung .ron, wie die, die Steady mitbringt (das Format steht in exercise-format.md, in /usr/share/doc/steady oder im Ordner docs von Steadys Quelltext)
cli-id-or-file = Eine Übung oder ein Ablauf: die Kennung, wie `steady list` sie zeigt (box-breathing, morning-five), oder der Pfad der .ron-Datei
cli-list = Alle Übungen und Abläufe auflisten: Kennung, Art, Länge und woher sie kommen
cli-list-ids = Nur die Kennungen ausgeben, eine je Zeile (für Skripte und die Vervollständigung der Shell)
cli-check = Übungs- und Ablaufdateien auf Fehler prüfen: `DATEI: ok (TITEL, m:ss)` oder `DATEI:ZEILE:SPALTE: Fehler: MELDUNG` für jeden Fehler
cli-plan = Den Ablauf einer Übung zeigen, ein Schritt je Zeile
cli-import = Eine geprüfte Übungs- oder Ablaufdatei in deinen Übungsordner kopieren
cli-run = Das Fenster direkt mit einer Übung oder einem Ablauf öffnen
cli-run-lead-in = Sekunden „Mach dich bereit“ vor dem ersten Schritt (0 bis 10); bei 0 geht es los, sobald der Ton bereit ist
cli-plan-speak = Die Schritte so zeigen, wie `steady run --speak` sie vorliest
cli-run-speak = Die Worte jedes Schritts diesmal vorlesen, mit dem Sprachdienst des Desktops
cli-quick = Die kurze Pause sofort starten („Kurz durchatmen“, außer du hast etwas anderes gewählt)
cli-history = Dein Üben: diese Woche, Serien, die letzten Übungen
cli-history-csv = Jede Übung als CSV, für eine Tabellenkalkulation
cli-history-journal = Jede Notiz, die du nach einer Übung geschrieben hast, nach Tagen, die neueste zuerst
cli-completions = Ein Vervollständigungsskript für eine Shell ausgeben (in bash und fish ergänzt es auch die Kennungen der Übungen)
cli-completions-shell = Die Shell, für die das Skript ist
cli-manpage = Dieses Handbuch als Handbuchseite (roff) ausgeben, für `man`
cli-examples = Beispiele
cli-examples-text =
    steady                        das Fenster öffnen
    steady quick                  eine Pause von zwei Minuten, sofort
    steady run box-breathing      Box-Atmung starten
    steady run calm.ron --lead-in 0
                                  deine eigene Datei starten, ohne „Mach dich bereit“
    steady plan morning-five      die Schritte eines Ablaufs, mit ihren Zeiten
    steady check ~/.config/steady/exercises/*.ron
    steady history --csv > practice.csv
    steady completions bash > ~/.local/share/bash-completion/completions/steady
cli-exit-status = Rückgabewert
cli-exit-status-text =
    0  alles ging gut
    1  eine Datei hat einen Fehler (check), eine Datei ließ sich nicht
       importieren, die Ausgabe ließ sich nicht schreiben, das Fenster ließ
       sich nicht öffnen, oder ein laufendes Steady hat die Bitte nicht
       angenommen
    2  die Befehlszeile stimmt nicht (ein unbekannter Befehl oder eine
       unbekannte Option, ein fehlendes Argument), oder run oder plan kann
       das Gewünschte nicht nutzen: keine Übung hat diese Kennung, oder ihre
       Datei hat einen Fehler
cli-files = Dateien
cli-files-text =
    ~/.config/steady/exercises/*.ron    deine Übungen und Abläufe
    ~/.config/steady/settings.ron       Einstellungen (deine Wahl)
    ~/.local/share/steady/history.jsonl dein Übungsverlauf
    ~/.local/state/steady/state.ron     Fensterplätze, Stand der Erinnerungen
    $XDG_CONFIG_HOME, $XDG_DATA_HOME und $XDG_STATE_HOME ersetzen ~/.config,
    ~/.local/share und ~/.local/state; STEADY_CONFIG_DIR ersetzt den ganzen
    Konfigurationsordner und enthält auch die Daten und den Stand, außer
    STEADY_DATA_DIR oder STEADY_STATE_DIR ist gesetzt.

## `steady plan`: eine Zeile je Schritt (Anfang, Ende, Art, Worte, [Ton]),
## dann die ganze Länge. Eine Art ist ein Wort, damit die Spalten getrennt
## bleiben.

plan-kind-inhale = einatmen
plan-kind-hold = halten
plan-kind-exhale = ausatmen
plan-kind-hold-empty = leer-halten
plan-kind-prompt = Hinweis
plan-kind-tense = anspannen
plan-kind-release = loslassen
plan-kind-transition = Übergang
plan-kind-end = Ende
plan-spoken = gesprochen
plan-silent = still
plan-recorded = aufgenommen
plan-finished = Fertig
plan-total = gesamt { $length }
plan-fitted-part = Teil { $part }: { $title }: { $words }
plan-fitted-cycles = { $cycles ->
    [one] 1 Runde
   *[other] { $cycles } Runden
}, { $length }
plan-fitted-asked = { $words } (gewünscht: { $asked })
plan-fitted-scaled = jeder Schritt auf { $length } angepasst
plan-fitted-groups = { $kept } von { $all } Muskelgruppen, { $length }

## Start

home-routines = Abläufe
home-history = Verlauf
home-import = Import…
home-settings = Einstellungen
home-about = Über
home-dismiss = Ausblenden
home-help = ↑↓ wählen · Enter, 1–9 los · E anpassen · Q schnelle Ruhe · S Einstellungen · H Verlauf · I Info
home-broken-files = Dateien, die nicht gelesen werden konnten
home-import-explain = Importiere eine Datei mit einer Übung oder einem Ablauf. Du kannst eine Datei auch auf dieses Fenster ziehen.
home-import-placeholder = /pfad/zur/übung.ron
home-import-button = Importieren
home-cancel = Abbrechen
home-quick-calm = Schnelle Ruhe
home-quick-calm-line = { $title } · { $length } · drück Q
home-customise = Anpassen
home-more-problems = { $count ->
    [one] { " " }(und 1 weiteres Problem)
   *[other] { " " }(und { $count } weitere Probleme)
}
home-last-good-used = { " " }– die letzte gute Fassung wird weiter verwendet

## Während einer Übung

player-previous = Zurück
player-start-now = Jetzt los
player-next = Weiter
player-next-part = Nächster Teil
player-restart = Neustart
player-stop = Beenden
player-resume = Fortsetzen
player-pause = Pause
player-well-done = Gut gemacht
player-get-ready = Mach dich bereit
player-get-ready-in = Gleich los: { $seconds }
player-getting-ready = Wird vorbereitet
player-left = noch { $time }
player-paused = Pausiert
player-part-of = { $title } · Teil { $part } von { $parts }
player-cycle = Runde { $number } / { $of }
player-step = Schritt { $number } / { $of }
player-sound-off = Ton aus (M)
player-mute = Ton aus
player-unmute = Ton an
player-help = Leertaste Pause · ← → Schritt · I Einführung · R Neustart · M Ton · Esc beenden
player-help-routine = Leertaste Pause · ← → Schritt · N nächster Teil · I Einführung · R Neustart · M Ton · Esc beenden
player-filling = Füllen
player-full = Voll
player-emptying = Leeren
player-empty = Leer
player-tense = Anspannen
player-release = Loslassen
briefing-starts-in = Drück die Leertaste oder Enter, wenn du bereit bist. In { $count ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} geht es von selbst los.
briefing-no-intro = Diese Übung hat keine Einführung. Drück I, die Leertaste oder Esc, um weiterzumachen.
briefing-go-on = Drück I, die Leertaste oder Esc, um weiterzumachen.

## Nach einer Übung

finished-you-did = Du hast { $title } geübt, { $length } lang.
finished-take-a-moment = Nimm dir einen Moment, bevor du weitermachst.
finished-you-wrote = Du hast geschrieben:
finished-home = Zur Startseite
finished-again = Noch einmal
finished-help = Enter oder Esc Startseite · R noch einmal

## Wie fühlst du dich?

feeling-1 = Sehr schlecht
feeling-2 = Schlecht
feeling-3 = Okay
feeling-4 = Gut
feeling-5 = Sehr gut
word-calm = ruhig
word-tense = angespannt
word-worried = besorgt
word-tired = müde
word-sad = traurig
word-restless = unruhig
word-angry = wütend
word-okay = okay
word-rested = erholt
word-hopeful = zuversichtlich
checkin-question = Möchtest du dir etwas merken?
checkin-help-before = 1–5 wählen und starten · Enter starten · Esc überspringen
checkin-help-writing = Enter speichern · Umschalt+Enter neue Zeile · Esc Notiz verlassen
checkin-help-after = 1–5 wählen · Tab Notiz schreiben · Enter speichern · Esc überspringen
checkin-help-journal = Tab schreiben · Enter speichern · Esc überspringen
checkin-before = Vor: { $title }
checkin-start = Starten
checkin-done = Geschafft
checkin-save = Speichern
checkin-how = Wie fühlst du dich gerade?
checkin-words = Gibt es Worte dafür? (wenn du magst)
checkin-placeholder = Ein paar Worte, wenn du magst
checkin-skip = Überspringen

## Das Fenster

history-loading = Dein Verlauf wird geladen…
home-next-pause = Nächste Pause { $when }: { $title }.
close-keeps-waiting = Steady wartet im Hintergrund weiter, um dich an Pausen zu erinnern. Du kannst es über das Symbol im Panel oder das Anwendungsmenü wieder öffnen oder dort beenden.
close-keep-waiting = Weiter warten
close-quit = Steady beenden
replace-question = Diese Übung beenden und stattdessen { $title } starten?
replace-start = Ja, starten
replace-keep-going = Weitermachen
when-today-at = heute um { $time }
when-tomorrow-at = morgen um { $time }
when-day-at = { $day } um { $time }
window-title-exercise = { $title } – Steady
window-title-history = Verlauf – Steady
window-title-about = Über Steady
window-title-editor = { $title } anpassen – Steady
window-title-reminder = Zeit für eine ruhige Pause – Steady
reminder-title = Zeit für eine ruhige Pause
reminder-own-window = Erinnerungen kommen in Steadys eigenem kleinen Fenster, weil { $why }.
tray-start-pause = Eine ruhige Pause starten
tray-start = { $title } starten
tray-next-reminder = Nächste Erinnerung: { $when }
request-no-such = Es gibt keine Übung und keinen Ablauf namens „{ $id }“.
request-nothing-to-start = Es gibt keine Übung zum Starten: dein Übungsordner ist leer.
history-unsaved = { $sessions ->
    [0] Was du nach deiner Übung geschrieben hast, konnte
    [one] Deine Übung konnte
   *[other] { $sessions } Übungen konnten
} noch nicht gespeichert werden: { $error }. Steady behält alles und versucht es wieder, wenn deine nächste Übung beginnt oder endet (Ordner des Verlaufs: { $folder }).
history-exported = Dein Verlauf wurde nach { $file } exportiert.
history-cleared = Dein Verlauf wurde gelöscht. Eine Kopie liegt unter { $file }.
history-already-empty = Dein Verlauf ist leer.
weekday-letter-mon = M
weekday-letter-tue = D
weekday-letter-wed = M
weekday-letter-thu = D
weekday-letter-fri = F
weekday-letter-sat = S
weekday-letter-sun = S

## Deine Übungen (der Verlauf)

back = Zurück
history-title = Verlauf
history-journal = Tagebuch
history-line-unread = Zeile { $line } deines Verlaufs konnte nicht gelesen werden und wurde übersprungen.
history-line-torn = Zeile { $line } deines Verlaufs konnte nicht gelesen werden und wurde übersprungen (sie wurde beim Speichern abgeschnitten).
history-more-unread = { $count ->
    [one] 1 weitere Zeile konnte nicht gelesen werden und wurde übersprungen.
   *[other] { $count } weitere Zeilen konnten nicht gelesen werden und wurden übersprungen.
}
history-unreadable-screen = Dein Verlauf konnte nicht gelesen werden: { $error }
history-empty = Noch keine Übungen. Wenn du eine Übung beendest oder abbrichst, steht sie hier.
history-stays-here = Dein Verlauf bleibt auf diesem Computer, in einer einfachen Datei, die du lesen, exportieren oder löschen kannst.
history-clear-question = Deinen ganzen Verlauf löschen? Vorher wird eine Kopie neben der Datei abgelegt.
history-clear-yes = Löschen
history-clear-no = Behalten
history-export = Als CSV exportieren
history-clear = Verlauf löschen…
history-this-week-summary = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
} diese Woche, { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}.
history-this-week = Diese Woche
history-streak = Serie
history-check-in-hint = Sag vor und nach einer Übung, wie du dich fühlst, dann siehst du, wie sie deine Stimmung verändert.
history-average-screen = Im Schnitt fühlst du dich nach einer Übung { $change }.
history-span = { $first } bis heute
history-minutes-chart = Minuten pro Tag
history-feeling-chart = Wie du dich danach gefühlt hast
history-last = Letzte Übungen
history-row-done = { $length } · beendet
history-row-practised = { $length } geübt
history-row-felt = Vorher { $before }, nachher { $after }

## Über Steady und das Tagebuch

about-version = Version { $version }
about-licence = Freie Software unter der Lizenz { $licence }.
about-or = { " " }oder{ " " }
about-title = Über Steady
about-what = Kurze, ruhige Pausen: Atmen, im Hier und Jetzt ankommen, freundliche Worte und Muskelentspannung.
about-practice-aid = Steady hilft dir beim Üben, es ist keine Behandlung. Es ersetzt keine Hilfe durch eine Ärztin, einen Arzt oder eine Therapie.
about-if-unsafe = Wenn du dich nicht sicher fühlst, wende dich an den Notruf oder an ein Krisentelefon in deiner Nähe.
about-gently = Geh sanft mit dir um. Hör mit jeder Übung auf, bei der dir schwindlig wird oder die wehtut. Spann nur leicht an, wenn du schwanger bist oder hohen Blutdruck hast.
about-private = Deine Übungen und Notizen bleiben auf diesem Computer. Steady schickt nichts irgendwohin.
about-help = Esc oder Enter, um zurückzugehen
journal-title = Dein Tagebuch
journal-empty = Noch keine Notizen. Nach einer Übung kannst du ein paar Worte schreiben, wie es war. Sie stehen dann hier.
journal-stays-here = Deine Notizen bleiben auf diesem Computer, in derselben privaten Datei wie dein Verlauf.

## Einstellungen

volume-loud = laut
volume-medium = mittel
volume-soft = leise
volume-very-soft = sehr leise
settings-volume = Lautstärke: { $number } dB ({ $word })
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-appearance = Aussehen
settings-text-size = Textgröße: { $percent } %
settings-reduced-motion = Weniger Bewegung: ein ruhiger Balken statt des wachsenden Kreises
settings-get-ready-off = Vorbereitung vor einer Übung: aus
settings-get-ready = Vorbereitung vor einer Übung: { $seconds ->
    [one] 1 Sekunde
   *[other] { $seconds } Sekunden
}
settings-sound = Ton
settings-mute = Alle Töne aus (M)
settings-ticks = Leises Ticken in jeder Sekunde einer Phase
settings-reading = Vorlesen
settings-read-aloud = Jeden Schritt vorlesen (Muskelentspannung, Erden, freundliche Worte)
settings-say-breaths = Bei jedem Atemzug „Einatmen“, „Halten“ und „Ausatmen“ sagen
settings-voice-usual = Sprechtempo: wie gewohnt
settings-voice-slower = Sprechtempo: langsamer ({ $amount } von 100)
settings-voice-faster = Sprechtempo: schneller ({ $amount } von 100)
settings-voice-volume = Lautstärke der Stimme: { $percent } %
settings-reading-help = Steady spricht mit dem Sprachdienst deines Desktops (speech-dispatcher), mit der Stimme deines Bildschirmlesers. Während gesprochen wird, klingen die Töne leiser.
settings-test-sound = Testton abspielen
settings-your-exercises = Deine Übungen
settings-your-exercises-where = Leg deine eigenen .ron-Dateien in { $folder }. Eine Datei mit derselben id wie eine mitgelieferte Übung ersetzt diese.
settings-title = Einstellungen
settings-done = Fertig
settings-practice = Üben
settings-check-in = Vor und nach einer Übung fragen, wie ich mich fühle
settings-windows = Fenster
settings-help = Esc zurück
settings-reminders = Erinnerungen
settings-remind-me = Erinnere mich an Pausen
settings-next-reminder = Nächste Erinnerung: { $when }, { $title }.
settings-no-reminder = Keine Erinnerung geplant: füge unten eine Uhrzeit hinzu.
settings-add-reminder = Erinnerung hinzufügen
settings-autostart = Steady beim Anmelden starten (es wartet still auf die nächste Erinnerung)
rule-not-minutes = „{ $text }“ ist keine Anzahl von Minuten
rule-at-times = Zu festen Zeiten
rule-every-few = Alle paar Minuten
rule-every = Alle
rule-minutes-from = Minuten von
rule-to = bis
rule-times = Uhrzeiten (etwa 11:00, 15:00)
rule-offer = Anbieten
rule-remove = Diese Erinnerung entfernen

## Der Menüeintrag und das Software-Center (assets/; tests/catalogue.rs
## prüft, dass die Dateien dasselbe sagen)

desktop-generic-name = Übungen zur Ruhe
desktop-comment = Zwei ruhige Minuten: geführtes Atmen, im Hier und Jetzt ankommen und Muskelentspannung
desktop-keywords = Atmung;Atmen;Ruhe;Angst;Stress;Entspannung;entspannen;Achtsamkeit;Meditation;Pause;Wohlbefinden;
desktop-action-quick-calm = Schnelle Ruhe
desktop-action-morning-five = Fünf Minuten am Morgen
autostart-comment = Wartet still und erinnert dich an eine ruhige Pause
metainfo-summary = Kurze Übungen zur Ruhe für eine Pause im Alltag
metainfo-about = Steady ist eine kleine App für ruhige Pausen: zwei Minuten mitten in einem vollen Tag, fünf stille Minuten am Morgen, sanft zur Ruhe kommen am Abend. Es führt dich durch kurze Übungen, mit einem sanft wachsenden und schrumpfenden Kreis, großen klaren Worten, einem Countdown und leisen Tönen, denen du auch mit geschlossenen Augen folgen kannst.
metainfo-breathing = Atmen: Box-Atmung, 4-7-8-Atmung, gleichmäßiges Atmen und der physiologische Seufzer
metainfo-grounding = Die 5-4-3-2-1-Methode, freundliche Worte und progressive Muskelentspannung
metainfo-routines = Abläufe aus mehreren Übungen, etwa fünf Minuten am Morgen und ein ruhiger Abend
metainfo-practice = Deine Übungen auf einen Blick: wie du dich vorher und nachher gefühlt hast, deine Serie und Diagramme
metainfo-reminders = Sanfte Erinnerungen an Pausen, zu Zeiten, die du wählst
metainfo-files = Jede Übung ist eine einfache Textdatei, die du lesen, kopieren und ändern kannst
metainfo-private = Dein Verlauf bleibt auf deinem Computer. Steady schickt nichts irgendwohin.
metainfo-caption-player = Geführte Box-Atmung
metainfo-caption-home = Wähle eine Übung oder einen Ablauf
metainfo-caption-dark = Box-Atmung im dunklen Design
metainfo-caption-relaxation = Progressive Muskelentspannung
metainfo-keywords = Atmung;Ruhe;Angst;Stress;Entspannung;Achtsamkeit;Meditation
metainfo-first-release = Die erste Version.

## Ton und Desktop

sound-none-short = Keine Tonausgabe
sound-cues-failed = Manche Töne konnten nicht geladen werden
sound-none-note = Keine Tonausgabe gefunden – die Töne sind vorerst aus. Steady sucht weiter, und die Töne kommen von selbst zurück.
sound-none-details = Keine Tonausgabe gefunden – die Töne sind vorerst aus. Steady sucht weiter, und die Töne kommen von selbst zurück. ({ $reason })
sound-output-stopped = die Tonausgabe hat aufgehört
# The name of Steady's stream in the desktop's sound mixer.
sound-stream-name = Übungsklänge
sound-thread-stopped = die Tonverarbeitung hat aufgehört
notify-no-answer = der Benachrichtigungsdienst hat nicht geantwortet
notify-no-service = es läuft kein Benachrichtigungsdienst
notify-no-bus = es gibt keinen Nachrichtenbus des Desktops
notify-failed = Benachrichtigungen haben nicht geklappt ({ $error })
settings-wayland-limits = Auf diesem Desktop (Wayland) entscheidet der Desktop, wo Fenster erscheinen. Steady kann das kleine Fenster nicht über anderen halten und ein Fenster nicht an seinen alten Platz zurücksetzen.

## Anpassen (der Editor)

breath-hold-empty = Mit leerer Lunge halten
cue-prompt = Jeder neue Schritt
cue-tense = Anspannen
cue-release = Loslassen
cue-end = Am Ende
editor-fix = { $count ->
    [one] 1 Feld muss
   *[other] { $count } Felder müssen
} noch korrigiert werden, bevor du speichern kannst.
editor-fix-named = { $count ->
    [one] 1 Feld muss
   *[other] { $count } Felder müssen
} noch korrigiert werden, bevor du speichern kannst ({ $field }).
editor-save = Speichern
editor-save-copy = Als Kopie speichern
editor-replace = Datei ersetzen
editor-saving = Wird gespeichert…
editor-title = Titel
editor-summary = Kurzbeschreibung
editor-summary-where = Kurzbeschreibung (auf der Startseite)
editor-rounds = Runden
editor-how-long = Wie lange
editor-field-step-heading = Schritt { $number }, Überschrift
editor-field-step-text = Schritt { $number }, Was zu tun ist
editor-field-step-seconds = Schritt { $number }, Sekunden
editor-field-group-name = Muskelgruppe { $number }, Name
editor-field-group-tense = Muskelgruppe { $number }, Wie anspannen
editor-field-group-release = Muskelgruppe { $number }, Wie loslassen
editor-cue-volume = Lautstärke der Töne
editor-cue-volume-percent = Lautstärke der Töne: { $percent } %
editor-the-list = die Liste
editor-hint-shipped = Beim Speichern entsteht deine eigene Kopie. Esc verlässt den Editor ohne Speichern.
editor-hint-own = Esc verlässt den Editor ohne Speichern.
editor-hint-hand-written = Deine Datei bleibt, wie sie ist, außer du ersetzt sie.
editor-ask-leave = Ohne Speichern verlassen? Deine Änderungen gehen verloren.
editor-leave = Verlassen
editor-keep-editing = Weiter bearbeiten
editor-ask-replace = Die Datei ersetzen? Die alte Datei kommt in den Papierkorb-Ordner, mit deinen Kommentaren.
editor-replace-it = Ersetzen
editor-ask-delete = Diese Datei in den Papierkorb-Ordner legen? Du kannst sie von dort zurückholen.
editor-delete-it = In den Papierkorb
editor-ask-reset = Zurück zum Original? Deine Kopie kommt in den Papierkorb-Ordner. Du kannst sie von dort zurückholen.
editor-reset-it = Zurück zum Original
editor-keep-copy = Meine Kopie behalten
editor-about = Allgemein
editor-relaxation-explain = Jede Muskelgruppe wird so viele Sekunden angespannt und dann losgelassen.
editor-tense-seconds = Anspannen (Sekunden)
editor-release-seconds = Loslassen (Sekunden)
editor-phases-explain = Sekunden für jeden Teil eines Atemzugs. Schreib 0, um einen Teil wegzulassen.
editor-phases-explain-own = Sekunden für jeden Teil eines Atemzugs, in der eigenen Reihenfolge dieses Musters. Schreib 0, um einen Teil wegzulassen.
editor-length-field = Wie lange (etwa 2:30, oder Minuten)
editor-length-explain = Es laufen ganze Runden, bis mindestens diese Zeit erreicht ist.
editor-by-rounds = Anzahl der Runden
editor-by-length = Gewünschte Länge
editor-voice = Deine Stimme
editor-voice-explain = Nimm für einen Schritt deine eigenen Worte auf. Du hörst sie, wenn der Schritt beginnt, statt der vorgelesenen Worte. Aufnahmen bleiben auf diesem Computer, in deinem Ordner für Töne.
editor-voice-no-sound = Steady hat hier kein Tonsystem und kann deshalb nicht aufnehmen.
editor-voice-no-microphone = Es wurde kein Mikrofon gefunden, deshalb kannst du nicht aufnehmen. Aufnahmen, die du schon hast, erklingen weiter.
editor-voice-stopped = Die Aufnahme hat aufgehört, bevor sie gespeichert werden konnte.
editor-voice-step = Schritt { $number }: { $label }
editor-voice-tense = { $name }: anspannen
editor-voice-release = { $name }: loslassen
editor-voice-record = Aufnehmen
editor-voice-stop = Beenden und behalten
editor-voice-play = Abspielen
editor-voice-remove = Entfernen
editor-voice-has = Deine Aufnahme: { $file }
editor-voice-none = Keine Aufnahme
editor-voice-time = { $done } von { $most }
editor-voice-opening = Das Mikrofon wird geöffnet …
editor-voice-listening = Sprich jetzt. Drücke Enter, um zu beenden und zu behalten, oder Esc, um die Aufnahme zu verwerfen.
editor-voice-recorded = { $seconds } Sekunden aufgenommen. Drücke „Abspielen“, um sie zu hören. Speichere, um sie zu behalten.
editor-voice-looking = Mikrofon wird gesucht …
editor-voice-look-again = Noch einmal suchen
editor-voice-no-microphone-button = Kein Mikrofon
editor-voice-not-started = Nichts wurde aufgenommen: Das Mikrofon war noch nicht bereit.
editor-voice-no-answer = Das Mikrofon hat nicht reagiert, deshalb wurde nichts aufgenommen. Prüfe, ob es eingesteckt ist und keine andere App es benutzt, und versuche es dann noch einmal.
editor-sounds = Töne
editor-sounds-explain = Der Ton, mit dem jede Art von Schritt beginnt.
editor-steps = Schritte
editor-step = Schritt
editor-add-step = Schritt hinzufügen
editor-groups = Muskelgruppen
editor-group = Muskelgruppe
editor-add-group = Muskelgruppe hinzufügen
editor-heading = Überschrift
editor-what-to-do = Was zu tun ist
editor-seconds = Sekunden
editor-name = Name
editor-how-to-tense = Wie anspannen
editor-how-to-release = Wie loslassen
editor-own-tense = anspannen { $seconds } s
editor-own-release = loslassen { $seconds } s
editor-own-times = Diese Gruppe behält ihre eigenen Zeiten aus der Datei: { $times }.
editor-move-up = Nach oben
editor-move-down = Nach unten
editor-remove = Entfernen
editor-no-sound = Kein Ton
editor-could-not-save = Konnte nicht speichern: { $error }
editor-preview-waits = Die Vorschau erscheint, sobald die Atemzeiten stimmen.
editor-preview-pause = Vorschau anhalten
editor-preview-play = Vorschau abspielen
editor-total = Gesamt { $length }
editor-file-shipped = Diese Übung kommt mit Steady. Beim Speichern entsteht deine eigene Kopie in deinem Übungsordner; das Original bleibt, wie es ist.
editor-file-own = Deine Datei: { $file }. Speichern ändert sie.
editor-file-hand-written = Deine Datei: { $file }. Du hast sie selbst geschrieben, darum entsteht beim Speichern eine Kopie, und deine Datei bleibt mit ihren Kommentaren, wie sie ist.
editor-open-file = Datei öffnen
editor-open-folder = Ordner öffnen
editor-reset = Zurück zum Original
editor-delete = Löschen
editor-open-file-explain = „Datei öffnen“ gibt sie an deinen Texteditor. Steady lädt sie neu, wenn du dort speicherst.
editor-your-file = Deine Datei

## Hinweise auf der Startseite, nachdem eine Datei gespeichert, verschoben
## oder importiert wurde

file-word-saved = Gespeichert:
file-saved = { file-word-saved } „{ $title }“
file-word-moved = In den Papierkorb-Ordner gelegt:
file-moved = { file-word-moved } { $file }
file-word-imported = Importiert:
file-imported = { file-word-imported } { $file }

## Wenn etwas nicht geklappt hat

autostart-no-folder = dein Autostart-Ordner wurde nicht gefunden
autostart-no-program = Steady hat sein eigenes Programm nicht gefunden: { $error }
autostart-failed = Beim Anmelden starten: { $error }
settings-not-saved = Deine Einstellungen konnten nicht gespeichert werden: { $error }
state-not-saved = Steady konnte nicht speichern, was es sich merkt (Fensterplätze, Erinnerungen): { $error }
sound-no-answer = die Tonausgabe hat nicht rechtzeitig geantwortet
history-not-written = der Verlauf konnte nicht geschrieben werden
history-export-did-not-run = der Export ist nicht gelaufen
history-clear-did-not-run = das Löschen ist nicht gelaufen
file-not-written = die Datei konnte nicht geschrieben werden
file-not-moved = die Datei konnte nicht verschoben werden
file-not-read = die Datei konnte nicht gelesen werden

import-id-taken = { $file }: es gibt schon eine Übung oder einen Ablauf mit der ID „{ $id }“; ändere die ID in der Datei, dann kannst du sie daneben importieren
file-exists = { $file } gibt es schon
file-kept-busy = ein anderes Steady hat { $file } länger als { $seconds } Sekunden belegt
file-not-opened = { $file } konnte nicht geöffnet werden: xdg-open ist nicht gestartet ({ $error })
editor-not-written = die Übung konnte nicht geschrieben werden: { $error }
editor-not-same = die Übung würde beim Zurücklesen nicht gleich bleiben
editor-id-unusable = Die ID der Übung geht so nicht: { $problem }.
settings-kept-aside = Deine Einstellungsdatei konnte nicht gelesen werden ({ $problem }). Sie liegt jetzt unter { $kept }, und Steady ist mit den Standardeinstellungen gestartet.
settings-not-moved = Deine Einstellungsdatei konnte nicht gelesen werden ({ $problem }) und auch nicht beiseitegelegt werden ({ $error }). Steady nimmt vorerst die Standardeinstellungen und lässt die Datei, wie sie ist.
settings-unreadable = Deine Einstellungen konnten nicht gelesen werden ({ $error }). Steady nimmt vorerst die Standardeinstellungen und lässt die Datei, wie sie ist.
state-kept-aside = Was Steady sich über seine Fenster und Erinnerungen merkt, konnte nicht gelesen werden ({ $problem }). Die Datei liegt jetzt unter { $kept }, und Steady hat frisch angefangen. Deine Einstellungen sind in Ordnung.
state-not-moved = Was Steady sich über seine Fenster und Erinnerungen merkt, konnte nicht gelesen werden ({ $problem }) und auch nicht beiseitegelegt werden ({ $error }). Steady fängt vorerst frisch an und lässt die Datei, wie sie ist.
state-unreadable = Was Steady sich über seine Fenster und Erinnerungen merkt, konnte nicht gelesen werden ({ $error }). Steady fängt vorerst frisch an und lässt die Datei, wie sie ist.
state-not-split = Steady konnte nicht aus deiner Einstellungsdatei herausholen, was es sich merkt (Fensterplätze, Erinnerungen): { $error }. Nichts ist verloren; beim nächsten Mal versucht es Steady noch einmal.
state-in-the-way = { $file } ist im Weg
record-too-large = sie ist mit { $size } viel zu groß
display-none = es wurde keine Anzeige gefunden (weder WAYLAND_DISPLAY noch DISPLAY ist gesetzt)
display-no-runtime-dir = XDG_RUNTIME_DIR ist nicht gesetzt, darum ist die Wayland-Anzeige nicht zu finden
display-wayland-refused = die Wayland-Anzeige { $display } hat abgelehnt: { $error }
display-wayland-silent = die Wayland-Anzeige { $display } antwortet nicht ({ $error })
display-bad-name = der Anzeigename „{ $display }“ ist nicht lesbar
display-refused = die Anzeige { $display } hat abgelehnt: { $error }
display-not-found = die Anzeige { $display } ist nicht zu finden: { $error }
display-unreachable = die Anzeige { $display } ist nicht erreichbar
display-silent = die Anzeige { $display } antwortet nicht ({ $error })
display-no-answer = keine Antwort innerhalb von { $seconds } Sekunden
display-window-system-failed = das Fenstersystem hat versagt

## Die Kommandozeile: Starten, und Übungen, die es nicht gibt

cli-handover-refused = das laufende Steady hat die Anfrage nicht angenommen: { $why }
cli-handover-failed = Steady läuft, hat aber nicht geantwortet: { $error }
cli-no-window = kann kein Fenster öffnen: { $why }
cli-stopped = unerwartet beendet: { $why }
cli-autostart-update = kann den Autostart-Eintrag nicht aktualisieren: { $error }
routine-part-broken = die Übung „{ $id }“ hat einen Fehler ({ $file }{ $first })
routine-part-unknown = es gibt keine Übung „{ $id }“
routine-part-unknown-close = es gibt keine Übung „{ $id }“; meintest du „{ $close }“?
error-no-exercise = keine Übung namens „{ $id }“
error-no-exercise-close = keine Übung namens „{ $id }“; meintest du { $close }?

## Dateien, die nicht benutzt werden können: `steady check`, `steady list`
## und die Hinweise zu kaputten Dateien. Feldnamen wie
## `practice.phases[2].seconds` sind die Wörter der Datei und bleiben so.

error-not-a-file = das ist { $what }, keine normale Datei
file-kind-pipe = eine benannte Pipe
file-kind-device = ein Gerät
file-kind-socket = ein Socket
file-kind-folder = ein Ordner
file-kind-other = etwas anderes
error-too-large = die Datei ist { $size } groß; gelesen werden höchstens { $limit }
size-bytes = { $bytes ->
    [one] 1 Byte
   *[other] { $bytes } Bytes
}
size-kib = { $kib } KiB
size-mib = { $mib } MiB
error-more-problems = { $count ->
    [one] (und 1 weiteres Problem)
   *[other] (und { $count } weitere Probleme)
}
error-cue = Ton „{ $cue }“
error-recording = Aufnahme „{ $file }“
error-audio = Tonausgabe: { $message }
# Was das System zu einer Datei gemeldet hat (nach „DATEI: “).
os-not-found = diese Datei oder diesen Ordner gibt es nicht
os-permission-denied = dafür fehlt dir die Berechtigung
os-already-exists = das gibt es schon
os-is-a-folder = das ist ein Ordner
os-not-a-folder = ein Teil des Pfads ist kein Ordner
os-folder-not-empty = der Ordner ist nicht leer
os-read-only = hier kann nur gelesen, nicht geschrieben werden
os-storage-full = der Datenträger ist voll
os-quota-exceeded = dein Anteil am Datenträger ist aufgebraucht
os-file-too-large = die Datei würde zu groß
os-invalid-name = dieser Name geht für eine Datei nicht
os-busy = das ist gerade belegt; versuch es gleich noch einmal
os-timed-out = die Antwort hat zu lange gedauert
os-cut-short = die Datei hört zu früh auf
os-out-of-memory = es war nicht genug Speicher frei
cue-unknown = diesen Ton gibt es nicht; nimm einen von { $known } oder leg ihn unter `sounds` an
cue-unknown-close = diesen Ton gibt es nicht; meintest du „{ $close }“? Nimm einen von { $known } oder leg ihn unter `sounds` an
cue-file-not-found = die Tondatei „{ $path }“ ist weder in { $folder } noch unter den mitgelieferten Tönen
recording-not-found = die Datei ist nicht in { $folder }
cue-cannot-play = „{ $path }“ kann nicht abgespielt werden: { $message }
cue-not-decoded = { $error } (Steady spielt WAV- und Ogg-Vorbis-Dateien)
cue-decoder-failed = der Decoder ist an dieser Datei gescheitert
cue-vorbis-damaged = die Ogg-Vorbis-Datei ist beschädigt: ihr Kopf verspricht mehr, als die Datei enthält
cue-no-sound = in der Datei ist kein Ton
problem-not-text = das ist keine Textdatei (es ist kein gültiges UTF-8)
problem-version = diese Datei hat Formatversion { $version }, aber dieses Steady liest Version { $reads }
problem-self-talk = nur eine Übung mit Hinweisen (Grounding) kann aus Worten bestehen, die du dir selbst sagst
problem-cue-volume = die Lautstärke der Töne muss eine Zahl von 0.0 bis 1.0 sein, nicht { $value }
problem-volume = die Lautstärke muss eine Zahl von 0.0 bis 1.0 sein, nicht { $value }
problem-id-empty = die ID ist leer; nimm etwas wie „meine-atmung“
problem-id-too-long = die ID ist länger als { $most } Zeichen
problem-id-letters = „{ $id }“ darf nur Kleinbuchstaben a–z, Ziffern, „-“ und „_“ enthalten
problem-id-taken = die ID „{ $id }“ wird schon von { $file } benutzt
problem-id-taken-by-exercise = die ID „{ $id }“ wird schon von einer Übung benutzt
problem-text-empty = dieser Text ist leer
problem-text-too-long = dieser Text ist { $length } Zeichen lang; höchstens { $most } gehen
problem-no-phases = es gibt keine Phasen; füge mindestens eine hinzu
problem-no-steps = es gibt keine Schritte; füge mindestens einen hinzu
problem-no-groups = es gibt keine Muskelgruppen; füge mindestens eine hinzu
problem-too-many-phases = { $count } Phasen sind zu viele; höchstens { $most } gehen
problem-too-many-prompts = { $count } Schritte sind zu viele; höchstens { $most } gehen
problem-too-many-groups = { $count } Muskelgruppen sind zu viele; höchstens { $most } gehen
problem-cycles-zero = es muss mindestens 1 Runde sein
problem-exercise-steps = diese Übung hätte { $count } Schritte; höchstens { $most } gehen
problem-exercise-minutes = die ganze Übung würde { $minutes } Minuten dauern; höchstens { $most } Minuten gehen
problem-tone-hz = { $hz } Hz hört man schlecht; nimm 20 bis 20000
problem-tone-seconds = ein Ton dauert mehr als 0 und höchstens { $most } Sekunden
problem-fade = ein Ein- oder Ausblenden dauert 0 Sekunden oder mehr
problem-fades-too-long = Ein- und Ausblenden zusammen sind länger als der Ton
problem-no-file-name = der Dateiname ist leer
problem-recording-folder = eine Aufnahme ist nur ein Dateiname in deinem Ordner für Töne, etwa „mein-schritt.wav“: ohne Ordner davor, ohne „:“ und ohne Punkt am Anfang
problem-recording-type = eine Aufnahme muss eine WAV-Datei (.wav) oder Ogg-Vorbis-Datei (.ogg) sein
problem-seconds-not-a-number = die Dauer muss eine Zahl von Sekunden sein
problem-seconds-zero = die Dauer muss mehr als 0 Sekunden sein, nicht { $seconds }
problem-seconds-too-short = { $seconds } Sekunden sind zu kurz, um mitzukommen; mindestens { $least } Sekunden
problem-seconds-too-long = { $seconds } Sekunden sind zu lang; höchstens { $most } Sekunden
problem-no-parts = es gibt keine Teile; füge mindestens eine Übung hinzu
problem-too-many-parts = { $count } Teile sind zu viele; höchstens { $most } gehen
problem-cycles-and-length = gib entweder Runden oder eine Länge an, nicht beides
problem-not-a-length = „{ $length }“ ist keine Länge; schreib Minuten und Sekunden wie „2:00“
problem-length-zero = die Länge muss mehr als 0:00 sein
problem-part-too-long = „{ $length }“ ist zu lang; höchstens 60:00 gehen
problem-cycles-not-breathing = nur eine Atemübung hat Runden; nimm eine Länge
problem-steps-need = { $count } Schritte brauchen mindestens { $least }
problem-routine-steps = der Ablauf hätte { $count } Schritte; höchstens { $most } gehen
problem-routine-length = der Ablauf würde { $length } dauern; höchstens { $most } Minuten gehen

## Fehler in der Schreibweise einer Datei (RON), nach „ZEILE:SPALTE: Fehler:“
## (src/exercise/syntax_words.rs). Namen in Backticks wie `summary` sind die
## Wörter der Datei und bleiben, wie sie sind.

syntax-eof = die Datei hört zu früh auf; am Ende fehlt noch etwas
syntax-expected-array = hier fehlt eine öffnende `[`
syntax-expected-array-end = hier fehlt eine schließende `]`
syntax-expected-attribute = hier fehlt eine Angabe `#![enable(...)]`
syntax-expected-attribute-end = nach der Angabe `enable` fehlt das schließende `)]`
syntax-expected-boolean = hier gehört true oder false hin
syntax-expected-comma = hier fehlt ein Komma
syntax-expected-char = hier gehört ein einzelnes Zeichen hin
syntax-expected-byte-literal = hier gehört ein Byte hin
syntax-expected-float = hier gehört eine Zahl hin
syntax-float-underscore = in einer Kommazahl darf kein Unterstrich stehen
syntax-expected-integer = hier gehört eine ganze Zahl hin
syntax-expected-option = hier gehört ein Wert oder None hin
syntax-expected-paren-end = hier fehlt eine schließende `)`
syntax-expected-map = hier fehlt eine öffnende `{"{"}`
syntax-expected-colon = hier fehlt ein Doppelpunkt
syntax-expected-map-end = hier fehlt eine schließende `{"}"}`
syntax-other-struct-name = hier gehört { $expected } hin, nicht { $found }
syntax-expected-paren = hier fehlt eine öffnende `(`
syntax-expected-paren-unnamed = hier gehört nur eine öffnende `(` hin, ohne Namen davor
syntax-expected-paren-for = hier fehlt die öffnende `(` für { $name }
syntax-expected-unit = hier gehört `()` hin
syntax-expected-string = hier gehört ein Text in Anführungszeichen hin
syntax-expected-byte-string = hier gehört ein Byte-Text wie b"abc" hin
syntax-expected-string-end = hier fehlt das schließende Anführungszeichen eines Textes
syntax-expected-identifier = hier gehört ein Name hin
syntax-integer-out-of-bounds = diese Zahl ist zu groß oder zu klein
syntax-invalid-digit = { $digit } ist keine Ziffer für Zahlen zur Basis { $base }
syntax-unclosed-comment = ein Kommentar mit /* wird nirgends mit */ geschlossen
syntax-leading-underscore = eine Zahl darf nicht mit einem Unterstrich anfangen
syntax-unexpected-char = das Zeichen { $char } passt hier nicht hin
syntax-utf8-invalid = ab Byte { $index } ist das kein gültiges UTF-8
syntax-utf8-incomplete = ab Byte { $index } bricht das UTF-8 mittendrin ab
syntax-trailing-characters = nach dem Ende steht noch etwas, das nicht dazugehört
syntax-wrong-value = hier gehört { $expected } hin, aber hier steht { $found }
syntax-wrong-length = hier gehört { $expected } hin, aber { $found ->
    [0] hier steht nichts
    [one] hier steht ein Eintrag
   *[other] hier stehen { $found } Einträge
}
syntax-unknown-variant = { $found } gibt es hier nicht; { $choices }
syntax-unknown-variant-in = { $found } gibt es in { $outer } nicht; { $choices }
syntax-unknown-field = ein Feld { $found } gibt es hier nicht; { $choices }
syntax-unknown-field-in = ein Feld { $found } gibt es in { $outer } nicht; { $choices }
syntax-missing-field = das Feld { $field } fehlt
syntax-missing-field-in = in { $outer } fehlt das Feld { $field }
syntax-duplicate-field = das Feld { $field } steht zweimal da
syntax-duplicate-field-in = das Feld { $field } steht in { $outer } zweimal
syntax-invalid-identifier = { $name } ist kein gültiger Name
syntax-expected-struct-name = hier fehlt der Name { $name } vor der `(`
syntax-no-variants = hier gibt es nichts zur Auswahl
syntax-no-fields = hier gibt es keine Felder
syntax-choice-one = möglich ist nur { $name }
syntax-choice-two = möglich sind { $first } oder { $second }
syntax-choice-many = möglich sind { $names } oder { $last }
syntax-escape-unicode-in-byte = in einem Byte-Text darf kein \u stehen
syntax-escape-non-hex = nach \x und \u gehören nur die Zeichen 0–9 und a–f
syntax-escape-not-byte = dieses Escape ergibt kein gültiges Byte
syntax-escape-no-open-brace = nach \u fehlt eine öffnende {"{"}
syntax-escape-no-digits = in die Klammern nach \u gehören 1 bis 6 Ziffern
syntax-escape-no-close-brace = nach \u fehlt die schließende {"}"}
syntax-escape-not-unicode = dieses \u ergibt kein gültiges Zeichen
syntax-escape-unknown = nach \ steht ein Zeichen, das dort nicht geht; schreib \\ für einen Backslash
syntax-value-unit = ein leerer Wert ()
syntax-value-option = ein Wert, der auch fehlen darf
syntax-value-sequence = eine Liste
syntax-value-map = eine Zuordnung in {"{"} {"}"}
syntax-value-enum = eine Auswahl
syntax-value-unit-variant = ein Name ohne Klammern
syntax-value-a-boolean = true oder false
syntax-value-a-char = ein einzelnes Zeichen
syntax-value-with-content = ein Name mit Klammern
syntax-value-a-string = ein Text in Anführungszeichen
syntax-value-whole-number = eine ganze Zahl ab 0
syntax-value-signed-number = eine ganze Zahl
syntax-value-number = eine Zahl
syntax-value-the-boolean = der Wert { $value }
syntax-value-the-unsigned = die Zahl { $value }
syntax-value-the-signed = die Zahl { $value }
syntax-value-the-number = die Zahl { $value }
syntax-value-the-char = das Zeichen { $value }
syntax-value-the-string = der Text { $value }
syntax-value-the-bytes = der Byte-Text { $value }

## Nur ein Steady zur selben Zeit: warum ein zweiter Start oder eine Anfrage
## nicht angenommen wurde (nach „das laufende Steady hat die Anfrage nicht
## angenommen“)

instance-socket-flapping = { $socket } wird immer wieder belegt und freigegeben; diesmal läuft Steady ohne Schutz vor einem zweiten Start
instance-other-user-answers = an { $socket } antwortet ein anderer Benutzer
instance-not-a-socket = { $socket } ist im Weg und ist kein Socket
instance-not-a-folder = { $folder } ist kein Ordner, darum kann Steady seinen Socket dort nicht privat halten
instance-folder-not-yours = { $folder } gehört einem anderen Benutzer, darum nimmt Steady ihn nicht
instance-folder-open = { $folder } ist für andere Benutzer offen (Modus { $mode }); Steady braucht ihn privat (chmod 700)
instance-still-starting = ein anderes Steady startet schon seit mehr als { $seconds } s
instance-busy = Steady ist noch mit früheren Anfragen beschäftigt; versuch es gleich noch einmal
instance-closing = Steady wird gerade beendet
instance-same-user-only = nur derselbe Benutzer darf mit diesem Steady sprechen
instance-request-timed-out = innerhalb von { $seconds } s kam keine vollständige Anfrage
instance-bad-request = fehlerhafte Anfrage: { $error }
instance-not-handled = Steady konnte die Anfrage nicht bearbeiten
instance-lead-in-too-long = ein Vorlauf von { $seconds } s ist länger als { $most } s
instance-path-too-long = der Pfad ist länger als { $most } Bytes
instance-path-nul = der Pfad enthält ein NUL-Zeichen
instance-not-a-target = weder eine Übungs-ID noch ein absoluter Pfad: { $problem }
instance-no-reason = ohne Grund abgelehnt
instance-request-too-long = die Anfrage ist länger als { $most } Bytes
instance-not-a-request = keine gültige Anfrage: { $error }
instance-not-a-reply = keine gültige Antwort: { $error }
instance-line-closed = die Verbindung wurde geschlossen, bevor eine Zeile kam
instance-line-unfinished = die Zeile endete ohne Zeilenumbruch
instance-line-too-long = die Zeile ist länger als { $most } Bytes
instance-line-timed-out = keine vollständige Zeile rechtzeitig
instance-token-length = ein Aktivierungstoken hat 1 bis { $most } Zeichen
instance-token-letters = ein Aktivierungstoken hat nur Buchstaben, Ziffern und Zeichen

## Anpassen: was ein Feld braucht

check-volume = Wähle eine Lautstärke von 0 bis 100 %.
check-too-long = Nimm höchstens { $limit } Zeichen (hier sind es { $length }).
check-empty-title = Gib ihr einen Titel.
check-empty-summary = Schreib eine kurze Zeile dazu.
check-empty-heading = Schreib eine kurze Überschrift.
check-empty-text = Schreib, was zu tun ist.
check-empty-group-name = Benenne die Muskelgruppe.
check-empty-tense = Sag, wie man anspannt.
check-empty-release = Sag, wie man loslässt.
check-empty = Schreib hier etwas hinein.
check-seconds = Schreib eine Zahl von Sekunden, etwa 4 oder 4,5.
check-phase-negative = Nimm 0, um das wegzulassen, oder eine Zahl von Sekunden.
check-no-phase = Füge mindestens eine Phase hinzu, die länger als 0 Sekunden ist.
check-rounds = Schreib eine ganze Zahl von Runden, etwa 8.
check-rounds-zero = Nimm mindestens 1 Runde.
check-rounds-too-many = Das sind viel zu viele Runden.
check-length = Schreib eine Länge wie 2:30 oder eine Zahl von Minuten.
check-length-zero = Nimm eine Länge über 0.
check-length-too-long = Nimm höchstens { $most } Minuten.
check-no-step = Füge mindestens einen Schritt hinzu.
check-no-group = Füge mindestens eine Muskelgruppe hinzu.

## Vorlesen (src/speech)
speech-failed = Das Vorlesen hat aufgehört: { $reason }.
speech-no-socket = Vorlesen ist aus: Es gibt keinen Laufzeitordner, in dem der Sprachdienst zu finden wäre.
speech-not-installed = Vorlesen ist aus: Der Sprachdienst (speech-dispatcher) ist nicht installiert.
speech-not-answering = Vorlesen ist aus: Der Sprachdienst hat nicht geantwortet ({ $reason }).

## Deine eigene Stimme für einen Schritt aufnehmen (src/audio/microphone.rs)
microphone-none = Es wurde kein Mikrofon gefunden.
microphone-cannot-open = Das Mikrofon ließ sich nicht öffnen ({ $reason }).
microphone-busy = Das Mikrofon ist belegt. Vielleicht benutzt es gerade ein anderes Programm.
microphone-not-allowed = Steady darf das Mikrofon nicht benutzen. Sieh in deinen Datenschutz-Einstellungen nach.
microphone-cannot-start = Die Aufnahme konnte nicht beginnen ({ $reason }).
microphone-no-start = Vom Mikrofon kam kein Ton. Versuch es noch einmal oder sieh in deinen Toneinstellungen nach.
microphone-stopped = Das Mikrofon hat aufgehört, Ton zu senden.
microphone-empty = Es wurde nichts aufgenommen.
microphone-silent = Es war nichts zu hören. Ist das Mikrofon stummgeschaltet?
microphone-not-saved = Die Aufnahme konnte nicht in { $folder } gespeichert werden: { $reason }.
