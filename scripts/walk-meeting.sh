#!/usr/bin/env bash
# The review meeting of issue 16, by keyboard only, on a 1280x720 screen at 150 % zoom: drives
# the real window under Xvfb with xdotool, counts every key pressed, saves a screenshot after
# each step and checks the result with the command line.
#
#   scripts/walk-meeting.sh [BUILD-DIR] [OUT-DIR]     (needs xvfb, xdotool, imagemagick)
#
# Two participants score in the room (their ballots in the matrix), two send ballot files
# (filled in here by a script, as they would in any editor); the facilitator imports those,
# reveals, looks at the contested cells, adopts the group matrix with a rationale, records a
# dissent and writes the ADR folder. docs/meeting.md records the key counts it printed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build/dev}" && pwd)
out=${2:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=$build/app/archbench
for tool in Xvfb xdotool import openbox; do
    command -v "$tool" >/dev/null || { echo "walk-meeting: $tool is missing (apt-get install xvfb xdotool imagemagick openbox)" >&2; exit 2; }
done

export HOME=$out/home XDG_CONFIG_HOME=$out/home/.config XDG_DATA_HOME=$out/home/.local/share LANG=C.UTF-8
mkdir -p "$HOME"
n=90
while [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
display=:$n
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
wm=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$wm" ] && kill "$wm" 2>/dev/null; kill "$xvfb" 2>/dev/null; true; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1
# a window manager, as on any desktop: it gives the window back the keyboard after a dialog
openbox >"$out/wm.log" 2>&1 &
wm=$!
sleep 2

project=$out/meeting.archbench
"$bin" convert "$here/resources/sample/checkout-platform.json" "$project" >/dev/null
# two participants fill their ballot files apart
for who in "Ines Carvalho" "Tomasz Wójcik"; do
    file=$out/ballot-${who%% *}.json
    "$bin" ballot export "$project" --decision dec-orders-db --participant "$who" -o "$file" >/dev/null
    python3 - "$file" "$who" <<'EOF'
import json, sys
path, who = sys.argv[1], sys.argv[2]
ballot = json.load(open(path))
# Ines likes DynamoDB's operations more than the room; Tomasz scores close to the agreed matrix
bias = {"Ines Carvalho": {"db-dynamo": 1}, "Tomasz Wójcik": {}}[who]
for s in ballot["scores"]:
    s["value"] = max(1, min(5, 3 + bias.get(s["option"], 0) + (1 if s["option"] == "db-postgres" else 0)))
json.dump(ballot, open(path, "w"), ensure_ascii=False, indent=2)
EOF
done

keys=0
step=0
k() { # keys, each counted: k ctrl+b Down Return
    for key in "$@"; do
        xdotool key --clearmodifiers "$key"
        keys=$((keys + 1))
        sleep 0.25
    done
}
t() { # text typed into a field, counted as one key per character
    xdotool type --delay 40 "$1"
    keys=$((keys + ${#1}))
    sleep 0.3
}
await() { # waits for a dialog to be on screen (not a key)
    timeout 10 xdotool search --sync --onlyvisible --name "$1" >/dev/null
    sleep 1
}
back() { # waits for the main window to have the keyboard again after a dialog (not a key)
    for _ in $(seq 50); do
        [ "$(xdotool getwindowfocus 2>/dev/null)" = "$win" ] && break
        sleep 0.1
    done
    sleep 0.5
}
shot() {
    step=$((step + 1))
    sleep 0.6
    import -window root "$(printf '%s/%02d-%s.png' "$out" "$step" "$1")"
    printf '%-28s %4d keys so far\n' "$1" "$keys"
}

"$bin" "$project" >"$out/app.log" 2>&1 &
app=$!
xdotool search --sync --onlyvisible --name "Archbench" >/dev/null
sleep 2
win=$(xdotool search --onlyvisible --name "Archbench" | head -1)
for _ in $(seq 20); do # the window manager may still be starting
    xdotool windowactivate "$win" 2>/dev/null || xdotool windowfocus "$win"
    sleep 0.5
    [ "$(xdotool getwindowfocus 2>/dev/null)" = "$win" ] && break
done
sleep 1
shot start

# 150 %: Ctrl+= three times (1.1, 1.25, 1.5)
k ctrl+equal ctrl+equal ctrl+equal
shot zoom-150
# the keyboard starts in the Project tree: the first decision, then the editor alone
k Down Down Return
k ctrl+shift+F12
shot decision-editor-only
# two ballots in the room: Ctrl+B, the next participant, Return, fifteen digits each
k ctrl+b Down Return
k 5 4 3 4 4 4 5 3 2 4 4 5 5 4 3
shot ballot-dana
k ctrl+b Down Return
k 4 5 2 3 5 4 4 4 3 3 4 4 4 5 3
shot ballot-malik
# two from files: File > Import Ballots, the folder, both names
k alt+f b
await "Import Ballots"
t "$out/"
k Return
sleep 1 # the dialog lists the folder
t '"ballot-Ines.json" "ballot-Tomasz.json"'
k Return
back
shot ballots-imported
# the Meeting page, Reveal: what to discuss first, each one's leader
k ctrl+alt+g ctrl+alt+r
shot revealed
# adopt the group's values with a rationale (one undo step)
k alt+l
t "Agreed after discussing the spreads"
k alt+a
shot adopted
# the minutes: who attended, and a named dissent
k alt+w
t "Dana Reyes, Malik Osei, Ines Carvalho, Tomasz Wojcik"
k alt+s
t "Malik Osei"
k Tab
t "MongoDB fits the catalogue better"
k Return
shot dissent
# the ADR folder: File > Export ADR Folder, its path, Return; then Save
mkdir -p "$out/adr" # the team's ADR folder
k alt+f f
await "Export ADR Folder"
t "$out/adr/"
k Return
back
k ctrl+s
shot exported
echo "keys in all: $keys"

# what the room decided, read back by the command line
kill "$app"
wait "$app" 2>/dev/null || true
app=
"$bin" score "$project" --json >"$out/score.json"
python3 - "$out/score.json" <<'PY'
import json, sys
d = next(x for x in json.load(open(sys.argv[1]))["decisions"] if x["id"] == "dec-orders-db")
g = d["group"]
assert g["ballots"] == 4, g
print("score --json: %d ballots combined by %s, %d contested cells, %d participants' leaders"
      % (g["ballots"], g["aggregation"], len(g["contested"]), len(g["participantLeaders"])))
PY
ls "$out/adr"
grep -q "^### Dissent" "$out/adr/0001-primary-database-for-orders.md"
grep -q "Attended the review" "$out/adr/0001-primary-database-for-orders.md"
echo "walk-meeting: the ADR carries the dissent and who attended; screenshots in $out"
