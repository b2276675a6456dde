# Steady's words in English. How to add one: see README.md, "Contributing".
# Every id here must be in every other catalogue too (tests/catalogue.rs).

## Numbers and dates

decimal-separator = .
count-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
count-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
weekday-long-mon = Monday
weekday-long-tue = Tuesday
weekday-long-wed = Wednesday
weekday-long-thu = Thursday
weekday-long-fri = Friday
weekday-long-sat = Saturday
weekday-long-sun = Sunday
weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# Wednesday 2 December 2026
date-long = { $weekday } { $day } { $month } { $year }
# Dec 2
date-day-month = { $month } { $day }
# Wed Dec 2, 15:00
date-weekday-time = { $weekday } { $month } { $day }, { $time }
# 2026-12-02
date-numeric = { $year }-{ $month }-{ $day }

## Exercises

breath-in = Breathe in
breath-hold = Hold
breath-out = Breathe out
group-breathing = Breathing
group-grounding = Grounding
group-kind-words = Kind words
group-relaxation = Muscle relaxation
# `steady list`: the kind of each exercise, one lowercase word.
kind-word-breathing = breathing
kind-word-grounding = grounding
kind-word-relaxation = relaxation
kind-word-routine = routine
origin-built-in = built-in
routine-transition = Let your breath settle. The next part starts in a moment.
routine-next = Next: { $title }

## History

history-none-yet = No sessions yet. When you finish one, it will show here.
history-unreadable = { $file }: could not be read: { $error }
history-line-skipped = { $file }:{ $line }: skipped: { $message }
history-more-skipped = { $file }: and { $count ->
    [one] 1 more line
   *[other] { $count } more lines
} skipped
# Why a line of the history was skipped ($message above).
history-line-no-session = this adds to session { $session }, which is not in the history
history-line-cut-save = the last line is cut off, probably by an interrupted save
history-line-too-long = the line is { $size } long; a record is at most { $most }
history-line-cut = the line is cut off (column { $column })
history-line-problem = { $problem } (column { $column })
history-field-over-a-day = { $field } is { $seconds }, more than a day
history-field-too-many-words = { $field } has { $count } words; at most { $most } are kept
history-field-too-long = { $field } is { $length } characters; at most { $most }
history-feeling-out-of-scale = feeling { $feeling } is not on the 1–5 scale
history-week = This week: { $days ->
    [one] 1 day
   *[other] { $days } days
}, { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
history-week-on = This week: { $days ->
    [one] 1 day
   *[other] { $days } days
}, { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} ({ $names }).
history-in-all = In all: { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}, { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
history-average = Feeling after a session: on average { $change } than before.
history-average-same = Feeling after a session: on average about the same as before.
history-last-sessions = Last sessions:
history-today = today
history-yesterday = yesterday
history-finished = finished
history-practised = { $length } practised
history-feeling = feeling { $before } → { $after }
history-ended-at = ended at { $step }
history-ended-at-part = ended at { $part }: { $step }
change-same = about the same
change-better = { $shown } { $steps ->
    [one] step
   *[other] steps
} better
change-lower = { $shown } { $steps ->
    [one] step
   *[other] steps
} lower
streak-rule = One missed day in a week doesn't break your streak.
streak-new = A new streak starts with your next session.
streak-new-longest = A new streak starts with your next session. Longest streak: { $longest ->
    [one] 1 day
   *[other] { $longest } days
}.
streak-current = Current streak: { $now ->
    [one] 1 day
   *[other] { $now } days
}. Longest streak: { $longest ->
    [one] 1 day
   *[other] { $longest } days
}.
journal-today = Today
journal-yesterday = Yesterday
journal-none-yet = No notes yet. After a session you can write a few words; they will show here.
part-of-day-morning = morning
part-of-day-afternoon = afternoon
part-of-day-evening = evening
part-of-day-night = night
# $ordinal is "first" to "tenth", then "11th"; $count is the number.
milestone-session = Your { $ordinal } session.
milestone-part-of-day = Your { $ordinal } { $part } this week.
milestone-feel-better = You feel { $steps ->
    [one] 1 step
   *[other] { $steps } steps
} better than before.
milestone-feel-same = You feel about the same as before. That's okay.
milestone-feel-lower = You feel a little lower than before. That's okay. Some days are like that.

## Reminders, notifications and the tray

reminder-start = Start
reminder-snooze = In 10 minutes
reminder-not-today = Not today
tray-pause-today = Pause reminders today
tray-open = Open Steady
tray-quit = Quit
rule-add-time = Add a time of day.
rule-too-many-times = Choose at most { $most } times a day.
rule-every-range = Choose every 1 to { $most } minutes (12 hours).
rule-end-before-start = The end, { $until }, must be later in the day than the start, { $from }.
rule-no-day = Choose at least one day.
rule-no-offer = Choose an exercise or routine to offer.
rule-not-a-time = "{ $text }" is not a time of day: write it as HH:MM, from 00:00 to 23:59

## The command line

cli-imported = Imported { $file } as { $target }.
cli-cannot-write = cannot write the output: { $error }
cli-check-ok = { $file }: ok ({ $title }, { $length })
# A problem in a file, as compilers write them; $position is LINE:COLUMN.
cli-error-at = { $file }:{ $position }: error: { $message }
cli-error = { $file }: error: { $message }
cli-warning-at = { $file }:{ $position }: warning: { $message }
cli-warning = { $file }: warning: { $message }
# A mistake on the command line (src/cli/mistakes.rs). English shows clap's
# own message, which these words copy; $arg is like --lead-in <SECONDS>.
cli-mistake = error: { $what }
cli-mistake-command = unrecognized subcommand '{ $name }'
cli-mistake-argument = unexpected argument '{ $arg }' found
# $args and $other are cli-mistake-quoted words joined by ", ".
cli-mistake-missing = the following required arguments were not provided: { $args }
cli-mistake-no-value = a value is required for '{ $arg }' but none was supplied
cli-mistake-value = invalid value '{ $value }' for '{ $arg }'
cli-mistake-values = possible values: { $values }
cli-mistake-conflict = the argument '{ $arg }' cannot be used with { $other }
cli-mistake-twice = the argument '{ $arg }' cannot be used multiple times
cli-mistake-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-mistake-count = { $expected } values required for '{ $arg }' but { $actual ->
    [one] { $actual } was provided
   *[other] { $actual } were provided
}
cli-mistake-equals = equal sign is needed when assigning values to '{ $arg }'
cli-mistake-no-command = '{ $name }' requires a subcommand but one was not provided
cli-mistake-similar = tip: a similar one exists: '{ $name }'
cli-mistake-more = For more information, try '{ $help }'.
cli-mistake-quoted = '{ $word }'

# `--help` and the man page (src/cli/args.rs). The words in CAPITALS, the
# commands and the paths stay as they are: they are what a person types.
cli-about = Short calming exercises: breathing, grounding and muscle relaxation
cli-long-about =
    Short calming exercises: breathing, grounding and muscle relaxation.

    Without a command, Steady opens its window (or brings a running Steady's window forward).
cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-man-section = User Commands
cli-man-name = Name
cli-man-synopsis = Synopsis
cli-man-description = Description
cli-man-version = Version
cli-help = Print help
cli-help-long = Print help (see a summary with '-h')
cli-version = Print version
cli-background = Start without a window and wait for the next reminder (used when Steady starts at log-in)
cli-file = An exercise or routine file: a plain text file in the RON format ending in .ron, like the ones Steady ships (the format is described in exercise-format.md, in /usr/share/doc/steady or the docs folder of Steady's source)
cli-id-or-file = An exercise or routine: its id, as `steady list` shows it (box-breathing, morning-five), or the path of its .ron file
cli-list = List every exercise and routine: id, kind, length and where it comes from
cli-list-ids = Print only the ids, one a line (for scripts and shell completion)
cli-check = Check exercise and routine files for mistakes: `FILE: ok (TITLE, m:ss)`, or `FILE:LINE:COLUMN: error: MESSAGE` for each mistake
cli-plan = Show the timeline of an exercise or routine, one step a line
cli-import = Copy a checked exercise or routine file into your exercises folder
cli-run = Open the window straight into an exercise or routine
cli-run-lead-in = Seconds of "get ready" before the first step (0 to 10); 0 starts as soon as sound is ready
cli-plan-speak = Show the steps as `steady run --speak` reads them aloud
cli-run-speak = Read each step's words aloud this time, through the desktop's speech service
cli-quick = Start the mid-day pause at once (the Two-minute reset, unless you chose another)
cli-history = Your practice: this week, streaks, the last sessions
cli-history-csv = Every session as CSV, for a spreadsheet
cli-history-journal = Every note you wrote after a session, by day, newest first
cli-completions = Print a completion script for a shell (it also completes exercise ids in bash and fish)
cli-completions-shell = The shell the script is for
cli-manpage = Print this manual as a man page (roff), for `man`
cli-examples = Examples
cli-examples-text =
    steady                        open the window
    steady quick                  a two-minute pause, at once
    steady run box-breathing      start box breathing
    steady run calm.ron --lead-in 0
                                  start your own file, with no get-ready
    steady plan morning-five      the steps of a routine, with their times
    steady check ~/.config/steady/exercises/*.ron
    steady history --csv > practice.csv
    steady completions bash > ~/.local/share/bash-completion/completions/steady
cli-exit-status = Exit status
cli-exit-status-text =
    0  all went well
    1  a file has a mistake (check), a file could not be imported, the output
       could not be written, the window could not open, or a running Steady
       did not take the request
    2  the command line is wrong (an unknown command or option, a missing
       argument), or run or plan cannot use what was asked for: no exercise
       has that id, or its file has a mistake
cli-files = Files
cli-files-text =
    ~/.config/steady/exercises/*.ron    your exercises and routines
    ~/.config/steady/settings.ron       settings (your choices)
    ~/.local/share/steady/history.jsonl your practice history
    ~/.local/state/steady/state.ron     window places, reminder state
    $XDG_CONFIG_HOME, $XDG_DATA_HOME and $XDG_STATE_HOME replace ~/.config,
    ~/.local/share and ~/.local/state; STEADY_CONFIG_DIR replaces the whole
    config folder and, unless STEADY_DATA_DIR or STEADY_STATE_DIR is set, holds
    the data and the state too.

## `steady plan`: one line per step (start, end, kind, words, [cue]), then
## the whole length. A kind is one word, so the columns stay apart.

plan-kind-inhale = inhale
plan-kind-hold = hold
plan-kind-exhale = exhale
plan-kind-hold-empty = hold-empty
plan-kind-prompt = prompt
plan-kind-tense = tense
plan-kind-release = release
plan-kind-transition = transition
plan-kind-end = end
# Whether a step's words are read aloud (steady plan).
plan-spoken = spoken
plan-silent = silent
plan-recorded = recorded
plan-finished = Finished
plan-total = total { $length }
# How a routine's part was fitted to the length it asks for.
plan-fitted-part = part { $part }: { $title }: { $words }
plan-fitted-cycles = { $cycles ->
    [one] 1 cycle
   *[other] { $cycles } cycles
}, { $length }
plan-fitted-asked = { $words } (asked { $asked })
plan-fitted-scaled = every step scaled to { $length }
plan-fitted-groups = { $kept } of { $all } muscle groups, { $length }

## Home

home-routines = Routines
home-history = History
home-import = Import…
home-settings = Settings
home-about = About
home-dismiss = Dismiss
home-help = ↑↓ choose · Enter or 1–9 start · E customise · Q quick calm · S settings · H history · I about
home-broken-files = Files that could not be read
home-import-explain = Import an exercise or routine file. You can also drop a file on this window.
home-import-placeholder = /path/to/exercise.ron
home-import-button = Import
home-cancel = Cancel
home-quick-calm = Quick calm
home-quick-calm-line = { $title } · { $length } · press Q
home-customise = Customise
home-more-problems = { $count ->
    [one] { " " }(and 1 more problem)
   *[other] { " " }(and { $count } more problems)
}
home-last-good-used = { " " }— its last good version is still used

## An exercise under way

player-previous = Previous
player-start-now = Start now
player-next = Next
player-next-part = Next part
player-restart = Restart
player-stop = Stop
player-resume = Resume
player-pause = Pause
player-well-done = Well done
player-get-ready = Get ready
player-get-ready-in = Get ready { $seconds }
player-getting-ready = Getting ready
player-left = { $time } left
player-paused = Paused
player-part-of = { $title } · part { $part } of { $parts }
player-cycle = Cycle { $number } / { $of }
player-step = Step { $number } / { $of }
player-sound-off = Sound off (M)
player-mute = Mute
player-unmute = Unmute
player-help = Space pause · ← → step · I intro · R restart · M sound · Esc stop
player-help-routine = Space pause · ← → step · N next part · I intro · R restart · M sound · Esc stop
# The bar shown instead of the circle with reduced motion.
player-filling = Filling
player-full = Full
player-emptying = Emptying
player-empty = Empty
player-tense = Tense
player-release = Release
briefing-starts-in = Press Space or Enter when you are ready. It starts by itself in { $count ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
briefing-no-intro = This exercise has no intro. Press I, Space or Esc to go on.
briefing-go-on = Press I, Space or Esc to go on.

## After an exercise

finished-you-did = You did { $title } for { $length }.
finished-take-a-moment = Take a moment before you go back.
finished-you-wrote = You wrote:
finished-home = Back to home
finished-again = Do it again
finished-help = Enter or Esc home · R again

## How do you feel?

feeling-1 = Very low
feeling-2 = Low
feeling-3 = Okay
feeling-4 = Good
feeling-5 = Very good
word-calm = calm
word-tense = tense
word-worried = worried
word-tired = tired
word-sad = sad
word-restless = restless
word-angry = angry
word-okay = okay
word-rested = rested
word-hopeful = hopeful
checkin-question = Anything you want to remember?
checkin-help-before = 1–5 choose and start · Enter start · Esc skip
checkin-help-writing = Enter save · Shift+Enter new line · Esc leave the note
checkin-help-after = 1–5 choose · Tab write a note · Enter save · Esc skip
checkin-help-journal = Tab write · Enter save · Esc skip
checkin-before = Before { $title }
checkin-start = Start
checkin-done = You are done
checkin-save = Save
checkin-how = How do you feel right now?
checkin-words = Any words for it? (if you like)
checkin-placeholder = A few words, if you like
checkin-skip = Skip

## The window

history-loading = Loading your history…
home-next-pause = Next pause { $when }: { $title }.
close-keeps-waiting = Steady keeps waiting in the background to remind you to pause. You can open it again from the tray or your applications menu, or quit it from there.
close-keep-waiting = Keep waiting
close-quit = Quit Steady
replace-question = Stop this session and start { $title } instead?
replace-start = Start it
replace-keep-going = Keep going
when-today-at = today at { $time }
when-tomorrow-at = tomorrow at { $time }
when-day-at = { $day } at { $time }
window-title-exercise = { $title } — Steady
window-title-history = Your practice — Steady
window-title-about = About — Steady
window-title-editor = Customise { $title } — Steady
window-title-reminder = Time for a calm pause — Steady
reminder-title = Time for a calm pause
reminder-own-window = Reminders come in Steady's own small window, because { $why }.
tray-start-pause = Start a calm pause
tray-start = Start { $title }
tray-next-reminder = Next reminder: { $when }
request-no-such = There is no exercise or routine called "{ $id }".
request-nothing-to-start = There is no exercise to start: your exercises folder is empty.
history-unsaved = { $sessions ->
    [0] What you wrote after your session
    [one] Your session
   *[other] { $sessions } sessions
} could not be saved yet: { $error }. Steady keeps it and tries again when your next session starts or ends (history folder: { $folder }).
history-exported = Your history was exported to { $file }.
history-cleared = Your history was cleared. A copy is kept as { $file }.
history-already-empty = Your history is empty.
weekday-letter-mon = M
weekday-letter-tue = T
weekday-letter-wed = W
weekday-letter-thu = T
weekday-letter-fri = F
weekday-letter-sat = S
weekday-letter-sun = S

## Your practice (the history screen)

back = Back
history-title = Your practice
history-journal = Journal
history-line-unread = Line { $line } of your history could not be read and was skipped.
history-line-torn = Line { $line } of your history could not be read and was skipped (it was cut off when it was saved).
history-more-unread = { $count ->
    [one] 1 more line could not be read and was skipped.
   *[other] { $count } more lines could not be read and were skipped.
}
history-unreadable-screen = Your history could not be read: { $error }
history-empty = No sessions yet. When you finish or stop an exercise, it shows here.
history-stays-here = Your history stays on this computer, in a plain file you can read, export or delete.
history-clear-question = Clear your whole history? A copy is kept beside the file first.
history-clear-yes = Clear it
history-clear-no = Keep it
history-export = Export as CSV
history-clear = Clear history…
history-this-week-summary = { $days ->
    [one] 1 day
   *[other] { $days } days
} this week, { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
history-this-week = This week
history-streak = Streak
history-check-in-hint = Check in before and after a session to see how it changes your mood.
history-average-screen = On average you feel { $change } after a session.
history-span = { $first } to today
history-minutes-chart = Minutes each day
history-feeling-chart = How you felt afterwards
history-last = Last sessions
history-row-done = { $length } · done
history-row-practised = { $length } practised
history-row-felt = Felt { $before } before, { $after } after

## About and the journal

about-version = Version { $version }
# $licence is Cargo.toml's, "MIT OR Apache-2.0".
about-licence = Free software under the { $licence } licence.
# Joins the licences' names: " or ", with a space each side.
about-or = { " " }or{ " " }
about-title = About Steady
about-what = Short, calm pauses: breathing, grounding, kind words and muscle relaxation.
about-practice-aid = Steady is a practice aid, not a treatment. It does not replace care from a doctor or a therapist.
about-if-unsafe = If you feel unsafe, contact your local emergency services or a crisis line.
about-gently = Go gently. Stop any exercise that makes you dizzy or hurts. Tense lightly if you are pregnant or have high blood pressure.
about-private = Your practice and your notes stay on this computer. Steady sends nothing anywhere.
about-help = Esc or Enter to go back
journal-title = Your journal
journal-empty = No notes yet. After a session you can write a few words about how it went. They will show here.
journal-stays-here = Your notes stay on this computer, in the same private file as your history.

## Settings

volume-loud = loud
volume-medium = medium
volume-soft = soft
volume-very-soft = very soft
# "Volume: −12 dB (medium)"
settings-volume = Volume: { $number } dB ({ $word })
settings-theme-system = Follow system
settings-theme-light = Light
settings-theme-dark = Dark
settings-appearance = Appearance
settings-text-size = Text size: { $percent }%
settings-reduced-motion = Reduced motion: a steady bar instead of the moving circle
settings-get-ready-off = Get ready before an exercise: off
settings-get-ready = Get ready before an exercise: { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
settings-sound = Sound
settings-mute = Mute all cues (M)
settings-ticks = Soft tick every second of a phase
settings-reading = Reading aloud
settings-read-aloud = Read each step aloud (muscle relaxation, grounding, kind words)
settings-say-breaths = Say "Breathe in", "Hold" and "Breathe out" with each breath
settings-voice-usual = Speaking speed: as usual
settings-voice-slower = Speaking speed: slower ({ $amount } of 100)
settings-voice-faster = Speaking speed: faster ({ $amount } of 100)
settings-voice-volume = Voice volume: { $percent }%
settings-reading-help = Steady speaks through your desktop's speech service (speech-dispatcher), in the voice your screen reader uses. Cues play more quietly while words are spoken.
settings-test-sound = Play test sound
settings-your-exercises = Your exercises
settings-your-exercises-where = Put your own .ron files in { $folder }. A file with the same id as a built-in exercise replaces it.
settings-title = Settings
settings-done = Done
settings-practice = Practice
settings-check-in = Ask how I feel before and after a session
settings-windows = Windows
settings-help = Esc back
settings-reminders = Reminders
settings-remind-me = Remind me to pause
settings-next-reminder = Next reminder: { $when }, { $title }.
settings-no-reminder = No reminder is coming: add a time below.
settings-add-reminder = Add a reminder
settings-autostart = Start Steady when I log in (it waits quietly for the next reminder)
rule-not-minutes = "{ $text }" is not a number of minutes
rule-at-times = At set times
rule-every-few = Every few minutes
rule-every = Every
rule-minutes-from = minutes from
rule-to = to
rule-times = Times (like 11:00, 15:00)
rule-offer = Offer
rule-remove = Remove this reminder

## The menu entry and the software centre (assets/; tests/catalogue.rs
## checks that the files say the same)

desktop-generic-name = Calming exercises
desktop-comment = Two calm minutes: guided breathing, grounding and muscle relaxation
desktop-keywords = breathing;calm;anxiety;stress;relax;relaxation;grounding;meditation;mindfulness;pause;wellbeing;
desktop-action-quick-calm = Quick calm
desktop-action-morning-five = Morning five minutes
autostart-comment = Waits quietly and reminds you to take a calm pause
metainfo-summary = Short calming exercises for a pause in your day
metainfo-about = Steady is a small app for calm pauses: two minutes in the middle of a busy day, five quiet minutes in the morning, a gentle wind-down at night. It guides you through short exercises with a gently growing and shrinking circle, large clear words, a countdown and soft sound cues you can follow with your eyes closed.
metainfo-breathing = Breathing: box breathing, 4-7-8 breathing, coherent breathing and the physiological sigh
metainfo-grounding = 5-4-3-2-1 grounding, kind words and progressive muscle relaxation
metainfo-routines = Routines that join exercises, such as a morning five minutes and an evening wind-down
metainfo-practice = Your practice at a glance: how you felt before and after, your streak and charts
metainfo-reminders = Gentle reminders to pause, at times you choose
metainfo-files = Every exercise is a plain text file you can read, copy and change
metainfo-private = Your history stays on your computer. Steady sends nothing anywhere.
metainfo-caption-player = Guided box breathing
metainfo-caption-home = Choose an exercise or a routine
metainfo-caption-dark = Box breathing in the dark theme
metainfo-caption-relaxation = Progressive muscle relaxation
metainfo-keywords = breathing;calm;anxiety;stress;relaxation;grounding;meditation;mindfulness
metainfo-first-release = The first release.

## Sound and the desktop

sound-none-short = No sound output
sound-cues-failed = Some cues could not be loaded
sound-none-note = No sound output found — cues are off for now. Steady keeps looking and the cues come back on their own.
sound-none-details = No sound output found — cues are off for now. Steady keeps looking and the cues come back on their own. ({ $reason })
sound-output-stopped = the sound output stopped
# The name of Steady's stream in the desktop's sound mixer.
sound-stream-name = Exercise sounds
sound-thread-stopped = the audio thread stopped
notify-no-answer = the notification service did not answer
notify-no-service = no notification service is running
notify-no-bus = there is no desktop message bus
notify-failed = notifications failed ({ $error })
settings-wayland-limits = On this desktop (Wayland), the desktop decides where windows go. Steady cannot keep the small window above others or put a window back where it was.

## Customise (the editor)

breath-hold-empty = Hold with empty lungs
cue-prompt = Each new step
cue-tense = Tense
cue-release = Let go
cue-end = At the end
editor-fix = { $count ->
    [one] 1 field needs
   *[other] { $count } fields need
} fixing before you can save.
editor-fix-named = { $count ->
    [one] 1 field needs
   *[other] { $count } fields need
} fixing before you can save ({ $field }).
editor-save = Save
editor-save-copy = Save as a copy
editor-replace = Replace the file
editor-saving = Saving…
editor-title = Title
editor-summary = Short description
editor-summary-where = Short description (on the home screen)
editor-rounds = Rounds
editor-how-long = How long
editor-field-step-heading = Step { $number }, Heading
editor-field-step-text = Step { $number }, What to do
editor-field-step-seconds = Step { $number }, Seconds
editor-field-group-name = Muscle group { $number }, Name
editor-field-group-tense = Muscle group { $number }, How to tense
editor-field-group-release = Muscle group { $number }, How to let go
editor-cue-volume = Cue volume
editor-cue-volume-percent = Cue volume: { $percent }%
editor-the-list = the list
editor-hint-shipped = Saving makes your own copy. Esc leaves without saving.
editor-hint-own = Esc leaves without saving.
editor-hint-hand-written = Your file stays as it is unless you replace it.
editor-ask-leave = Leave without saving? Your changes will be lost.
editor-leave = Leave
editor-keep-editing = Keep editing
editor-ask-replace = Replace the file? The old file goes to the trash folder, with your comments.
editor-replace-it = Replace it
editor-ask-delete = Move this file to the trash folder? You can take it back from there.
editor-delete-it = Move to the trash
editor-ask-reset = Go back to the original? Your copy goes to the trash folder. You can take it back from there.
editor-reset-it = Go back to the original
editor-keep-copy = Keep my copy
editor-about = About
editor-relaxation-explain = Every muscle group is tensed, then let go, for this many seconds.
editor-tense-seconds = Tense (seconds)
editor-release-seconds = Let go (seconds)
editor-phases-explain = Seconds for each part of one breath. Write 0 to leave a part out.
editor-phases-explain-own = Seconds for each part of one breath, in this pattern's own order. Write 0 to leave a part out.
editor-length-field = How long (like 2:30, or minutes)
editor-length-explain = Whole rounds run until at least this long.
editor-by-rounds = Number of rounds
editor-by-length = Target length
editor-voice = Your voice
editor-voice-explain = Record your own words for a step. They play when the step starts, in place of the words read aloud. Recordings stay on this computer, in your sounds folder.
editor-voice-no-sound = Steady has no sound system here, so it cannot record.
editor-voice-no-microphone = No microphone was found, so you cannot record. Recordings you already have still play.
editor-voice-stopped = The recording stopped before it could be saved.
editor-voice-step = Step { $number }: { $label }
editor-voice-tense = { $name }: tensing
editor-voice-release = { $name }: letting go
editor-voice-record = Record
editor-voice-stop = Stop and keep
editor-voice-play = Play
editor-voice-remove = Remove
editor-voice-has = Your recording: { $file }
editor-voice-none = Not recorded
editor-voice-time = { $done } of { $most }
editor-voice-opening = Opening the microphone…
editor-voice-listening = Speak now. Press Enter to stop and keep it, or Esc to throw it away.
editor-voice-recorded = Recorded { $seconds } seconds. Press Play to hear it. Save to keep it.
editor-voice-looking = Looking for a microphone…
editor-voice-look-again = Look again
editor-voice-no-microphone-button = No microphone
editor-voice-not-started = Nothing was recorded: the microphone had not started yet.
editor-voice-no-answer = The microphone did not start, so nothing was recorded. Check that it is plugged in and not in use by another app, then try again.
editor-sounds = Sounds
editor-sounds-explain = The sound that starts each kind of step.
editor-steps = Steps
editor-step = Step
editor-add-step = Add a step
editor-groups = Muscle groups
editor-group = Muscle group
editor-add-group = Add a muscle group
editor-heading = Heading
editor-what-to-do = What to do
editor-seconds = Seconds
editor-name = Name
editor-how-to-tense = How to tense
editor-how-to-release = How to let go
editor-own-tense = tense { $seconds } s
editor-own-release = let go { $seconds } s
editor-own-times = This group keeps its own times from the file: { $times }.
editor-move-up = Move up
editor-move-down = Move down
editor-remove = Remove
editor-no-sound = No sound
editor-could-not-save = Could not save: { $error }
editor-preview-waits = The preview shows once the breathing times are fine.
editor-preview-pause = Pause preview
editor-preview-play = Play preview
editor-total = Total { $length }
editor-file-shipped = This exercise comes with Steady. Saving makes your own copy in your exercises folder; the original stays as it is.
editor-file-own = Your file: { $file }. Saving changes it.
editor-file-hand-written = Your file: { $file }. You wrote it yourself, so saving makes a copy and keeps your file and its comments as they are.
editor-open-file = Open file
editor-open-folder = Open folder
editor-reset = Reset to original
editor-delete = Delete
editor-open-file-explain = Open file hands it to your text editor. Steady reloads it when you save there.
editor-your-file = Your file

## Notes on home after a file was saved, moved or imported (a new note
## replaces one that starts with the same word)

file-word-saved = Saved
file-saved = { file-word-saved } "{ $title }"
file-word-moved = Moved
file-moved = { file-word-moved } { $file } to the trash folder
file-word-imported = Imported
file-imported = { file-word-imported } { $file }

## When something could not be done

autostart-no-folder = your autostart folder could not be found
autostart-no-program = Steady could not find its own program: { $error }
autostart-failed = Start when I log in: { $error }
settings-not-saved = Your settings could not be saved: { $error }
state-not-saved = Steady could not save what it remembers (window places, reminders): { $error }
sound-no-answer = the sound output did not answer in time
history-not-written = the history could not be written
history-export-did-not-run = the export did not run
history-clear-did-not-run = clearing did not run
file-not-written = the file could not be written
file-not-moved = the file could not be moved
file-not-read = the file could not be read

import-id-taken = { $file }: there is already an exercise or routine with the id "{ $id }"; change the id in the file to import it beside the other one
file-exists = { $file } already exists
file-kept-busy = another Steady kept { $file } busy for more than { $seconds } seconds
file-not-opened = { $file } could not be opened: xdg-open did not start ({ $error })
editor-not-written = the exercise could not be written: { $error }
editor-not-same = the exercise would not read back the same
editor-id-unusable = The exercise's id cannot be used: { $problem }.
# Notes when settings.ron or state.ron cannot be read. $problem says what
# is wrong with the file, $kept where the old file went.
settings-kept-aside = Your settings file could not be read ({ $problem }). It was kept as { $kept } and Steady started with default settings.
settings-not-moved = Your settings file could not be read ({ $problem }) and could not be moved aside ({ $error }). Steady is using defaults for now and leaves the file as it is.
settings-unreadable = Could not read your settings ({ $error }). Steady is using defaults for now and leaves the file as it is.
state-kept-aside = Steady's memory of its windows and reminders could not be read ({ $problem }). It was kept as { $kept } and Steady started afresh. Your settings are fine.
state-not-moved = Steady's memory of its windows and reminders could not be read ({ $problem }) and could not be moved aside ({ $error }). Steady starts afresh for now and leaves the file as it is.
state-unreadable = Could not read Steady's memory of its windows and reminders ({ $error }). Steady starts afresh for now and leaves the file as it is.
state-not-split = Steady could not move what it remembers (window places, reminders) out of your settings file: { $error }. Nothing is lost; it tries again next time.
state-in-the-way = { $file } is in the way
record-too-large = it is { $size }, far too large
# Why no window can open (after "cannot open a window:"). $display is a
# name like :0 or wayland-1.
display-none = no display was found (neither WAYLAND_DISPLAY nor DISPLAY is set)
display-no-runtime-dir = XDG_RUNTIME_DIR is not set, so the Wayland display cannot be found
display-wayland-refused = the Wayland display { $display } refused: { $error }
display-wayland-silent = the Wayland display { $display } does not answer ({ $error })
display-bad-name = the display name "{ $display }" cannot be read
display-refused = the display { $display } refused: { $error }
display-not-found = the display { $display } cannot be found: { $error }
display-unreachable = the display { $display } cannot be reached
display-silent = the display { $display } does not answer ({ $error })
display-no-answer = no answer within { $seconds } seconds
display-window-system-failed = the window system failed

## The command line: starting, and exercises that cannot be found

cli-handover-refused = the running Steady did not take the request: { $why }
cli-handover-failed = Steady is running but did not answer: { $error }
cli-no-window = cannot open a window: { $why }
cli-stopped = stopped unexpectedly: { $why }
cli-autostart-update = cannot update the log-in entry: { $error }
routine-part-broken = the exercise "{ $id }" has a mistake ({ $file }{ $first })
routine-part-unknown = there is no exercise "{ $id }"
routine-part-unknown-close = there is no exercise "{ $id }"; did you mean "{ $close }"?
error-no-exercise = no exercise called "{ $id }"
error-no-exercise-close = no exercise called "{ $id }"; did you mean { $close }?

## Files that cannot be used: `steady check`, `steady list`, and the notes
## about broken files. Field names such as `practice.phases[2].seconds` are
## the file's own words and stay as they are.

error-not-a-file = this is { $what }, not a regular file
file-kind-pipe = a named pipe
file-kind-device = a device
file-kind-socket = a socket
file-kind-folder = a folder
file-kind-other = something else
error-too-large = the file is { $size }; at most { $limit } is read
# $size and $limit are sizes like "512 bytes" or "3.4 MiB".
size-bytes = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
}
size-kib = { $kib } KiB
size-mib = { $mib } MiB
# Follows the first problem of a broken file.
error-more-problems = { $count ->
    [one] (and 1 more problem)
   *[other] (and { $count } more problems)
}
error-cue = cue "{ $cue }"
error-recording = recording "{ $file }"
error-audio = audio: { $message }
# What the system said went wrong with a file (after "FILE: ").
os-not-found = there is no such file or folder
os-permission-denied = you do not have permission for this
os-already-exists = it already exists
os-is-a-folder = this is a folder
os-not-a-folder = a part of the path is not a folder
os-folder-not-empty = the folder is not empty
os-read-only = this place can only be read, not written
os-storage-full = the disk is full
os-quota-exceeded = your share of the disk is used up
os-file-too-large = the file would be too large
os-invalid-name = the name cannot be used for a file
os-busy = it is busy; try again in a moment
os-timed-out = it took too long to answer
os-cut-short = the file ends too soon
os-out-of-memory = there was not enough memory
cue-unknown = no such cue; use one of { $known } or define it under `sounds`
cue-unknown-close = no such cue; did you mean "{ $close }"? use one of { $known } or define it under `sounds`
cue-file-not-found = the sound file "{ $path }" was not found in { $folder } or among the shipped sounds
recording-not-found = the file was not found in { $folder }
cue-cannot-play = cannot play "{ $path }": { $message }
cue-not-decoded = { $error } (Steady plays WAV and Ogg Vorbis files)
cue-decoder-failed = the decoder failed on this file
cue-vorbis-damaged = the Ogg Vorbis file is damaged: its header claims more than the file holds
cue-no-sound = the file holds no sound
problem-not-text = this is not a text file (it is not valid UTF-8)
problem-version = this file is format version { $version }, but this Steady reads version { $reads }
problem-self-talk = only an exercise of prompts (Grounding) can be words to say to yourself
# $value is the number as the file has it.
problem-cue-volume = the cue volume must be from 0.0 to 1.0, not { $value }
problem-volume = volume must be from 0.0 to 1.0, not { $value }
problem-id-empty = the id is empty; use something like "my-breathing"
problem-id-too-long = the id is longer than { $most } characters
problem-id-letters = "{ $id }" may only use lowercase letters a-z, digits, '-' and '_'
problem-id-taken = the id "{ $id }" is already used by { $file }
problem-id-taken-by-exercise = the id "{ $id }" is already used by an exercise
problem-text-empty = this text is empty
problem-text-too-long = this text is { $length } characters long; the most is { $most }
problem-no-phases = there are no phases; add at least one
problem-no-steps = there are no steps; add at least one
problem-no-groups = there are no muscle groups; add at least one
problem-too-many-phases = { $count } phases are too many; the most is { $most }
problem-too-many-prompts = { $count } steps are too many; the most is { $most }
problem-too-many-groups = { $count } muscle groups are too many; the most is { $most }
problem-cycles-zero = the cycle count must be at least 1
problem-exercise-steps = this exercise would make { $count } steps; the most is { $most }
problem-exercise-minutes = the whole exercise would last { $minutes } minutes; the most is { $most }
problem-tone-hz = { $hz } Hz cannot be heard well; use 20 to 20000
problem-tone-seconds = a tone lasts more than 0 and at most { $most } seconds
problem-fade = a fade must be 0 seconds or more
problem-fades-too-long = the fades together are longer than the tone
problem-no-file-name = the file name is empty
problem-recording-folder = a recording is just a file name in your sounds folder, like "my-step.wav": no folders, no ":", and not starting with a dot
problem-recording-type = a recording must be a WAV (.wav) or Ogg Vorbis (.ogg) file
problem-seconds-not-a-number = the duration must be a number of seconds
problem-seconds-zero = the duration must be more than 0 seconds, not { $seconds }
problem-seconds-too-short = { $seconds } seconds is too short to follow; the least is { $least } seconds
problem-seconds-too-long = { $seconds } seconds is too long; the most is { $most } seconds
problem-no-parts = there are no parts; add at least one exercise
problem-too-many-parts = { $count } parts are too many; the most is { $most }
problem-cycles-and-length = give either cycles or a length, not both
problem-not-a-length = "{ $length }" is not a length; write minutes and seconds like "2:00"
problem-length-zero = the length must be more than 0:00
problem-part-too-long = "{ $length }" is too long; the most is 60:00
problem-cycles-not-breathing = only a breathing exercise has cycles; use a length
problem-steps-need = { $count } steps need at least { $least }
problem-routine-steps = the routine would make { $count } steps; the most is { $most }
problem-routine-length = the routine would last { $length }; the most is { $most } minutes

## Mistakes in how a file is written (RON syntax), after "LINE:COLUMN: error:"
## (src/exercise/syntax_words.rs). The English words are exactly ron's own.
## Names in backticks, such as `summary`, are the file's words and stay.

syntax-eof = Unexpected end of RON
syntax-expected-array = Expected opening `[`
syntax-expected-array-end = Expected closing `]`
syntax-expected-attribute = Expected an `#![enable(...)]` attribute
syntax-expected-attribute-end = Expected closing `)]` after the enable attribute
syntax-expected-boolean = Expected boolean
syntax-expected-comma = Expected comma
syntax-expected-char = Expected char
syntax-expected-byte-literal = Expected byte literal
syntax-expected-float = Expected float
syntax-float-underscore = Unexpected underscore in float
syntax-expected-integer = Expected integer
syntax-expected-option = Expected option
syntax-expected-paren-end = Expected closing `)`
syntax-expected-map = Expected opening `{"{"}`
syntax-expected-colon = Expected colon
syntax-expected-map-end = Expected closing `{"}"}`
syntax-other-struct-name = Expected struct { $expected } but found { $found }
syntax-expected-paren = Expected opening `(`
syntax-expected-paren-unnamed = Expected only opening `(`, no name, for un-nameable struct
syntax-expected-paren-for = Expected opening `(` for struct { $name }
syntax-expected-unit = Expected unit
syntax-expected-string = Expected string
syntax-expected-byte-string = Expected byte string
syntax-expected-string-end = Expected end of string
syntax-expected-identifier = Expected identifier
syntax-integer-out-of-bounds = Integer is out of bounds
# $digit is the character in quotes, like 'x'; $base is 2, 8, 10 or 16.
syntax-invalid-digit = Invalid digit { $digit } for base { $base } integers
syntax-unclosed-comment = Unclosed block comment
syntax-leading-underscore = Unexpected leading underscore in a number
# $char is the character in quotes, like '%'.
syntax-unexpected-char = Unexpected char { $char }
syntax-utf8-invalid = invalid utf-8 sequence of { $length } bytes from index { $index }
syntax-utf8-incomplete = incomplete utf-8 byte sequence from index { $index }
syntax-trailing-characters = Non-whitespace trailing characters
# $expected and $found are kinds of value (the syntax-value-… words below).
syntax-wrong-value = Expected { $expected } but found { $found } instead
syntax-wrong-length = Expected { $expected } but found { $found ->
    [0] zero elements
    [one] one element
   *[other] { $found } elements
} instead
# $choices is one of the syntax-choice-… words, or syntax-no-….
syntax-unknown-variant = Unexpected enum variant named { $found }, { $choices }
syntax-unknown-variant-in = Unexpected variant named { $found } in enum { $outer }, { $choices }
syntax-unknown-field = Unexpected field named { $found }, { $choices }
syntax-unknown-field-in = Unexpected field named { $found } in { $outer }, { $choices }
syntax-missing-field = Unexpected missing field named { $field }
syntax-missing-field-in = Unexpected missing field named { $field } in { $outer }
syntax-duplicate-field = Unexpected duplicate field named { $field }
syntax-duplicate-field-in = Unexpected duplicate field named { $field } in { $outer }
syntax-invalid-identifier = Invalid identifier { $name }
syntax-expected-struct-name = Expected the explicit struct name { $name }, but none was found
syntax-no-variants = there are no variants
syntax-no-fields = there are no fields
syntax-choice-one = expected { $name } instead
syntax-choice-two = expected either { $first } or { $second } instead
# $names is all but the last, joined by ", ".
syntax-choice-many = expected one of { $names }, or { $last } instead
syntax-escape-unicode-in-byte = Unexpected Unicode escape in byte literal
syntax-escape-non-hex = Non-hex digit found
syntax-escape-not-byte = Not a valid byte-escaped Unicode character
syntax-escape-no-open-brace = Missing {"{"} in Unicode escape
syntax-escape-no-digits = Expected 1-6 digits, got 0 digits in Unicode escape
syntax-escape-no-close-brace = No {"}"} at the end of Unicode escape
syntax-escape-not-unicode = Not a valid Unicode-escaped character
syntax-escape-unknown = Unknown escape character
syntax-value-unit = a unit value
syntax-value-option = an optional value
syntax-value-sequence = a sequence
syntax-value-map = a map
syntax-value-enum = an enum
syntax-value-unit-variant = a unit variant
syntax-value-a-boolean = a boolean
syntax-value-a-char = a character
# $kind is serde's own word, such as "a tuple variant", "a string" or "u32";
# English keeps it.
syntax-value-with-content = { $kind }
syntax-value-a-string = { $kind }
syntax-value-whole-number = { $kind }
syntax-value-signed-number = { $kind }
syntax-value-number = { $kind }
# $value is as the file has it, in backticks or quotes: `true`, `3`, "text".
syntax-value-the-boolean = the boolean { $value }
syntax-value-the-unsigned = the unsigned integer { $value }
syntax-value-the-signed = the signed integer { $value }
syntax-value-the-number = the floating point number { $value }
syntax-value-the-char = the UTF-8 character { $value }
syntax-value-the-string = the string { $value }
syntax-value-the-bytes = the byte string { $value }

## One Steady at a time: why a second start or a request was not taken
## (shown after "the running Steady did not take the request")

instance-socket-flapping = { $socket } keeps being taken and dropped; not single-instance this time
instance-other-user-answers = { $socket } is answered by another user
instance-not-a-socket = { $socket } is in the way and is not a socket
instance-not-a-folder = { $folder } is not a folder, so Steady cannot keep its socket private there
instance-folder-not-yours = { $folder } belongs to another user, so Steady does not use it
# $mode is the folder's permissions in octal, like 755.
instance-folder-open = { $folder } is open to other users (mode { $mode }); Steady needs it private (chmod 700)
instance-still-starting = another Steady has been starting for more than { $seconds } s
instance-busy = Steady is busy with earlier requests; try again
instance-closing = Steady is closing
instance-same-user-only = only the same user may talk to this Steady
instance-request-timed-out = no complete request within { $seconds } s
instance-bad-request = bad request: { $error }
instance-not-handled = Steady could not handle the request
instance-lead-in-too-long = a lead-in of { $seconds } s is longer than { $most } s
instance-path-too-long = the path is longer than { $most } bytes
instance-path-nul = the path contains a NUL character
instance-not-a-target = not an exercise id nor an absolute path: { $problem }
instance-no-reason = refused without a reason
instance-request-too-long = the request is longer than { $most } bytes
instance-not-a-request = not a valid request: { $error }
instance-not-a-reply = not a valid reply: { $error }
instance-line-closed = the connection closed before a line came
instance-line-unfinished = the line ended without a newline
instance-line-too-long = the line is longer than { $most } bytes
instance-line-timed-out = no complete line in time
instance-token-length = an activation token has 1 to { $most } characters
instance-token-letters = an activation token has only letters, digits and marks

## Customise: what a field needs

check-volume = Choose a volume from 0 to 100%.
check-too-long = Use at most { $limit } characters (this has { $length }).
check-empty-title = Give it a title.
check-empty-summary = Write one short line about it.
check-empty-heading = Write a short heading.
check-empty-text = Write what to do.
check-empty-group-name = Name the muscle group.
check-empty-tense = Say how to tense.
check-empty-release = Say how to let go.
check-empty = Write something here.
check-seconds = Write a number of seconds, like 4 or 4.5.
check-phase-negative = Use 0 to leave this out, or a number of seconds.
check-no-phase = Add at least one phase longer than 0 seconds.
check-rounds = Write a whole number of rounds, like 8.
check-rounds-zero = Use at least 1 round.
check-rounds-too-many = That is far too many rounds.
check-length = Write a length like 2:30, or a number of minutes.
check-length-zero = Use a length longer than 0.
check-length-too-long = Use at most { $most } minutes.
check-no-step = Add at least one step.
check-no-group = Add at least one muscle group.

## Reading aloud (src/speech)
speech-failed = Reading aloud stopped: { $reason }.
speech-no-socket = Reading aloud is off: there is no runtime folder to find the speech service in.
speech-not-installed = Reading aloud is off: the speech service (speech-dispatcher) is not installed.
speech-not-answering = Reading aloud is off: the speech service did not answer ({ $reason }).

## Recording your own voice for a step (src/audio/microphone.rs)
microphone-none = No microphone was found.
microphone-cannot-open = The microphone could not be opened ({ $reason }).
microphone-busy = The microphone is busy. Another program may be using it.
microphone-not-allowed = Steady is not allowed to use the microphone. Check your privacy settings.
microphone-cannot-start = The recording could not start ({ $reason }).
microphone-no-start = The microphone did not send any sound. Try again, or check your sound settings.
microphone-stopped = The microphone stopped sending sound.
microphone-empty = Nothing was recorded.
microphone-silent = Nothing was heard. Is the microphone muted?
microphone-not-saved = The recording could not be saved in { $folder }: { $reason }.
