#!/usr/bin/env bash
# packaging.Deb: makes the .deb with CPack from this build, unpacks it into a scratch root (dpkg -x) and checks it
# as an installer would meet it: the files are where Debian expects them, Depends covers every library the two
# programs link plus the run-time Qt plugins, the desktop entry, AppStream metadata and man pages are valid, the
# bash completion completes, and the unpacked coffer-cli and coffer run (--version, then a vault round trip).
# Usage: check-deb.sh BUILD_DIR SCRATCH_DIR
set -euo pipefail

build=$1
scratch=$2
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
ok() { printf 'ok: %s\n' "$*"; }

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(find "$scratch/out" -maxdepth 1 -name 'coffer_*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no coffer_*.deb in $scratch/out"
ok "made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == coffer ]] || fail "Package is '$(field Package)'"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
depends=$(field Depends)
for needed in qt6-qpa-plugins libqt6svg6; do
    [[ ",$depends," == *", $needed,"* || ",$depends," == *",$needed,"* || $depends == *"$needed ("* ]] \
        || fail "Depends lacks $needed (loaded at run time): $depends"
done
ok "Depends: $depends"

dpkg -x "$deb" "$scratch/root"
root=$scratch/root
for path in usr/bin/coffer usr/bin/coffer-cli \
    usr/share/applications/org.coffer.Coffer.desktop \
    usr/share/metainfo/org.coffer.Coffer.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.coffer.Coffer.svg \
    usr/share/man/man1/coffer-cli.1.gz usr/share/man/man1/coffer.1.gz \
    usr/share/bash-completion/completions/coffer-cli \
    usr/share/doc/coffer/copyright \
    usr/lib/systemd/user/coffer-rotate-due@.service usr/lib/systemd/user/coffer-rotate-due@.timer; do
    [[ -f $root/$path ]] || fail "the package lacks /$path"
done
ok "every file is in place under /usr"
if find "$root" -path '*/usr/local*' -o -name '*.a' -o -name '*.h' | grep -q .; then
    fail "the package holds files it should not: $(find "$root" -path '*/usr/local*' -o -name '*.a' -o -name '*.h')"
fi
for bin in coffer coffer-cli; do
    # Outputs are read whole: `| grep -q` could stop early and fail the writer with SIGPIPE under pipefail.
    kind=$(file "$root/usr/bin/$bin")
    [[ $kind == *ELF*", stripped"* ]] || fail "$bin is not a stripped program: $kind"
    dynamic=$(readelf -d "$root/usr/bin/$bin")
    [[ $dynamic != *RPATH* && $dynamic != *RUNPATH* ]] || fail "$bin carries an RPATH into the build tree"
done
ok "binaries stripped, no RPATH"

# --- every library the programs link comes from a package named in Depends ---
depends_names=$(printf '%s' "$depends" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/:any//; s/^ +//; s/ +$//' | sort -u)
cache=$(ldconfig -p) # read once: awk stopping early would make ldconfig fail with SIGPIPE
for bin in coffer coffer-cli; do
    while read -r lib; do
        path=$(awk -v lib="$lib" '$1 == lib && /x86-64|AArch64|64bit/ { print $NF; exit }' <<<"$cache")
        [[ -n $path ]] || path=$(awk -v lib="$lib" '$1 == lib { print $NF; exit }' <<<"$cache")
        [[ -n $path ]] || fail "$bin needs $lib, which this machine does not have"
        real=$(readlink -f "$path")
        owner=$(dpkg -S "$real" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)
        owner=${owner%%:*}
        [[ -n $owner ]] || fail "$bin needs $lib ($real), which no package owns"
        grep -qx "$owner" <<<"$depends_names" || fail "$bin needs $lib from $owner, which Depends does not name"
    done < <(readelf -d "$root/usr/bin/$bin" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
done
ok "each NEEDED library's package is in Depends"

# --- metadata ---
problems=$(desktop-file-validate "$root/usr/share/applications/org.coffer.Coffer.desktop" 2>&1) \
    || fail "desktop-file-validate: $problems"
[[ -z $problems ]] || fail "desktop-file-validate: $problems"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.coffer.Coffer.metainfo.xml" \
    >"$scratch/appstream.log" 2>&1 || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate failed"; }
grep -q "<release version=\"$(field Version)\"" "$root/usr/share/metainfo/org.coffer.Coffer.metainfo.xml" \
    || fail "the metainfo's release is not the package version $(field Version)"
grep -q '^<svg' "$root/usr/share/icons/hicolor/scalable/apps/org.coffer.Coffer.svg" || fail "the icon is not an SVG"
ok "desktop entry, AppStream metadata and icon valid"

for page in coffer-cli coffer; do
    zcat "$root/usr/share/man/man1/$page.1.gz" >"$scratch/$page.1"
    warnings=$(groff -man -Tutf8 -ww -z "$scratch/$page.1" 2>&1 || true)
    [[ -z $warnings ]] || fail "groff warns about $page(1): $warnings"
    grep -q "^\.TH COFFER.* 1 " "$scratch/$page.1" || fail "$page(1) has no .TH line of section 1"
done
# The CLI's page names every command, as its --help does.
for command in "vault create" "secret set" "key create" "certificate import" "rotate" "audit verify"; do
    grep -q "^.SS \"coffer\\\\-cli $(sed 's/-/\\\\-/g' <<<"$command")\"" "$scratch/coffer-cli.1" \
        || fail "coffer-cli(1) lacks the command '$command'"
done
ok "man pages render without warnings and name the commands"

# --- bash completion ---
completion() { # words... : prints what bash would offer for the last word
    bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=()
        _coffer_cli
        printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$root/usr/share/bash-completion/completions/coffer-cli" "$@"
}
expect_completion() { # expected (space separated) then the words
    local expected=$1
    shift
    local got
    got=$(completion "$@" | tr '\n' ' ' | sed 's/ $//')
    [[ $got == "$expected" ]] || fail "completing '$*' offered '$got', expected '$expected'"
}
expect_completion "secret" coffer-cli sec
expect_completion "keyslot" coffer-cli vault keys
expect_completion "--vault --verbose --version" coffer-cli secret show --v
expect_completion "certificate key secret" coffer-cli notifications list --kind ""
expect_completion "json table tsv" coffer-cli secret list -o ""
(cd "$scratch" && mkdir -p dir-a.coffer && touch file-b.txt)
got=$(cd "$scratch" && completion coffer-cli secret list --vault dir- | tr '\n' ' ')
[[ $got == "dir-a.coffer " ]] || fail "--vault did not complete a folder: '$got'"
ok "bash completion completes commands, options, choices and folders"

# --- the unpacked programs run ---
cli=$root/usr/bin/coffer-cli
[[ $("$cli" --version) == "coffer-cli $(field Version)" ]] || fail "coffer-cli --version printed '$("$cli" --version)'"
[[ $(QT_QPA_PLATFORM=offscreen "$root/usr/bin/coffer" --version 2>/dev/null) == *"$(field Version)"* ]] \
    || fail "coffer --version did not print the version"
printf 'package-test-passphrase\n' >"$scratch/pass.txt"
mkdir -p "$scratch/vaults"
"$cli" vault create --path "$scratch/vaults" --name pkg-kv --passphrase-file "$scratch/pass.txt" \
    --kdf-memory-kib 8 --kdf-iterations 1 --kdf-parallelism 1 >/dev/null
printf 's3cret-from-the-package' | "$cli" secret set --vault "$scratch/vaults/pkg-kv.coffer" \
    --passphrase-file "$scratch/pass.txt" --name pkg-secret --value-stdin >/dev/null
shown=$("$cli" secret show --vault "$scratch/vaults/pkg-kv.coffer" --passphrase-file "$scratch/pass.txt" \
    --name pkg-secret -o tsv)
[[ $shown == *s3cret-from-the-package* ]] || fail "the installed coffer-cli did not read back the secret"
"$cli" audit verify --vault "$scratch/vaults/pkg-kv.coffer" --passphrase-file "$scratch/pass.txt" >/dev/null \
    || fail "audit verify failed on the vault the installed coffer-cli made"
ok "the installed coffer-cli --version, vault create, secret set/show and audit verify work"
echo "PASS"
