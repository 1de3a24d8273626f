#!/usr/bin/env bash
# Coffer's one entry point for developers and CI on Debian 12 / Ubuntu 24.04:
#   packaging/dev.sh run     install missing packages, build, open the console on a demo vault
#   packaging/dev.sh test    install missing packages, build, run every test headless
#   packaging/dev.sh build   install missing packages, build
# Options: --sanitize (ASan+UBSan, in its own build folder), --build-dir DIR, -h/--help.
# Anything after "--" goes to ctest (test) or to the console (run).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEMO_PASSPHRASE='demo-passphrase'
DEMO_ALICE_PASSPHRASE='alice-passphrase'
DEMO_BOB_PASSPHRASE='bob-passphrase'
DEMO_HSM_PIN='demo-pin'
SOFTHSM_MODULE=/usr/lib/softhsm/libsofthsm2.so

# What a fresh machine needs: the toolchain and libraries (../shared/PLATFORM.md), and what the tests and this
# script use: clang-format 14 (format check), Xvfb + xauth (a window without a display), D-Bus + gnome-keyring +
# secret-tool (the real keychain test), dpkg-dev + file (CPack .deb), openssl and opensc's pkcs11-tool (tests check
# keys against them), desktop-file-utils + appstream + groff (packaging.Deb validates the package's desktop entry,
# AppStream metadata and man pages).
PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache file clang clang-format-14 dpkg-dev
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libsqlcipher-dev sqlcipher qtkeychain-qt6-dev libssl-dev libp11-kit-dev libargon2-dev
    softhsm2 opensc openssl xvfb xauth dbus gnome-keyring libsecret-tools
    desktop-file-utils appstream groff-base
)

usage() {
    cat <<'EOF'
Usage: packaging/dev.sh COMMAND [--sanitize] [--build-dir DIR] [-- ARGS...]

Commands:
  run     set up, build, then open the console (build/app/gui/coffer) on the demo vault build/demo/Demo.coffer
          (made on first run; passphrase: demo-passphrase). Without a display it runs under xvfb-run.
  test    set up, build, then run every test headless (ctest -j2); exits with ctest's status
  build   set up and build only

Options:
  --sanitize       build with AddressSanitizer + UndefinedBehaviorSanitizer (-DCOFFER_SANITIZE=ON) in its
                   own folder (build-sanitize unless --build-dir is given)
  --build-dir DIR  build folder (default: build in the source tree)
  -h, --help       this text
  -- ARGS          passed on to ctest (test), e.g. -- -L core, or to the console (run)

Set-up installs missing apt packages (with sudo when not root) and does nothing when all are present.
EOF
}

say() { printf '==> %s\n' "$*"; }
die() {
    printf 'dev.sh: error: %s\n' "$*" >&2
    exit 1
}

# --- Arguments ------------------------------------------------------------------------------------------------
command=""
build_dir=""
sanitize=0
extra=()
while [[ $# -gt 0 ]]; do
    case $1 in
    run | test | build)
        [[ -z $command ]] || die "one command at a time (got '$command' and '$1')"
        command=$1
        ;;
    --sanitize) sanitize=1 ;;
    --build-dir)
        [[ $# -ge 2 && -n $2 ]] || die "--build-dir needs a folder"
        build_dir=$2
        shift
        ;;
    --build-dir=*) build_dir=${1#--build-dir=} ;;
    -h | --help)
        usage
        exit 0
        ;;
    --)
        shift
        extra=("$@")
        break
        ;;
    *)
        usage >&2
        die "unknown argument '$1'"
        ;;
    esac
    shift
done
[[ -n $command ]] || {
    usage >&2
    exit 2
}
if [[ -z $build_dir ]]; then
    build_dir=$ROOT/build
    [[ $sanitize -eq 0 ]] || build_dir=$ROOT/build-sanitize
fi
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

# --- Timing -----------------------------------------------------------------------------------------------------
timings=()
current_phase=""
phase_start=0
timings_printed=0
now_ms() { date +%s%3N; }
# phase NAME MESSAGE: starts timing NAME; phase_done records it.
phase() {
    current_phase=$1
    phase_start=$(now_ms)
    say "$2"
}
phase_done() {
    local ms=$(($(now_ms) - phase_start))
    timings+=("$(printf '%-10s %4d.%d s%s' "$current_phase" $((ms / 1000)) $((ms % 1000 / 100)) "${1:-}")")
    current_phase=""
}
print_timings() {
    timings_printed=1
    say "Timings:"
    local t
    for t in "${timings[@]}"; do printf '    %s\n' "$t"; done
}
# shellcheck disable=SC2317 # called by the EXIT trap
on_exit() {
    local rc=$?
    if [[ -n $current_phase ]]; then
        local failed=$current_phase
        if [[ $rc -eq 0 || $rc -gt 128 ]]; then
            phase_done "  (interrupted)"
            print_timings
            printf 'dev.sh: interrupted during %s\n' "$failed" >&2
        else
            phase_done "  (failed)"
            print_timings
            printf 'dev.sh: %s failed (exit status %d)\n' "$failed" "$rc" >&2
        fi
    elif [[ $timings_printed -eq 0 && ${#timings[@]} -gt 0 ]]; then
        print_timings
    fi
}
trap on_exit EXIT

# --- Set-up: missing packages ------------------------------------------------------------------------------------
install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system (no dpkg-query/apt-get): not installing packages. Coffer needs:"
        printf '    %s\n' "${PACKAGES[*]}"
        return
    fi
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        # "install ok installed" only; "deinstall", half-installed or unknown count as missing.
        if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "All ${#PACKAGES[@]} required packages are installed."
        return
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            die "these packages are missing and you are not root, and sudo is not installed. As root, run:
    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
        fi
        sudo=(sudo)
        # Without a terminal (CI) sudo must not wait for a password that nobody can type.
        [[ -t 0 ]] || sudo=(sudo -n)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed (as ${sudo[*]:-root}). Install by hand: apt-get install ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
}

# --- Configure and build -----------------------------------------------------------------------------------------
configure() {
    local cache=$build_dir/CMakeCache.txt
    if [[ -f $cache ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
        die "$build_dir was configured with another generator than Ninja: remove it or pass --build-dir DIR"
    fi
    local args=(-S "$ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOFFER_WERROR=ON)
    if [[ $sanitize -eq 1 ]]; then
        args+=(-DCOFFER_SANITIZE=ON)
    elif [[ -f $cache ]] && grep -q '^COFFER_SANITIZE:BOOL=ON$' "$cache"; then
        args+=(-DCOFFER_SANITIZE=OFF) # this folder was a sanitizer build before
    fi
    if command -v ccache >/dev/null 2>&1; then
        say "ccache: $(ccache --version | head -n 1) (CMakeLists.txt uses it)"
    fi
    cmake "${args[@]}"
}

build() {
    ninja -C "$build_dir"
}

# --- run ---------------------------------------------------------------------------------------------------------
make_demo_vault() {
    local cli=$build_dir/app/cli/coffer-cli demo=$build_dir/demo
    local bundle=$demo/Demo.coffer key_file=$demo/Demo-recovery-key.txt
    if [[ -d $bundle ]]; then
        say "Demo vault: $bundle (already there)"
        return
    fi
    [[ -x $cli ]] || die "the command-line tool was not built ($cli is missing), so the demo vault cannot be made.
Check the build output above for app/cli."
    mkdir -p "$demo"
    local out
    out=$(printf '%s\n' "$DEMO_PASSPHRASE" \
        | "$cli" vault create --path "$demo" --name Demo --passphrase-stdin) \
        || die "coffer-cli could not create the demo vault (its message is above)"
    local key
    key=$(printf '%s\n' "$out" | sed -n 's/.*"recoveryKey"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' | head -n 1)
    (
        umask 077
        if [[ -n $key ]]; then
            printf '%s\n' "$key" >"$key_file"
        else
            printf '%s\n' "$out" >"$key_file" # the field was not found: keep everything it printed
        fi
    )
    say "Demo vault created: $bundle"
    say "Its recovery key was saved to $key_file (it is shown only once; keep it private)."
    seed_demo_secrets "$cli" "$bundle"
    seed_demo_access "$cli" "$bundle"
    seed_demo_keys "$cli" "$bundle"
    seed_demo_certificates "$cli" "$bundle"
    seed_demo_rotation "$cli" "$bundle"
}

# A secret that rotates itself (a generator makes each new value) and one run of the due actions, so the Rotation &
# expiry page has a schedule to draw and notices to list (the near-expiry and expired secrets, keys, certificates).
seed_demo_rotation() {
    local cli=$1 bundle=$2 owner value
    owner=$(mktemp) value=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$owner' '$value'" RETURN
    printf '%s\n' "$DEMO_PASSPHRASE" >"$owner"
    local as_owner=(--vault "$bundle" --passphrase-file "$owner")
    head -c 24 /dev/urandom | base64 | tr -d '\n' >"$value"
    "$cli" secret set "${as_owner[@]}" --name webhook-token --file "$value" --tags env=prod team=web >/dev/null \
        || die "coffer-cli could not add the demo secret webhook-token (its message is above)"
    "$cli" secret rotation-policy update "${as_owner[@]}" --name webhook-token --value '{
        "lifetimeActions": [{"trigger": {"timeAfterCreate": "P30D"}, "action": {"type": "Rotate"}},
                            {"trigger": {"timeBeforeExpiry": "P14D"}, "action": {"type": "Notify"}}],
        "attributes": {"expiryTime": "P90D"},
        "generator": {"kind": "bytes", "length": 32, "encoding": "base64url"}}' >/dev/null \
        || die "coffer-cli could not set the demo secret's rotation policy (its message is above)"
    "$cli" rotate --due "${as_owner[@]}" >/dev/null \
        || die "coffer-cli could not run the demo vault's due actions (its message is above)"
    say "Demo schedule: webhook-token rotates every 30 days with a generated value; due notices were recorded."
}

# The demo's own SoftHSM2 token (build/demo/softhsm/): its configuration file is what SOFTHSM2_CONF names when
# the console and coffer-cli run on the demo vault.
demo_softhsm_conf() {
    printf '%s\n' "$build_dir/demo/softhsm2.conf"
}

make_demo_token() {
    local conf tokens
    conf=$(demo_softhsm_conf)
    tokens=$build_dir/demo/softhsm/tokens
    [[ -r $SOFTHSM_MODULE ]] && command -v softhsm2-util >/dev/null 2>&1 || return 1
    mkdir -p "$tokens"
    printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$tokens" >"$conf"
    SOFTHSM2_CONF=$conf softhsm2-util --init-token --free --label coffer-demo --pin "$DEMO_HSM_PIN" \
        --so-pin "$DEMO_HSM_PIN-so" >/dev/null || return 1
}

# Software keys with a rotation policy, one near its expiry, and (when SoftHSM2 is there) two keys on the demo
# token, so the Keys page, its Try it panel and the rotation schedule have something to show.
seed_demo_keys() {
    local cli=$1 bundle=$2 demo owner pin policy
    demo=$(dirname "$bundle")
    owner=$(mktemp) pin=$(mktemp) policy=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$owner' '$pin' '$policy'" RETURN
    printf '%s\n' "$DEMO_PASSPHRASE" >"$owner"
    printf '%s\n' "$DEMO_HSM_PIN" >"$pin"
    local as_owner=(--vault "$bundle" --passphrase-file "$owner")
    local in_a_year in_ten_days
    in_a_year=$(date -u -d '+365 days' +%Y-%m-%dT%H:%M:%SZ)
    in_ten_days=$(date -u -d '+10 days' +%Y-%m-%dT%H:%M:%SZ)
    "$cli" key create "${as_owner[@]}" --name code-signing --kty RSA --size 3072 --ops sign verify \
        --expires "$in_a_year" --tags team=release >/dev/null \
        || die "coffer-cli could not add the demo key code-signing (its message is above)"
    cat >"$policy" <<'JSON'
{"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}},
                     {"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}}],
 "attributes": {"expiryTime": "P1Y"}}
JSON
    "$cli" key rotation-policy update "${as_owner[@]}" --name code-signing --value "@$policy" >/dev/null \
        || die "coffer-cli could not set the demo key's rotation policy"
    "$cli" key create "${as_owner[@]}" --name payments-tokens --kty EC --curve P-256 --tags team=payments >/dev/null \
        || die "coffer-cli could not add the demo key payments-tokens"
    "$cli" key create "${as_owner[@]}" --name backup-encryption --kty oct --size 256 --expires "$in_ten_days" \
        >/dev/null || die "coffer-cli could not add the demo key backup-encryption"
    local count=3
    if make_demo_token; then
        export SOFTHSM2_CONF
        SOFTHSM2_CONF=$(demo_softhsm_conf)
        "$cli" vault hsm bind "${as_owner[@]}" --module "$SOFTHSM_MODULE" --token-label coffer-demo --pin-file "$pin" \
            >/dev/null || die "coffer-cli could not bind the demo SoftHSM2 token"
        "$cli" key create "${as_owner[@]}" --hsm-pin-file "$pin" --name root-ca-key --kty RSA-HSM --size 2048 \
            --ops sign verify >/dev/null || die "coffer-cli could not add the demo HSM key root-ca-key"
        "$cli" key create "${as_owner[@]}" --hsm-pin-file "$pin" --name hsm-signer --kty EC-HSM --curve P-384 \
            >/dev/null || die "coffer-cli could not add the demo HSM key hsm-signer"
        count=5
        say "Demo HSM: a SoftHSM2 token 'coffer-demo' in $demo/softhsm (PIN $DEMO_HSM_PIN) holds two of the keys."
    else
        say "SoftHSM2 is not installed: the demo vault has software keys only."
    fi
    say "Demo vault seeded with $count keys (one with a rotation policy, one expiring in 10 days)."
}

# Certificates of every kind the Certificates page shows: a self-signed one that renews itself, a chain from a demo
# CA made here with openssl and imported as a password-protected PFX, one expiring soon, a request waiting for its
# CA (issuer Unknown: Download CSR, Merge) and, with the demo token, one whose key is on the HSM. All made-up names.
seed_demo_certificates() {
    local cli=$1 bundle=$2 owner pin work
    owner=$(mktemp) pin=$(mktemp) work=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$owner' '$pin' '$work'" RETURN
    printf '%s\n' "$DEMO_PASSPHRASE" >"$owner"
    printf '%s\n' "$DEMO_HSM_PIN" >"$pin"
    local as_owner=(--vault "$bundle" --passphrase-file "$owner")
    local fail="coffer-cli could not add the demo certificates (its message is above)"
    "$cli" certificate create "${as_owner[@]}" --name www-example --tags team=web --policy '{
        "key_props": {"kty": "RSA", "key_size": 2048, "exportable": true, "reuse_key": false},
        "secret_props": {"contentType": "application/x-pkcs12"},
        "x509_props": {"subject": "CN=www.example.test, O=Example Corp",
                       "sans": {"dns_names": ["www.example.test", "example.test"]},
                       "ekus": ["1.3.6.1.5.5.7.3.1"], "key_usage": ["digitalSignature", "keyEncipherment"],
                       "validity_months": 12},
        "lifetime_actions": [{"trigger": {"lifetime_percentage": 80}, "action": {"action_type": "AutoRenew"}}],
        "issuer": {"name": "Self"}}' >/dev/null || die "$fail"

    # A demo CA (root and issuing CA) and two server certificates it signed, made with the openssl command line.
    (
        cd "$work" || exit 1
        umask 077
        openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 3650 -subj "/CN=Demo Root CA" \
            -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
        openssl req -newkey rsa:2048 -nodes -keyout ca.key -out ca.csr -subj "/CN=Demo Issuing CA"
        printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' >ca.ext
        openssl x509 -req -in ca.csr -CA root.pem -CAkey root.key -CAcreateserial -days 1825 -extfile ca.ext -out ca.pem
        printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' >leaf.ext
        printf 'subjectAltName=DNS:api.example.test\n' >>leaf.ext
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout api.key -out api.csr \
            -subj "/CN=api.example.test/O=Example Corp"
        openssl x509 -req -in api.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 365 -extfile leaf.ext -out api.pem
        openssl pkcs12 -export -in api.pem -inkey api.key -certfile <(cat ca.pem root.pem) -name api-gateway \
            -passout pass:demo-pfx -out api.pfx
        printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n' >vpn.ext
        openssl req -newkey rsa:2048 -nodes -keyout vpn.key -out vpn.csr -subj "/CN=vpn-client-17/O=Example Corp"
        openssl x509 -req -in vpn.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 20 -extfile vpn.ext -out vpn.pem
        cat vpn.key vpn.pem ca.pem >vpn-bundle.pem
        printf 'demo-pfx\n' >pfx-pass.txt
    ) >/dev/null 2>&1 || die "openssl could not make the demo CA's certificates"
    "$cli" certificate import "${as_owner[@]}" --name api-gateway --file "$work/api.pfx" \
        --password-file "$work/pfx-pass.txt" --tags team=platform >/dev/null 2>&1 || die "$fail"
    "$cli" certificate import "${as_owner[@]}" --name vpn-client-17 --file "$work/vpn-bundle.pem" \
        >/dev/null 2>&1 || die "$fail"
    "$cli" certificate create "${as_owner[@]}" --name intranet-portal --policy '{
        "key_props": {"kty": "RSA", "key_size": 3072, "exportable": false},
        "x509_props": {"subject": "CN=intranet.example.test, O=Example Corp",
                       "sans": {"dns_names": ["intranet.example.test"]}, "validity_months": 12},
        "lifetime_actions": [{"trigger": {"days_before_expiry": 30}, "action": {"action_type": "EmailContacts"}}],
        "issuer": {"name": "Unknown"}}' >/dev/null || die "$fail"
    "$cli" certificate contact add "${as_owner[@]}" --email security@example.test --name "Security team" \
        >/dev/null || die "$fail"
    local count=4
    if [[ -n ${SOFTHSM2_CONF:-} ]] && "$cli" vault hsm status "${as_owner[@]}" >/dev/null 2>&1; then
        "$cli" certificate create "${as_owner[@]}" --hsm-pin-file "$pin" --name hsm-tls --policy '{
            "key_props": {"kty": "EC-HSM", "crv": "P-256", "exportable": false},
            "x509_props": {"subject": "CN=hsm.example.test", "sans": {"dns_names": ["hsm.example.test"]},
                           "validity_months": 6},
            "issuer": {"name": "Self"}}' >/dev/null || die "$fail"
        count=5
    fi
    say "Demo vault seeded with $count certificates (one self-signed that renews itself, a CA chain, one expiring" \
        "in 20 days, a request waiting for its CA$([[ $count == 5 ]] && printf ', one on the HSM'))."
}

# Gives the demo vault a few principals and grants, so the Access control page has something to show.
seed_demo_access() {
    local cli=$1 bundle=$2 demo
    demo=$(dirname "$bundle")
    local owner alice bob
    owner=$(mktemp) alice=$(mktemp) bob=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$owner' '$alice' '$bob'" RETURN
    printf '%s\n' "$DEMO_PASSPHRASE" >"$owner"
    printf '%s\n' "$DEMO_ALICE_PASSPHRASE" >"$alice"
    printf '%s\n' "$DEMO_BOB_PASSPHRASE" >"$bob"
    local as_owner=(--vault "$bundle" --passphrase-file "$owner")
    "$cli" principal create "${as_owner[@]}" --name alice --type user --new-passphrase-file "$alice" >/dev/null \
        || die "coffer-cli could not add the demo user alice (its message is above)"
    "$cli" principal create "${as_owner[@]}" --name bob --type user --new-passphrase-file "$bob" >/dev/null \
        || die "coffer-cli could not add the demo user bob"
    local out secret
    out=$("$cli" principal create "${as_owner[@]}" --name ci-pipeline --type app 2>/dev/null) \
        || die "coffer-cli could not add the demo application ci-pipeline"
    secret=$(printf '%s\n' "$out" | sed -n 's/.*"clientSecret"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' | head -n 1)
    (
        umask 077
        printf '%s\n' "$secret" >"$demo/ci-pipeline-client-secret.txt"
    )
    "$cli" principal create "${as_owner[@]}" --name payments-team --type group --member alice --member bob \
        >/dev/null || die "coffer-cli could not add the demo group payments-team"
    local grant
    for grant in "Key Vault Secrets User|alice|/secrets/db-password" \
        "Key Vault Secrets Officer|payments-team|/secrets/stripe-api-key" \
        "Key Vault Reader|ci-pipeline|/" "Key Vault Secrets User|ci-pipeline|/secrets/smtp-relay"; do
        IFS='|' read -r role who scope <<<"$grant"
        "$cli" role assignment create "${as_owner[@]}" --role "$role" --assignee "$who" --scope "$scope" >/dev/null \
            || die "coffer-cli could not assign '$role' to $who at $scope"
    done
    say "Demo principals: alice and bob (passphrases $DEMO_ALICE_PASSPHRASE, $DEMO_BOB_PASSPHRASE), the group payments-team, the"
    say "application ci-pipeline (its client secret is in $demo/ci-pipeline-client-secret.txt), with roles."
}

# Fills the demo vault from resources/demo/secrets.txt through coffer-cli, as a user would.
seed_demo_secrets() {
    local cli=$1 bundle=$2 seed=$ROOT/resources/demo/secrets.txt count=0
    [[ -f $seed ]] || return 0
    local valuefile
    valuefile=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$valuefile'" RETURN
    while IFS='|' read -r name type days tags value; do
        name=$(echo "$name" | xargs)
        [[ -z $name || $name == \#* ]] && continue
        local deleted=0
        if [[ $name == -* ]]; then
            deleted=1
            name=${name#-}
        fi
        type=$(echo "$type" | xargs)
        days=$(echo "$days" | xargs)
        value=$(echo "$value" | xargs)
        local args=(secret set --vault "$bundle" --passphrase-stdin --name "$name" --file "$valuefile")
        [[ -n $type ]] && args+=(--content-type "$type")
        [[ -n $days ]] && args+=(--expires "$(date -u -d "$days days" +%Y-%m-%dT%H:%M:%SZ)")
        # shellcheck disable=SC2206
        local tagList=($tags)
        [[ ${#tagList[@]} -gt 0 ]] && args+=(--tags "${tagList[@]}")
        printf '%s' "$value" >"$valuefile"
        printf '%s\n' "$DEMO_PASSPHRASE" | "$cli" "${args[@]}" >/dev/null \
            || die "coffer-cli could not add the demo secret '$name' (its message is above)"
        if [[ $deleted == 1 ]]; then
            printf '%s\n' "$DEMO_PASSPHRASE" | "$cli" secret delete --vault "$bundle" --passphrase-stdin --name "$name" >/dev/null \
                || die "coffer-cli could not delete the demo secret '$name'"
        fi
        count=$((count + 1))
    done <"$seed"
    say "Demo vault seeded with $count secrets from resources/demo/secrets.txt"
}

run_console() {
    local gui=$build_dir/app/gui/coffer bundle=$build_dir/demo/Demo.coffer
    [[ -x $gui ]] || die "the console was not built ($gui is missing). Check the build output above for app/gui."
    say "Opening the console on $bundle"
    say "Demo vault passphrase: $DEMO_PASSPHRASE"
    local launcher=()
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        command -v xvfb-run >/dev/null 2>&1 || die "no display was found and xvfb-run is not installed (package xvfb)"
        say "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set): running the console under 'xvfb-run -a'"
        say "(a virtual X server: the window exists but is not shown on any screen). Stop it with Ctrl+C."
        launcher=(xvfb-run -a -s "-screen 0 ${COFFER_XVFB_SIZE:-1440x900}x24")
    fi
    # The demo token lives in build/demo/softhsm; SoftHSM2 finds it through SOFTHSM2_CONF.
    if [[ -z ${SOFTHSM2_CONF:-} && -r $(demo_softhsm_conf) ]]; then
        export SOFTHSM2_CONF
        SOFTHSM2_CONF=$(demo_softhsm_conf)
        say "Demo HSM token: SOFTHSM2_CONF=$SOFTHSM2_CONF (PIN $DEMO_HSM_PIN)"
    fi
    local rc=0
    "${launcher[@]}" "$gui" --open "$bundle" "${extra[@]}" || rc=$?
    return "$rc"
}

# --- Main ----------------------------------------------------------------------------------------------------------
flavour=""
[[ $sanitize -eq 0 ]] || flavour=" (AddressSanitizer + UBSan)"
say "Coffer: $command in $build_dir$flavour"
phase setup "Set-up: checking packages"
install_packages
phase_done

phase configure "Configure: cmake -G Ninja ($build_dir)"
configure
phase_done

phase build "Build: ninja -C $build_dir"
build
phase_done

rc=0
case $command in
build) ;;
test)
    phase test "Test: ctest -j2 (QT_QPA_PLATFORM=offscreen)"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2 "${extra[@]}" \
        || rc=$?
    phase_done
    ;;
run)
    phase demo "Demo vault"
    make_demo_vault
    phase_done
    print_timings
    run_console || rc=$?
    exit "$rc"
    ;;
esac
print_timings
if [[ $command == test ]]; then
    if [[ $rc -eq 0 ]]; then say "All tests passed."; else say "Tests FAILED (ctest exit status $rc)."; fi
fi
exit "$rc"
